package io.github.docspacephoto.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** The packaged jar, run as the README says: {@code java -jar cli/target/docspace-photo.jar demo}. */
public class ReadmeMainCommandIT {

    private static final Path JAR = Path.of("target", "docspace-photo.jar");

    private static String[] run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("timed out", process.waitFor(2, TimeUnit.MINUTES));
        return new String[] {Integer.toString(process.exitValue()), output};
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    public void demoFromThePackagedJarExitsZero() throws Exception {
        String[] result = run(new ProcessBuilder(java(), "-jar", JAR.toString(), "demo"));
        assertEquals(result[1], "0", result[0]);
        assertTrue(result[1], result[1].contains("7. delete"));
        assertTrue(result[1], result[1].contains("Demo passed: every step did what it should."));
    }

    @Test
    public void serverAndTokenComeFromTheEnvironment() throws Exception {
        try (DocSpaceEmulator emulator = DocSpaceEmulator.start()) {
            SeededUser user = emulator.user("user");
            ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString(), "get", "user", "--json");
            builder.environment().put("DOCSPACE_URL", emulator.baseUri().toString());
            builder.environment().put("DOCSPACE_TOKEN", user.token());
            String[] result = run(builder);
            assertEquals(result[1], "0", result[0]);
            assertTrue(result[1], result[1].startsWith("{\"action\":\"get\""));
            assertFalse(result[1].contains(user.token()));
        }
    }
}
