package io.github.docspacephoto.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Where a stack's CPU goes on the GET path: one JMH fork per stack calls GET for a while under Java Flight Recorder;
 * each CPU sample is charged to the innermost layer on its stack (the socket, a library, this client), and the
 * samples become CPU time per call, with the allocation per call and the methods that were on the CPU most.
 */
final class CpuProfile {

    /** Layers by class name prefix, innermost first wins; JDK frames count only as socket I/O. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("sun.nio.ch.", "socket I/O (JDK)");
        LAYERS.put("java.net.Socket", "socket I/O (JDK)");
        LAYERS.put("java.net.http.", "JDK HttpClient");
        LAYERS.put("jdk.internal.net.http.", "JDK HttpClient");
        LAYERS.put("org.eclipse.yasson.", "JSON-B (Yasson, Parsson)");
        LAYERS.put("org.eclipse.parsson.", "JSON-B (Yasson, Parsson)");
        LAYERS.put("jakarta.json.", "JSON-B (Yasson, Parsson)");
        LAYERS.put("com.fasterxml.jackson.", "Jackson");
        LAYERS.put("org.apache.http.", "Apache HttpClient 4 (RESTEasy's engine)");
        LAYERS.put("org.apache.hc.", "Apache HttpClient 5");
        LAYERS.put("org.jboss.resteasy.microprofile.", "RESTEasy MicroProfile proxy");
        LAYERS.put("org.jboss.resteasy.", "RESTEasy client (JAX-RS)");
        LAYERS.put("jakarta.ws.rs.", "RESTEasy client (JAX-RS)");
        LAYERS.put("io.smallrye.", "MicroProfile Config (SmallRye)");
        LAYERS.put("org.eclipse.microprofile.", "MicroProfile Config (SmallRye)");
        LAYERS.put("io.github.docspacephoto.client.", "this client");
        LAYERS.put("io.github.docspacephoto.benchmark.", "benchmark harness");
        LAYERS.put("org.openjdk.jmh.", "benchmark harness");
    }

    private static final int MEASURED_SECONDS = 8;
    private static final int SAMPLE_MILLIS = 1;
    private static final List<String> WAITS = List.of("jdk.JavaMonitorEnter", "jdk.ThreadPark");

    private final BenchmarkTarget target;
    private final Path directory;
    private final int threads;

    /** With more than one thread, the waits for locks are reported too. */
    CpuProfile(BenchmarkTarget target, Path directory, int threads) {
        this.target = target;
        this.directory = directory;
        this.threads = threads;
    }

    /** A report for each stack, as text. */
    String run(List<String> stacks) throws RunnerException, IOException {
        StringBuilder report = new StringBuilder();
        for (String stack : stacks) {
            report.append(profile(stack)).append('\n');
        }
        return report.toString();
    }

    private String profile(String stack) throws RunnerException, IOException {
        Path out = Files.createDirectories(directory.resolve(stack));
        RunResult result = new Runner(new OptionsBuilder()
                .include(PhotoCallBenchmark.class.getName() + "\\.get$")
                .param("stack", stack)
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .forks(1)
                .threads(threads)
                .warmupIterations(CallRounds.WARM_UP_ITERATIONS)
                .warmupTime(CallRounds.WARM_UP_ITERATION)
                .measurementIterations(MEASURED_SECONDS)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(JavaFlightRecorderProfiler.class, "dir=" + out + ";configName=" + settings(out))
                .jvmArgsAppend(target.asSystemProperties().toArray(String[]::new))
                .build()).runSingle();
        double calls = result.getPrimaryResult().getScore() * MEASURED_SECONDS;
        Path recording;
        try (var files = Files.walk(out)) {
            recording = files.filter(file -> file.toString().endsWith(".jfr")).findFirst()
                    .orElseThrow(() -> new IOException("no recording in " + out));
        }
        return summary(stack + " on " + threads + (threads == 1 ? " thread" : " threads"), recording, calls);
    }

    /**
     * JFR's "profile" settings, sampling every millisecond instead of every ten (enough samples in seconds), and
     * recording every wait for a lock, not only those over 10 ms.
     */
    private static Path settings(Path directory) throws IOException {
        String profile = Files.readString(Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc"))
                .replace("control=\"synchronization-threshold\">10 ms<", "control=\"synchronization-threshold\">0 ms<");
        String everyMillisecond = profile.replaceFirst(
                "(<event name=\"jdk.ExecutionSample\">\\s*<setting name=\"enabled\"[^<]*</setting>\\s*"
                        + "<setting name=\"period\"[^>]*>)[^<]*<", "$1" + SAMPLE_MILLIS + " ms<");
        if (everyMillisecond.equals(profile)) {
            throw new IOException("cannot set the sampling period in this JDK's profile.jfc");
        }
        return Files.writeString(directory.resolve("every-millisecond.jfc"), everyMillisecond);
    }

    private static String summary(String stack, Path recording, double calls) throws IOException {
        Map<String, Integer> byLayer = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Double> waitedMillis = new HashMap<>();
        int samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ObjectAllocationSample") && onBenchmarkThread(event)) {
                allocated += event.getLong("weight");
            }
            if (WAITS.contains(type) && event.getStackTrace() != null && onBenchmarkThread(event)) {
                String waiter = event.getStackTrace().getFrames().stream().map(CpuProfile::name)
                        .filter(name -> !isJdk(name)).findFirst().orElse("JDK");
                waitedMillis.merge(type.substring(4) + " in " + waiter, event.getDuration().toNanos() / 1e6,
                        Double::sum);
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null || !onBenchmarkThread(event)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            byLayer.merge(layer(frames), 1, Integer::sum);
            frames.stream().map(CpuProfile::name).filter(name -> !isJdk(name)).distinct()
                    .forEach(name -> inclusive.merge(name, 1, Integer::sum));
            RecordedFrame top = frames.get(0);
            byMethod.merge(name(top), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        double samplePeriodMicros = SAMPLE_MILLIS * 1000.0;
        text.append(String.format("%s: %.0f GET calls, %d CPU samples = about %.0f µs of CPU per call on the"
                        + " calling thread, %.1f KiB allocated per call%n", stack, calls, samples,
                samples * samplePeriodMicros / calls, allocated / calls / 1024));
        text.append(table(byLayer, samples, samples * samplePeriodMicros / calls));
        text.append("  hottest methods (self):\n");
        int all = samples;
        byMethod.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(m -> text.append(String.format("    %5.1f%%  %s%n", 100.0 * m.getValue() / all,
                        m.getKey())));
        if (!waitedMillis.isEmpty()) {
            text.append("  waits for locks, µs per call (where the first non-JDK frame waited):\n");
            waitedMillis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .forEach(w -> text.append(String.format("    %8.1f  %s%n", w.getValue() * 1000 / calls,
                            w.getKey())));
        }
        text.append("  library and client methods on the stack (inclusive):\n");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(m -> !m.getKey().startsWith("org.openjdk.jmh.") && !m.getKey().contains(".jmh_generated."))
                .limit(Integer.getInteger("benchmark.profile.methods", 25))
                .forEach(m -> text.append(String.format("    %5.1f%%  %s%n", 100.0 * m.getValue() / all,
                        m.getKey())));
        return text.toString();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.");
    }

    private static boolean onBenchmarkThread(RecordedEvent event) {
        return Optional.ofNullable(event.getThread(event.hasField("sampledThread") ? "sampledThread" : "eventThread"))
                .map(thread -> thread.getJavaName() != null && thread.getJavaName().contains("jmh-worker"))
                .orElse(false);
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (type.startsWith(layer.getKey())) {
                    return layer.getValue();
                }
            }
        }
        return "JDK, other";
    }

    private static String table(Map<String, Integer> byLayer, int samples, double cpuMicrosPerCall) {
        return byLayer.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(layer -> String.format("    %5.1f%%  %5.0f µs  %s%n", 100.0 * layer.getValue() / samples,
                        cpuMicrosPerCall * layer.getValue() / samples, layer.getKey()))
                .collect(Collectors.joining());
    }
}
