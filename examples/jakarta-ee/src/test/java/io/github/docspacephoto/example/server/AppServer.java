package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** An application server the integration tests run as a process of its own, with one WAR deployed. */
public interface AppServer {

    /** For messages and measurements, e.g. "WildFly 39.0.1.Final". */
    String name();

    /**
     * Starts the server with {@code war} deployed and {@code environment} added to the server's own, and returns
     * once the application is deployed; a server that fails to get there is stopped before this throws.
     */
    RunningServer start(Path war, Map<String, String> environment) throws IOException, InterruptedException;

    /** Where the tests' servers keep their files: {@code target/it}. */
    static Path workDirectory() {
        return Path.of(System.getProperty("it.work", "target/it"));
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven"
                    + " (mvn verify), whose failsafe configuration sets it");
        }
        return value;
    }
}
