package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty from its full runtime zip, with the features of {@code openliberty/server.xml} (RESTEasy under
 * Liberty's own Jakarta REST, MicroProfile Config and Rest Client, Weld). The server lives in a user directory of
 * its own; its log tells when the application started or failed to.
 */
public final class OpenLiberty implements AppServer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final String SERVER = "docspace";

    private final Path home = Path.of(AppServer.requiredProperty("it.openliberty.home"));
    private final String version = AppServer.requiredProperty("it.openliberty.version");

    @Override
    public String name() {
        return "Open Liberty " + version;
    }

    @Override
    public RunningServer start(Path war, Map<String, String> environment) throws IOException, InterruptedException {
        String contextRoot = Folders.contextRoot(war);
        if (!contextRoot.equals("docspace-avatars")) {
            throw new IllegalStateException("openliberty/server.xml deploys docspace-avatars.war, not " + war);
        }
        Path userDirectory = Folders.fresh(AppServer.workDirectory().resolve("openliberty"));
        Path server = userDirectory.resolve("servers").resolve(SERVER);
        Files.createDirectories(server.resolve("apps"));
        Files.copy(war, server.resolve("apps").resolve(war.getFileName()));
        try (InputStream configuration = OpenLiberty.class.getResourceAsStream("/openliberty/server.xml")) {
            Files.copy(configuration, server.resolve("server.xml"));
        }
        int http = FreePorts.pick();
        Files.writeString(server.resolve("bootstrap.properties"), "http.port=" + http + "\n");

        Map<String, String> env = new HashMap<>(environment);
        env.put("WLP_USER_DIR", userDirectory.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path console = AppServer.workDirectory().resolve("openliberty.log");
        // The console shows warnings and audit messages only; messages.log has the informational ones as well.
        Path messages = server.resolve("logs/messages.log");
        ServerProcess process = ServerProcess.startAndAwait(name(),
                List.of(home.resolve("bin/server").toString(), "run", SERVER), env, console, DEPLOY_TIMEOUT, () -> {
                    if (!Files.exists(messages)) {
                        return false;
                    }
                    String output = Files.readString(messages, StandardCharsets.ISO_8859_1);
                    // CWWKZ0002E: an exception while starting it; CWWKZ0004E: while installing it
                    if (output.contains("CWWKZ0002E") || output.contains("CWWKZ0004E")) {
                        throw new ServerProcess.DeploymentFailed("could not start " + war.getFileName());
                    }
                    // The application can start before the HTTP port listens (CWWKO0219I); the server is ready
                    // (CWWKF0011I) after both.
                    return output.contains("CWWKZ0001I: Application " + contextRoot + " started")
                            && output.contains("CWWKO0219I: TCP Channel defaultHttpEndpoint")
                            && output.contains("CWWKF0011I");
                });
        return new RunningServer(process, URI.create("http://127.0.0.1:" + http + "/" + contextRoot + "/"));
    }
}
