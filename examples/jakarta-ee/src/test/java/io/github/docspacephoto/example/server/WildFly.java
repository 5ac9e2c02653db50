package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WildFly from its distribution zip, with the MicroProfile configuration (standalone-microprofile.xml: RESTEasy,
 * MicroProfile Config and Rest Client on SmallRye, Weld). The WAR goes to the deployment scanner's folder, whose
 * {@code .deployed} or {@code .failed} marker tells how its deployment went. Every port is on 127.0.0.1.
 */
public final class WildFly implements AppServer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);

    private final Path home = Path.of(AppServer.requiredProperty("it.wildfly.home"));
    private final String version = AppServer.requiredProperty("it.wildfly.version");

    @Override
    public String name() {
        return "WildFly " + version;
    }

    @Override
    public RunningServer start(Path war, Map<String, String> environment) throws IOException, InterruptedException {
        Path base = Folders.fresh(AppServer.workDirectory().resolve("wildfly"));
        Folders.copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        String file = war.getFileName().toString();
        Files.copy(war, deployments.resolve(file));

        int http = FreePorts.pick();
        List<String> command = List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-microprofile.xml",
                "-Djboss.server.base.dir=" + base,
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.http.port=" + http,
                "-Djboss.https.port=" + FreePorts.pick(),
                "-Djboss.management.http.port=" + FreePorts.pick(),
                "-Djboss.management.https.port=" + FreePorts.pick());
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));

        Path deployed = deployments.resolve(file + ".deployed");
        Path failed = deployments.resolve(file + ".failed");
        ServerProcess process = ServerProcess.startAndAwait(name(), command, env,
                AppServer.workDirectory().resolve("wildfly.log"), DEPLOY_TIMEOUT, () -> {
                    if (Files.exists(failed)) {
                        throw new ServerProcess.DeploymentFailed("could not deploy " + file + ": "
                                + Files.readString(failed));
                    }
                    return Files.exists(deployed);
                });
        return new RunningServer(process, URI.create("http://127.0.0.1:" + http + "/" + Folders.contextRoot(war) + "/"));
    }
}
