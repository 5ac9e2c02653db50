package io.github.docspacephoto.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a JVM started on another class path (the client on Jersey): one of {@link CallRounds}' measurements of
 * the client, whose JMH fork inherits that class path, and prints its figure. It first makes the call once: a stack
 * that cannot make it is not measured, and the line says why ({@value #FAILED} and the error).
 * Arguments: {@code single|throughput operation iterations server user token}.
 */
public final class OneMeasurement {

    static final String FAILED = "FAILED ";

    private OneMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        CallRounds.Key key = new CallRounds.Key(args[0].equals("throughput"), args[1], "client");
        BenchmarkTarget target = BenchmarkTarget.fromArgs(args, 3);
        try {
            callOnce(key.operation(), target);
        } catch (Exception failed) {
            System.out.println(FAILED + failed.getMessage());
            return;
        }
        double figure = CallRounds.measureHere(key, target, Integer.parseInt(args[2]));
        System.out.println(figure);
    }

    private static void callOnce(String operation, BenchmarkTarget target) throws Exception {
        try (PhotoStack client = PhotoStack.create("client", target)) {
            switch (operation) {
                case "get" -> client.get();
                case "thumbnails" -> client.thumbnails();
                case "upload" -> uploadOnce(client);
                default -> throw new IllegalArgumentException("unknown operation " + operation);
            }
        }
    }

    private static void uploadOnce(PhotoStack client) throws Exception {
        Path upload = PngFiles.write(Files.createTempFile("docspace-benchmark-upload", ".png"),
                PhotoCallBenchmark.UPLOAD_BYTES);
        try {
            client.upload(upload);
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
