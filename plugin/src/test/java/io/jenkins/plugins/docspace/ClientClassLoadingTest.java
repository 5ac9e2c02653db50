package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import java.net.URI;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.RealJenkinsRule;

/**
 * The client inside a real Jenkins with this plugin in its own class loader (JenkinsRule's flat class path would
 * hide the thread-context-class-loader lookups that RESTEasy and MicroProfile make).
 */
public class ClientClassLoadingTest {

    @Rule
    public RealJenkinsRule rr = new RealJenkinsRule();

    @Test
    public void clientWorksInThePluginClassLoader() throws Throwable {
        try (DocSpaceEmulator emulator = DocSpaceEmulator.builder().port(0).start()) {
            String server = emulator.baseUri().toString();
            String token = emulator.user("user").token();
            rr.then(r -> {
                ClassLoader pluginLoader = DocSpacePhotos.class.getClassLoader();
                assertTrue(pluginLoader.toString(), pluginLoader != ClassLoader.getSystemClassLoader());
                Thread.currentThread().setContextClassLoader(r.jenkins.getPluginManager().uberClassLoader.getParent());
                String small = DocSpacePhotos.connect(DocSpaceSettings.builder(URI.create(server))
                        .credentials(Credentials.token(token)).build()).get("user").urls().small();
                assertTrue(small, small.endsWith(".png") || small.contains("_size_32-32"));
            });
        }
    }
}
