package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One run, two tables: per-call cost of the client against raw JDK HTTP, client build cost, fresh-JVM time to the
 * first call, and uploads at {@code -Xmx64m}, against an emulator on loopback started here; then image preparation
 * against Thumbnailator. Pass {@code --quick} for a shorter, noisier run, {@code --images} for the second table only.
 */
public final class BenchmarkMain {

    private static final long MIB = 1024 * 1024;
    private static final long[] UPLOAD_SIZES = {MIB, 5 * MIB, 50 * MIB};
    private static final String UPLOAD_HEAP = "-Xmx64m";
    /** The probe is an application: it lifts RESTEasy's 50 MB cap on request bodies for its own JVM. */
    private static final String NO_BODY_CAP = "-Ddev.resteasy.entity.file.threshold=-1";

    private final boolean quick;
    private final boolean imagesOnly;
    private final Table table = new Table();

    private BenchmarkMain(boolean quick, boolean imagesOnly) {
        this.quick = quick;
        this.imagesOnly = imagesOnly;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        new BenchmarkMain(options.contains("--quick"), options.contains("--images")).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("docspace-benchmark");
        Table images;
        try {
            if (!imagesOnly) {
                calls(work);
            }
            images = new ImagePreparationBenchmark(quick).run(work);
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
        if (!imagesOnly) {
            System.out.println();
            System.out.println(table.render());
        }
        System.out.println();
        System.out.println(images.render());
    }

    private void calls(Path work) throws Exception {
        try (DocSpaceEmulator emulator = DocSpaceEmulator.builder()
                .port(0)
                .maxUploadBytes(ClientSettings.MAX_UPLOAD_BYTES)
                .start()) {
            SeededUser user = emulator.user("user");
            BenchmarkTarget target = new BenchmarkTarget(emulator.baseUri(), user.id(), user.token());
            DocSpacePhotos.connect(ClientSettings.forTarget(target))
                    .upload(target.userId(), PngFiles.write(work.resolve("seed.png"), 200_000), true);

            perCall(target);
            builds(target);
            coldStarts(target);
            uploads(target, work);
        }
    }

    private void perCall(BenchmarkTarget target) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PhotoCallBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(quick ? 2 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend(target.asSystemProperties().toArray(String[]::new));
        Map<String, Double> medianMicros = new HashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String name = result.getParams().getBenchmark();
            medianMicros.put(name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getStatistics().getPercentile(50));
        }
        for (String operation : List.of("Get", "Thumbnails")) {
            double client = medianMicros.get("client" + operation);
            double raw = medianMicros.get("raw" + operation);
            table.row(operation.toUpperCase() + " per call, median", micros(client), micros(raw),
                    ratio(client / raw), "client/raw <= 1.1", client / raw <= 1.1);
        }
    }

    private void builds(BenchmarkTarget target) throws Exception {
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < (quick ? 3 : 5); i++) {
            String[] nanos = ChildJvm.run(List.of(), ColdStartProbe.class, withMode("build", target)).line().split(" ");
            runs.add(Arrays.stream(nanos).mapToLong(Long::parseLong).toArray());
        }
        double first = median(runs.stream().mapToLong(r -> r[0]).toArray());
        double warm = median(runs.stream().mapToLong(r -> r[1]).toArray());
        double cached = median(runs.stream().mapToLong(r -> r[2]).toArray());
        table.row("client build, first in a fresh JVM", millis(first), "", "", "", null);
        table.row("client build, new settings, warm JVM", millis(warm), "", "", "", null);
        table.row("client build, cached settings", micros(cached / 1000), "", "", "< 1 ms", cached < 1_000_000);
    }

    private void coldStarts(BenchmarkTarget target) throws Exception {
        int jvms = quick ? 3 : 7;
        long[] client = new long[jvms];
        long[] raw = new long[jvms];
        for (int i = 0; i < jvms; i++) {
            client[i] = ChildJvm.run(List.of(), ColdStartProbe.class, withMode("client", target)).nanosToAnswer();
            raw[i] = ChildJvm.run(List.of(), ColdStartProbe.class, withMode("raw", target)).nanosToAnswer();
        }
        double c = median(client);
        double r = median(raw);
        table.row("fresh JVM to first GET, median of " + jvms, millis(c), millis(r), ratio(c / r), "", null);
    }

    private void uploads(BenchmarkTarget target, Path work) throws Exception {
        for (long size : UPLOAD_SIZES) {
            Path file = PngFiles.write(work.resolve("upload-" + size + ".png"), size);
            String label = "upload " + size / MIB + " MiB at " + UPLOAD_HEAP + ", peak heap";
            try {
                String[] answer = ChildJvm.run(List.of(UPLOAD_HEAP, NO_BODY_CAP), UploadProbe.class,
                        withMode(file.toString(), target)).line().split(" ");
                double peakMib = Long.parseLong(answer[0]) / (double) MIB;
                String seconds = String.format("%.2f s", Long.parseLong(answer[1]) / 1e9);
                table.row(label, String.format("%.1f MiB", peakMib), "", seconds, "ok, < 48 MiB", peakMib < 48);
            } catch (Exception failed) {
                table.row(label, "FAILED", "", "", "ok, < 48 MiB", false);
                System.err.println(label + ": " + failed.getMessage());
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<String> withMode(String mode, BenchmarkTarget target) {
        List<String> args = new ArrayList<>();
        args.add(mode);
        args.addAll(target.asArgs());
        return args;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String micros(double micros) {
        return String.format("%.0f µs", micros);
    }

    private static String millis(double nanos) {
        return String.format("%.1f ms", nanos / TimeUnit.MILLISECONDS.toNanos(1));
    }

    private static String ratio(double ratio) {
        return String.format("%.2fx", ratio);
    }
}
