package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code java -jar docspace-emulator.jar}, as a child JVM: what it cannot do is one line and a non-zero exit. */
public class MainCommandLineTest {

    private record Run(int exitCode, String out, String err) {
    }

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aPortInUseIsOneLineNamingThePortAndTheOptionAndLeavesNoTemporaryFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run run = main("--port", String.valueOf(port));
            assertEquals(run.err(), 1, run.exitCode());
            assertOneLine(run, String.valueOf(port), "--port");
        }
        assertArrayEquals(new String[0], temp.getRoot().list());
    }

    @Test
    public void aPortOutOfRangeIsOneLineNamingTheValueAndTheRule() throws Exception {
        Run run = main("--port", "70000");
        assertEquals(run.err(), 2, run.exitCode());
        assertOneLine(run, "70000", "0 to 65535");
    }

    private static void assertOneLine(Run run, String... parts) {
        List<String> lines = run.err().lines().toList();
        assertEquals(run.err(), 1, lines.size());
        for (String part : parts) {
            assertTrue(run.err(), lines.get(0).contains(part));
        }
        assertFalse(run.err(), run.err().contains("Exception") || run.err().contains("\tat "));
        assertEquals("", run.out());
    }

    /** Main in a JVM of its own, whose temporary folders go to {@link #temp}. */
    private Run main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + temp.getRoot(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Main " + String.join(" ", args) + " still running after 60 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
