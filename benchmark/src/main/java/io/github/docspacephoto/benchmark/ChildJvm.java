package io.github.docspacephoto.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a probe's main method in a fresh JVM, on this JVM's class path or another, and reads its one-line answer. */
final class ChildJvm {

    /** What a probe printed last, and how long the parent waited from starting the process to reading it. */
    record Answer(String line, long nanosToAnswer) {
    }

    private ChildJvm() {
    }

    static Answer run(List<String> jvmOptions, Class<?> mainClass, List<String> args) throws IOException,
            InterruptedException {
        return run(System.getProperty("java.class.path"), jvmOptions, mainClass, args);
    }

    static Answer run(String classPath, List<String> jvmOptions, Class<?> mainClass, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(args);

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String answer = null;
        long answered = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (answer == null) {
                    answered = System.nanoTime();
                }
                answer = line;
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(mainClass.getSimpleName() + " did not finish within 5 minutes");
        }
        if (process.exitValue() != 0 || answer == null) {
            throw new IOException(mainClass.getSimpleName() + " " + args.get(0) + " failed with exit code "
                    + process.exitValue() + (answer == null ? "" : ": " + answer));
        }
        return new Answer(answer, answered - started);
    }
}
