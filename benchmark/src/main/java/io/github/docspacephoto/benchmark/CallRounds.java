package io.github.docspacephoto.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link PhotoCallBenchmark} for every operation and stack in rounds, one JMH fork each per round, the stacks
 * interleaved and their order rotated from round to round, so that a busy moment of the machine falls on all of
 * them alike. Each round yields one figure per (mode, operation, stack): the median per-call time of the fork, or
 * its median throughput over the measurement iterations. The client on Jersey is measured from a JVM started on
 * {@link JerseyClassPath}, whose fork inherits it; a stack that fails there gets NaN and the table says so.
 */
final class CallRounds {

    static final List<String> STACKS = List.of("client", "apache", "jdk");
    static final List<String> OPERATIONS = List.of("get", "thumbnails", "upload");
    static final int THREADS = 16;
    /**
     * Warm-up per fork: 10 iterations of 2 s. On this project's 2-core machine a fork of the client took about 18 s
     * to compile its path (GET per call, mean per second: 5.8 ms, 3.0, 2.3, 1.7, 1.2 ... 0.6 at 8 s, 0.38 at 17 s,
     * then 0.10 to 0.26 ms), raw Apache HttpClient 5 about 7 s; 4 s of warm-up measured the client mid-compilation.
     */
    static final int WARM_UP_ITERATIONS = 10;
    static final TimeValue WARM_UP_ITERATION = TimeValue.seconds(2);

    /** One measurement: what, how, and its figure in every round. */
    record Key(boolean throughput, String operation, String stack) {
    }

    private final BenchmarkTarget target;
    private final int rounds;
    private final int iterations;
    private final List<String> stacks;
    private final List<String> operations;
    private final JerseyClassPath jersey;
    private final Map<Key, String> failures = new HashMap<>();

    CallRounds(BenchmarkTarget target, int rounds, int iterations) {
        this(target, rounds, iterations, STACKS, OPERATIONS, null);
    }

    CallRounds(BenchmarkTarget target, int rounds, int iterations, List<String> stacks,
               List<String> operations, JerseyClassPath jersey) {
        this.target = target;
        this.rounds = rounds;
        this.iterations = iterations;
        this.stacks = stacks;
        this.operations = operations;
        this.jersey = jersey;
    }

    Map<Key, double[]> run() throws RunnerException {
        Map<Key, double[]> figures = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean throughput : new boolean[] {false, true}) {
                for (String operation : operations) {
                    for (String stack : rotated(stacks, round)) {
                        Key key = new Key(throughput, operation, stack);
                        double figure = measure(key);
                        figures.computeIfAbsent(key, k -> new double[rounds])[round] = figure;
                        System.out.printf("round %d of %d: %s %s on %s: %.0f %s%n", round + 1, rounds, operation,
                                throughput ? THREADS + " threads" : "1 thread", stack, figure,
                                throughput ? "calls/s" : "µs per call");
                    }
                }
            }
        }
        return figures;
    }

    private double measure(Key key) throws RunnerException {
        if (!JerseyClassPath.isJersey(key.stack())) {
            return measureHere(key, target, iterations);
        }
        List<String> args = new ArrayList<>(List.of(key.throughput() ? "throughput" : "single", key.operation(),
                String.valueOf(iterations)));
        args.addAll(target.asArgs());
        String answer;
        try {
            answer = ChildJvm.run(jersey.forStack(key.stack()), jersey.jvmOptions(), OneMeasurement.class, args)
                    .line();
        } catch (IOException failed) {
            answer = OneMeasurement.FAILED + failed.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RunnerException(interrupted);
        }
        if (answer.startsWith(OneMeasurement.FAILED)) {
            failures.put(key, answer.substring(OneMeasurement.FAILED.length()));
            return Double.NaN;
        }
        return Double.parseDouble(answer);
    }

    /** Why a stack could not make a call, for the measurements it failed. */
    Map<Key, String> failures() {
        return Map.copyOf(failures);
    }

    /** One JMH fork of the client or a baseline, on this JVM's class path. */
    static double measureHere(Key key, BenchmarkTarget target, int iterations) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(PhotoCallBenchmark.class.getName() + "\\." + key.operation() + "$")
                .param("stack", key.stack())
                .forks(1)
                .verbosity(VerboseMode.SILENT)
                .warmupIterations(WARM_UP_ITERATIONS)
                .warmupTime(WARM_UP_ITERATION)
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(target.asSystemProperties().toArray(String[]::new));
        if (key.throughput()) {
            options.mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(THREADS);
        }
        RunResult result = new Runner(options.build()).runSingle();
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static List<String> rotated(List<String> list, int by) {
        List<String> rotated = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rotated.add(list.get((i + by) % list.size()));
        }
        return rotated;
    }
}
