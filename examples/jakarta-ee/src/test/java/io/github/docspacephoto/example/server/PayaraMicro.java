package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro, one jar (Jersey, Yasson, Weld, Payara's MicroProfile Config and Rest Client), started as
 * {@code java -jar payara-micro.jar --deploy app.war}. Hazelcast and phone-home are off, and the HTTP listener is
 * bound to 127.0.0.1 before boot.
 */
public final class PayaraMicro implements AppServer {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final String LOOPBACK_ONLY =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                    + ".address=127.0.0.1\n";

    private final Path jar = Path.of(AppServer.requiredProperty("it.payara.jar"));
    private final String version = AppServer.requiredProperty("it.payara.version");

    @Override
    public String name() {
        return "Payara Micro " + version;
    }

    @Override
    public RunningServer start(Path war, Map<String, String> environment) throws IOException, InterruptedException {
        Path base = Folders.fresh(AppServer.workDirectory().resolve("payara-micro"));
        Path preBoot = Files.writeString(base.resolve("loopback.asadmin"), LOOPBACK_ONLY);
        int http = FreePorts.pick();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(),
                "--nohazelcast", "--disablephonehome",
                "--port", Integer.toString(http),
                "--prebootcommandfile", preBoot.toString(),
                "--rootdir", Files.createDirectories(base.resolve("root")).toString(),
                "--unpackdir", Files.createDirectories(base.resolve("runtime")).toString(),
                "--deploy", war.toString());
        Path log = AppServer.workDirectory().resolve("payara-micro.log");
        String deployed = "\"Name\": \"" + Folders.contextRoot(war) + "\"";
        ServerProcess process = ServerProcess.startAndAwait(name(), command, environment, log, DEPLOY_TIMEOUT,
                () -> {
                    // No deployment marker, and "Deployed 1 archive(s)" even when loading it failed: the
                    // instance summary printed before "ready" lists only what really deployed.
                    String output = Files.readString(log, StandardCharsets.ISO_8859_1);
                    if (!output.contains(" ready in ")) {
                        return false;
                    }
                    if (!output.contains(deployed)) {
                        throw new ServerProcess.DeploymentFailed("is ready but did not deploy " + war.getFileName());
                    }
                    return true;
                });
        return new RunningServer(process, URI.create("http://127.0.0.1:" + http + "/" + Folders.contextRoot(war) + "/"));
    }
}
