package io.github.docspacephoto.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar docspace-emulator.jar [--port 8092] [--data DIR] [--max-upload-bytes N] [--shape 3.6|3.7]
 * [--allow-loopback-urls]}: runs until stopped and prints what is needed to call it at once.
 */
public final class Main {

    private static final String USAGE = "Usage: java -jar docspace-emulator.jar [--port 8092] [--data DIR]"
            + " [--max-upload-bytes N] [--shape 3.6|3.7] [--allow-loopback-urls]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        DocSpaceEmulator.Builder builder = DocSpaceEmulator.builder();
        int port = DocSpaceEmulator.DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (option.equals("--allow-loopback-urls")) {
                builder.allowLoopbackUrls(true);
                continue;
            }
            if (i + 1 >= args.length) {
                fail("option " + option + " needs a value");
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--port" -> {
                        port = portNumber(value);
                        builder.port(port);
                    }
                    case "--data" -> builder.dataDirectory(Path.of(value));
                    case "--max-upload-bytes" -> builder.maxUploadBytes(number(option, value));
                    case "--shape" -> builder.uploadShape(shape(value));
                    default -> fail("unknown option " + option + "\n" + USAGE);
                }
            } catch (IllegalArgumentException refused) {
                fail(option + " " + value + ": " + refused.getMessage());
            }
        }
        DocSpaceEmulator emulator = start(builder, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        printWelcome(emulator, System.out);
        stopped.await();
    }

    /** A start that fails says why in one line, without a stack trace. */
    private static DocSpaceEmulator start(DocSpaceEmulator.Builder builder, int port) {
        try {
            return builder.start();
        } catch (RuntimeException e) {
            String reason = DocSpaceEmulator.bindFailure(e)
                    .map(bind -> "cannot listen on port " + port + " (" + bind.getMessage()
                            + "); choose another with --port N, or --port 0 for a free one")
                    .orElse(e.getMessage());
            exit("docspace-emulator: " + reason, 1);
            return null;
        }
    }

    static void printWelcome(DocSpaceEmulator emulator, PrintStream out) {
        out.println("DocSpace People Photos emulator listening on " + emulator.baseUri());
        out.println();
        for (SeededUser user : emulator.users()) {
            out.printf("%s (%s%s)%n", user.userName(), user.role().docSpaceName(),
                    user.twoFactor() ? ", two-factor login" : "");
            out.printf("  id        %s%n  e-mail    %s%n  password  %s%n  token     %s%n", user.id(), user.email(),
                    user.password(), user.token());
            out.printf("  API keys  %s (accounts:write)  %s (accounts:read)%n", user.apiKeyWrite(), user.apiKeyRead());
        }
        SeededUser example = emulator.user("user");
        String photo = emulator.baseUri() + "/api/2.0/people/" + example.userName() + "/photo";
        out.println();
        out.println("Try:");
        out.println("  curl -H 'Authorization: Bearer " + example.token() + "' " + photo);
        out.println("  curl -H 'Authorization: Bearer " + example.token() + "' -F File=@photo.png -F Autosave=true "
                + photo);
        out.println("  curl -X DELETE -H 'Authorization: Bearer " + example.token() + "' " + photo);
        out.println("  curl -H 'Content-Type: application/json' -d '{\"userName\":\"" + example.userName()
                + "\",\"password\":\"" + example.password() + "\"}' " + emulator.baseUri() + "/api/2.0/authentication");
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            fail(option + " needs a number, not '" + value + "'");
            return 0;
        }
    }

    private static int portNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail("--port needs a number from 0 to 65535, not '" + value + "'");
            return 0;
        }
    }

    private static UploadShape shape(String value) {
        return switch (value) {
            case "3.6" -> UploadShape.V3_6;
            case "3.7" -> UploadShape.V3_7;
            default -> {
                fail("--shape is 3.6 or 3.7, not '" + value + "'");
                yield null;
            }
        };
    }

    private static void fail(String message) {
        exit("docspace-emulator: " + message, 2);
    }

    private static void exit(String line, int status) {
        System.err.println(line);
        System.exit(status);
    }
}
