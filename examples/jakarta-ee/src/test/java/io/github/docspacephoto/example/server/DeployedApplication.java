package io.github.docspacephoto.example.server;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * A class rule: a DocSpace emulator on a free loopback port, then the server with the example WAR deployed and
 * configured from its environment as a deployment would be ({@code DOCSPACE_MP_REST_URL}, {@code DOCSPACE_TOKEN}
 * of the seeded user "user"). Both are stopped afterwards, whatever happened. Prints how long the server took to
 * start with the WAR and to stop.
 */
public final class DeployedApplication implements TestRule {

    /** The user whose token the application runs with. */
    public static final String USER = "user";

    private final AppServer server;
    private DocSpaceEmulator emulator;
    private URI application;

    public DeployedApplication(AppServer server) {
        this.server = server;
    }

    @Override
    public Statement apply(Statement tests, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                Path war = Path.of(AppServer.requiredProperty("it.war"));
                if (!Files.isRegularFile(war)) {
                    throw new IllegalStateException("no WAR at " + war + ": run mvn verify, which packages it first");
                }
                try (DocSpaceEmulator docSpace = DocSpaceEmulator.builder().port(0).start()) {
                    emulator = docSpace;
                    Map<String, String> environment = Map.of(
                            "DOCSPACE_MP_REST_URL", docSpace.baseUri().toString(),
                            "DOCSPACE_TOKEN", docSpace.user(USER).token());
                    long started = System.nanoTime();
                    RunningServer running = server.start(war, environment);
                    report("started with " + war.getFileName() + " deployed", started);
                    try {
                        application = running.application();
                        tests.evaluate();
                    } finally {
                        long stopping = System.nanoTime();
                        running.close();
                        report("stopped", stopping);
                    }
                }
            }
        };
    }

    private void report(String what, long since) {
        System.out.printf("[%s] %s in %.1f s%n", server.name(), what, (System.nanoTime() - since) / 1e9);
    }

    public String serverName() {
        return server.name();
    }

    /** The deployed application's context root, e.g. {@code http://127.0.0.1:41234/docspace-avatars/}. */
    public URI application() {
        return Objects.requireNonNull(application, "the application is not deployed");
    }

    public DocSpaceEmulator emulator() {
        return Objects.requireNonNull(emulator, "the emulator is not running");
    }

    public SeededUser user() {
        return emulator().user(USER);
    }
}
