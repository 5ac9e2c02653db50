package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One run, two tables: the client against raw Apache HttpClient 5 + Jackson and raw JDK HTTP + JSON-B (per-call time
 * on one thread, throughput on 16), client build cost, fresh-JVM time to the first call, and uploads at
 * {@code -Xmx64m}, against an emulator on loopback started here; then image preparation against Thumbnailator.
 * Pass {@code --quick} for a shorter, noisier run, {@code --calls} for the first table only, {@code --images} for the
 * second only, {@code --profile} for where each stack's CPU goes on the GET path instead (see {@link CpuProfile}),
 * {@code --jersey} for the client on RESTEasy beside the client on Jersey with each of Jersey's connectors instead.
 */
public final class BenchmarkMain {

    private static final long MIB = 1024 * 1024;
    private static final long[] UPLOAD_SIZES = {MIB, 5 * MIB, 50 * MIB};
    private static final String UPLOAD_HEAP = "-Xmx64m";
    /** The probe is an application: it lifts RESTEasy's 50 MB cap on request bodies for its own JVM. */
    private static final String NO_BODY_CAP = "-Ddev.resteasy.entity.file.threshold=-1";

    /** JMH forks per measurement, one per round, the stacks interleaved. */
    private static final int ROUNDS = 3;

    private final boolean quick;
    private final boolean imagesOnly;
    private final boolean callsOnly;
    private final boolean profileOnly;
    private final boolean jerseyOnly;
    private final Table table = new Table(List.of("measurement", "client", "Apache HC 5 + Jackson",
            "JDK HTTP + JSON-B", "client/Apache", "client/JDK", "target", "met"));

    private BenchmarkMain(List<String> options) {
        this.quick = options.contains("--quick");
        this.imagesOnly = options.contains("--images");
        this.callsOnly = options.contains("--calls");
        this.profileOnly = options.contains("--profile");
        this.jerseyOnly = options.contains("--jersey");
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        new BenchmarkMain(options).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("docspace-benchmark");
        Table images = null;
        long started = System.nanoTime();
        try {
            if (profileOnly) {
                withEmulator(work, target -> profile(target, work));
                return;
            }
            if (jerseyOnly) {
                JerseyClassPath jersey = JerseyClassPath.find(work);
                withEmulator(work, target -> System.out.println(onJersey(target, work, jersey)));
                System.out.printf("%nTook %.1f minutes.%n", (System.nanoTime() - started) / 60e9);
                return;
            }
            if (!imagesOnly) {
                withEmulator(work, target -> calls(target, work));
            }
            if (!callsOnly) {
                images = new ImagePreparationBenchmark(quick).run(work);
            }
        } finally {
            try (var files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        if (!imagesOnly) {
            System.out.println();
            System.out.println(table.render());
        }
        if (images != null) {
            System.out.println();
            System.out.println(images.render());
        }
        System.out.printf("%nTook %.1f minutes.%n", (System.nanoTime() - started) / 60e9);
    }

    private interface Measurement {
        void run(BenchmarkTarget target) throws Exception;
    }

    /** Runs the measurement against an emulator on loopback whose user has a photo. */
    private void withEmulator(Path work, Measurement measurement) throws Exception {
        Path data = work.resolve("emulator");
        try (DocSpaceEmulator emulator = DocSpaceEmulator.builder()
                .port(0)
                .dataDirectory(data)
                .maxUploadBytes(ClientSettings.MAX_UPLOAD_BYTES)
                .start();
             EmulatorHousekeeping housekeeping = new EmulatorHousekeeping(emulator, data)) {
            SeededUser user = emulator.user("user");
            BenchmarkTarget target = new BenchmarkTarget(emulator.baseUri(), user.id(), user.token());
            DocSpacePhotos.connect(ClientSettings.forTarget(target))
                    .upload(target.userId(), PngFiles.write(work.resolve("seed.png"), 200_000), true);
            measurement.run(target);
        }
    }

    /** {@code -Dbenchmark.profile.stacks=client,apache} and {@code -Dbenchmark.profile.threads=16} narrow it. */
    private static void profile(BenchmarkTarget target, Path work) throws Exception {
        List<String> stacks = List.of(System.getProperty("benchmark.profile.stacks", "client,apache,jdk").split(","));
        int threads = Integer.getInteger("benchmark.profile.threads", 1);
        System.out.println(new CpuProfile(target, work.resolve("jfr"), threads).run(stacks));
    }

    private void calls(BenchmarkTarget target, Path work) throws Exception {
        perCall(target, work);
        builds(target);
        coldStarts(target);
        uploads(target, work);
    }

    private void perCall(BenchmarkTarget target, Path work) throws Exception {
        warmUpTheEmulator(target, work);
        int rounds = quick ? 1 : ROUNDS;
        Map<CallRounds.Key, double[]> figures = new CallRounds(target, rounds, quick ? 2 : 4).run();
        for (String operation : CallRounds.OPERATIONS) {
            compare(figures, false, operation, label(operation) + " per call, 1 thread, median of " + rounds,
                    operation.equals("upload") ? null : 1.0);
        }
        for (String operation : CallRounds.OPERATIONS) {
            compare(figures, true, operation, label(operation) + " calls/s, " + CallRounds.THREADS
                    + " threads, median of " + rounds, 1.0);
        }
    }

    /** An operation as the tables name it: GET, THUMBNAILS, UPLOAD 1 MiB. */
    private static String label(String operation) {
        return operation.toUpperCase(Locale.ROOT) + (operation.equals("upload") ? " 1 MiB" : "");
    }

    /**
     * The client's engine on RESTEasy against the client on Jersey with each connector Jersey offers, GET and a 1 MiB
     * upload, and raw Apache HttpClient 5 + Jackson for scale; each cell with its ratio to RESTEasy's figure (the
     * median of the rounds' ratios). Which is faster decides what the client uses where the application lets it.
     */
    private String onJersey(BenchmarkTarget target, Path work, JerseyClassPath jersey) throws Exception {
        warmUpTheEmulator(target, work);
        int rounds = quick ? 1 : ROUNDS;
        List<String> stacks = List.of("client", "jersey", "jersey-apache5", "jersey-jnh", "apache");
        List<String> operations = List.of("get", "upload");
        CallRounds calls = new CallRounds(target, rounds, quick ? 2 : 4, stacks, operations, jersey);
        Map<CallRounds.Key, double[]> figures = calls.run();
        Table table = new Table(List.of("measurement", "RESTEasy, the client's HttpClient 4 engine",
                "Jersey, HttpURLConnection (its default)", "Jersey, Apache HttpClient 5 connector",
                "Jersey, JDK HttpClient connector", "raw Apache HC 5 + Jackson"));
        for (boolean throughput : new boolean[] {false, true}) {
            for (String operation : operations) {
                String label = label(operation)
                        + (throughput ? " calls/s, " + CallRounds.THREADS + " threads" : " per call, 1 thread")
                        + ", median of " + rounds;
                double[] resteasy = figures.get(new CallRounds.Key(throughput, operation, "client"));
                List<String> cells = new ArrayList<>(List.of(label));
                for (String stack : stacks) {
                    double[] stackFigures = figures.get(new CallRounds.Key(throughput, operation, stack));
                    cells.add(withRatio(stackFigures, resteasy, throughput ? "/s" : " µs"));
                }
                table.cells(cells.toArray(String[]::new));
            }
        }
        StringBuilder out = new StringBuilder(table.render());
        Map<String, String> whyFailed = new TreeMap<>();
        calls.failures().forEach((key, why) -> whyFailed.putIfAbsent(key.stack() + " " + key.operation(), why));
        whyFailed.forEach((what, why) -> out.append(String.format("%n%s failed: %s", what, why)));
        return out.toString();
    }

    private static String withRatio(double[] figures, double[] reference, String unit) {
        if (Arrays.stream(figures).anyMatch(Double::isNaN)) {
            return "fails (below)";
        }
        return amount(median(figures), unit) + (figures == reference ? "" : ", " + ratio(median(ratios(figures,
                reference))));
    }

    /**
     * The emulator runs in this JVM: its code is compiled before the first measured fork, which would otherwise pay
     * for a cold server (the client's, the first in the first round). On this project's 2-core machine 10 s were not
     * enough: every stack's GET got faster from round to round (the client's 429, 349, 204 µs, Apache's 143, 126,
     * 109 µs), so it runs 40 s (20 s in a quick run), with requests shaped as each stack sends them (the client
     * streams its uploads chunked, the baselines give their length).
     */
    private void warmUpTheEmulator(BenchmarkTarget target, Path work) throws Exception {
        Path upload = PngFiles.write(work.resolve("warm-up.png"), PhotoCallBenchmark.UPLOAD_BYTES);
        List<PhotoStack> stacks = new ArrayList<>();
        try {
            for (String stack : CallRounds.STACKS) {
                stacks.add(PhotoStack.create(stack, target));
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(quick ? 20 : 40);
            for (int i = 0; System.nanoTime() < until; i++) {
                PhotoStack stack = stacks.get(i % stacks.size());
                stack.get();
                if (i % 20 == 0) {
                    stack.thumbnails();
                    stack.upload(upload);
                }
            }
        } finally {
            for (PhotoStack stack : stacks) {
                stack.close();
            }
            Files.deleteIfExists(upload);
        }
    }

    /**
     * One row: each stack's median over the rounds, and the client's ratio to each baseline as the median of the
     * rounds' ratios (their range in brackets). Time wants a ratio at most {@code target}, throughput at least.
     */
    private void compare(Map<CallRounds.Key, double[]> figures, boolean throughput, String operation, String label,
                         Double target) {
        double[] client = figures.get(new CallRounds.Key(throughput, operation, "client"));
        double[] apache = figures.get(new CallRounds.Key(throughput, operation, "apache"));
        double[] jdk = figures.get(new CallRounds.Key(throughput, operation, "jdk"));
        double toApache = median(ratios(client, apache));
        String goal = target == null ? "" : (throughput ? "client/Apache >= " : "client/Apache <= ") + target;
        Boolean met = target == null ? null : throughput ? toApache >= target : toApache <= target;
        String unit = throughput ? "/s" : " µs";
        table.cells(label, amount(median(client), unit), amount(median(apache), unit), amount(median(jdk), unit),
                ratioWithRange(ratios(client, apache)), ratioWithRange(ratios(client, jdk)), goal, Table.met(met));
    }

    private static double[] ratios(double[] client, double[] baseline) {
        double[] ratios = new double[client.length];
        for (int i = 0; i < client.length; i++) {
            ratios[i] = client[i] / baseline[i];
        }
        return ratios;
    }

    private static String ratioWithRange(double[] ratios) {
        if (ratios.length == 1) {
            return ratio(ratios[0]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return String.format("%s (%.2f-%.2f)", ratio(median(ratios)), sorted[0], sorted[sorted.length - 1]);
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
        table.cells("client build, first in a fresh JVM", millis(first), "", "", "", "", "", "");
        table.cells("client build, new settings, warm JVM", millis(warm), "", "", "", "", "", "");
        table.cells("client build, cached settings", micros(cached / 1000), "", "", "", "", "< 1 ms",
                Table.met(cached < 1_000_000));
    }

    private void coldStarts(BenchmarkTarget target) throws Exception {
        int jvms = quick ? 3 : 7;
        Map<String, long[]> nanos = new HashMap<>();
        for (int i = 0; i < jvms; i++) {
            for (String stack : CallRounds.STACKS) {
                nanos.computeIfAbsent(stack, s -> new long[jvms])[i] = ChildJvm.run(List.of(), ColdStartProbe.class,
                        withMode(stack, target)).nanosToAnswer();
            }
        }
        double client = median(nanos.get("client"));
        double apache = median(nanos.get("apache"));
        double jdk = median(nanos.get("jdk"));
        table.cells("fresh JVM to first GET, median of " + jvms, millis(client), millis(apache), millis(jdk),
                ratio(client / apache), ratio(client / jdk), "client/JDK <= 1.3", Table.met(client / jdk <= 1.3));
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
                table.cells(label, String.format("%.1f MiB", peakMib) + ", " + seconds, "", "", "", "",
                        "ok, < 48 MiB", Table.met(peakMib < 48));
            } catch (Exception failed) {
                table.cells(label, "FAILED", "", "", "", "", "ok, < 48 MiB", Table.met(false));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String amount(double value, String unit) {
        return String.format("%.0f%s", value, unit);
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
