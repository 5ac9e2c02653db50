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
                ClassLoader coreLoader = jenkins.model.Jenkins.class.getClassLoader();
                assertTrue("the client is loaded by the plugin's own class loader",
                        DocSpacePhotos.class.getClassLoader() != coreLoader);
                // As on a build thread: the context class loader is core's, which cannot see the plugin's jars.
                Thread.currentThread().setContextClassLoader(coreLoader);
                String small = DocSpacePhotos.connect(DocSpaceSettings.builder(URI.create(server))
                        .credentials(Credentials.token(token)).build()).get("user").urls().small();
                assertTrue(small, small.startsWith("/static/images/default_user_photo_size_32-32.png"));
            });
        }
    }
}
