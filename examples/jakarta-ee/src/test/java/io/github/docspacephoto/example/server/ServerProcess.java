package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A server running as an operating system process, its output in a log file. Stopping it stops the whole process
 * tree (a start script's JVM too), politely first; a JVM exit stops it as well, so no server outlives the build.
 */
public final class ServerProcess implements AutoCloseable {

    /** How a server tells that its application is deployed; throws {@link DeploymentFailed} when it failed. */
    @FunctionalInterface
    public interface Readiness {
        boolean ready() throws IOException;
    }

    /** The server said it could not deploy the application. */
    public static final class DeploymentFailed extends RuntimeException {
        public DeploymentFailed(String message) {
            super(message);
        }
    }

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread stopOnExit;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(this::stopTree, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Runs {@code command} and waits until {@code readiness} says the application is deployed; stops the process
     * and throws, with the end of its log, when it exits, fails or is not ready in {@code timeout}.
     */
    public static ServerProcess startAndAwait(String name, List<String> command, Map<String, String> environment,
                                              Path log, Duration timeout, Readiness readiness)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(name, builder.start(), log);
        try {
            server.process.getOutputStream().close();
            server.awaitReady(timeout, readiness);
            return server;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** An IllegalStateException naming the server and the problem, with the end of its log. */
    private IllegalStateException failure(String problem) {
        return new IllegalStateException(name + " " + problem + "; the end of its log " + log + ":\n" + logTail());
    }

    private void awaitReady(Duration timeout, Readiness readiness) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready(readiness)) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue() + " before its application was deployed");
            }
            if (System.nanoTime() > deadline) {
                throw failure("did not deploy its application within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    private boolean ready(Readiness readiness) throws IOException {
        try {
            return readiness.ready();
        } catch (DeploymentFailed e) {
            throw failure(e.getMessage());
        }
    }

    /** Stops the process tree and waits for it. */
    @Override
    public void close() {
        stopTree();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting already; the hook does the same
        }
    }

    private void stopTree() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle member : tree) {
            try {
                member.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                member.destroyForcibly();
            } catch (InterruptedException interrupted) {
                member.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
