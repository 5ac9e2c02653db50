package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import java.time.Duration;

/**
 * Runs in a fresh JVM. {@code client}, {@code apache} and {@code jdk} make one GET and print "ok" at once (the
 * parent times the process up to that line); {@code build} times building the client the first time, for new
 * settings in the now warm JVM, and again for settings already built (the cache).
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkTarget target = BenchmarkTarget.fromArgs(args, 1);
        switch (args[0]) {
            case "client" -> {
                DocSpacePhotos.connect(ClientSettings.forTarget(target)).get(target.userId());
                System.out.println("ok");
            }
            case "apache", "jdk" -> {
                PhotoStack.create(args[0], target).get();
                System.out.println("ok");
            }
            case "build" -> System.out.println(timeBuilds(target));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static String timeBuilds(BenchmarkTarget target) {
        DocSpaceSettings settings = ClientSettings.forTarget(target);
        long first = timed(() -> DocSpacePhotos.connect(settings));
        DocSpaceSettings other = DocSpaceSettings.builder(target.server())
                .credentials(settings.credentials())
                .readTimeout(Duration.ofSeconds(61))
                .build();
        long newSettingsWarm = timed(() -> DocSpacePhotos.connect(other));
        long cached = Long.MAX_VALUE;
        for (int i = 0; i < 1000; i++) {
            cached = Math.min(cached, timed(() -> DocSpacePhotos.connect(settings)));
        }
        return first + " " + newSettingsWarm + " " + cached;
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
