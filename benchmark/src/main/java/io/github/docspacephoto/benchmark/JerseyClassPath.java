package io.github.docspacephoto.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The class path on which the client runs on Jersey's MicroProfile Rest Client: the jars the
 * {@code benchmark-jersey} module copies to its {@code target/lib}, and for a connector other than Jersey's default
 * (HttpURLConnection) a folder whose service file names it, which is how Jersey finds a connector nobody configured.
 */
final class JerseyClassPath {

    /** The benchmark's Jersey stacks, each with the connector provider it names (none: Jersey's default). */
    static final Map<String, String> CONNECTORS = Map.of(
            "jersey", "",
            "jersey-apache5", "org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider",
            "jersey-jnh", "org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider");

    private static final String SERVICE = "META-INF/services/org.glassfish.jersey.client.spi.ConnectorProvider";

    private final Path lib;
    private final Path work;

    private JerseyClassPath(Path lib, Path work) {
        this.lib = lib;
        this.work = work;
    }

    /**
     * {@code -Dbenchmark.jersey.lib=DIR}, or {@code benchmark-jersey/target/lib} beside the folder this jar was built
     * in (benchmark/target); fails with what to build where it is missing.
     */
    static JerseyClassPath find(Path work) throws IOException {
        Path lib = Path.of(System.getProperty("benchmark.jersey.lib", besideThisJar().toString()));
        if (!Files.isDirectory(lib)) {
            throw new IOException("no Jersey class path at " + lib + ": build it with mvn -q -B package -DskipTests"
                    + " -DwithoutJenkins, or name it with -Dbenchmark.jersey.lib=DIR");
        }
        return new JerseyClassPath(lib, work);
    }

    static boolean isJersey(String stack) {
        return CONNECTORS.containsKey(stack);
    }

    /**
     * Jersey's logging at SEVERE: its connectors warn on every request they cannot send whole, which the table
     * reports as the failure it is.
     */
    List<String> jvmOptions() throws IOException {
        Path logging = work.resolve("jersey-logging.properties");
        if (!Files.exists(logging)) {
            Files.writeString(logging, "handlers = java.util.logging.ConsoleHandler\n.level = SEVERE\n");
        }
        return List.of("-Djava.util.logging.config.file=" + logging);
    }

    /** The class path for one of {@link #CONNECTORS}' stacks. */
    String forStack(String stack) throws IOException {
        String provider = CONNECTORS.get(stack);
        String jars = lib.resolve("*").toString();
        if (provider.isEmpty()) {
            return jars;
        }
        Path services = work.resolve("connector-" + stack);
        Path file = services.resolve(SERVICE);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, provider + "\n");
        }
        return String.join(File.pathSeparator, List.of(services.toString(), jars));
    }

    private static Path besideThisJar() throws IOException {
        try {
            Path jar = Path.of(JerseyClassPath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = jar.getParent().getParent().getParent();
            return project.resolve("benchmark-jersey").resolve("target").resolve("lib");
        } catch (URISyntaxException | RuntimeException unknown) {
            throw new IOException("cannot tell where the benchmark jar is; name the Jersey class path with"
                    + " -Dbenchmark.jersey.lib=DIR", unknown);
        }
    }
}
