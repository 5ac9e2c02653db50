package io.github.docspacephoto.emulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar docspace-emulator.jar [--port 8092] [--data DIR] [--max-upload-bytes N] [--shape 3.6|3.7]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        DocSpaceEmulator.Builder builder = DocSpaceEmulator.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println("Usage: java -jar docspace-emulator.jar [--port 8092] [--data DIR]"
                        + " [--max-upload-bytes N] [--shape 3.6|3.7] [--allow-loopback-urls]");
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
            switch (option) {
                case "--port" -> builder.port(parseNumber(option, value).intValue());
                case "--data" -> builder.dataDirectory(Path.of(value));
                case "--max-upload-bytes" -> builder.maxUploadBytes(parseNumber(option, value));
                case "--shape" -> builder.uploadShape(value.startsWith("3.6") ? UploadShape.V3_6 : UploadShape.V3_7);
                default -> fail("unknown option " + option + " (see --help)");
            }
        }
        DocSpaceEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        System.out.println("DocSpace emulator listening on " + emulator.baseUri());
        System.out.printf("%-36s  %-9s  %-24s  %-22s  %-13s  %s%n", "id", "user name", "e-mail", "password", "role",
                "token");
        for (SeededUser user : emulator.users()) {
            System.out.printf("%-36s  %-9s  %-24s  %-22s  %-13s  %s%n", user.id(), user.userName(), user.email(),
                    user.password(), user.role().docSpaceName() + (user.twoFactor() ? " 2FA" : ""), user.token());
        }
        SeededUser example = emulator.user("user");
        System.out.println();
        System.out.println("Try: curl -H 'Authorization: Bearer " + example.token() + "' "
                + emulator.baseUri() + "/api/2.0/people/" + example.userName() + "/photo");
        stopped.await();
    }

    private static Long parseNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            fail(option + " needs a number, not '" + value + "'");
            return null;
        }
    }

    private static void fail(String message) {
        System.err.println("docspace-emulator: " + message);
        System.exit(2);
    }
}
