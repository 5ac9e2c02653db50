package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.PluginWrapper;
import hudson.model.FreeStyleProject;
import hudson.util.Secret;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.RealJenkinsRule;

/**
 * The plugin in a real Jenkins, where it has its own class loader (JenkinsRule's flat class path would hide the
 * thread-context-class-loader lookups that RESTEasy and MicroProfile make): it loads, its client and RESTEasy come
 * from its own loader, and a freestyle build and a sandboxed Pipeline use it without a warning in the log.
 */
public class ClientClassLoadingTest {

    @Rule
    public RealJenkinsRule rr = new RealJenkinsRule();

    @Test
    public void thePluginWorksFromItsOwnClassLoaderInARealJenkins() throws Throwable {
        try (DocSpaceEmulator emulator = DocSpaceEmulator.builder().port(0).start()) {
            String server = emulator.baseUri().toString();
            String token = emulator.user("user").token();
            rr.then(r -> {
                assertEquals("plugins that failed to load", List.of(),
                        r.jenkins.getPluginManager().getFailedPlugins().stream().map(failed -> failed.name).toList());
                PluginWrapper plugin = r.jenkins.getPluginManager().getPlugin("docspace-photo");
                assertNotNull("the plugin is installed", plugin);
                assertTrue("the plugin is active", plugin.isActive());
                // This test's classes see the plugins through Jenkins' uber class loader, before their own class
                // path: the client they use must be the plugin's.
                for (Class<?> type : List.of(DocSpacePhotos.class, DocSpacePhotoStep.class)) {
                    assertSame(type.getName(), plugin.classLoader, type.getClassLoader());
                }
                assertSame("RESTEasy is bundled in the plugin", plugin.classLoader, plugin.classLoader
                        .loadClass("org.jboss.resteasy.microprofile.client.RestClientBuilderImpl").getClassLoader());

                WarningRecorder recorder = new WarningRecorder();
                Logger.getLogger("").addHandler(recorder);
                try {
                    CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(),
                            new StringCredentialsImpl(CredentialsScope.GLOBAL, "docspace-token", "DocSpace token",
                                    Secret.fromString(token)));
                    DocSpaceServer local = new DocSpaceServer("local", server);
                    local.setCredentialsId("docspace-token");
                    DocSpaceGlobalConfiguration.get().setServers(List.of(local));
                    r.jenkins.setNumExecutors(2);

                    FreeStyleProject freestyle = r.createFreeStyleProject("freestyle");
                    freestyle.getBuildersList().add(new DocSpacePhotoBuilder("get", "user"));
                    r.assertLogContains("[DocSpace] Got the photo of user 'user'", r.buildAndAssertSuccess(freestyle));

                    WorkflowJob pipeline = r.createProject(WorkflowJob.class, "pipeline");
                    pipeline.setDefinition(new CpsFlowDefinition("""
                            def got = docspacePhoto action: 'get', userId: 'user'
                            echo "small: ${got.small}"
                            """, true));
                    r.assertLogContains("small: /static/images/default_user_photo_size_32-32.png",
                            r.buildAndAssertSuccess(pipeline));
                } finally {
                    Logger.getLogger("").removeHandler(recorder);
                }
                assertEquals("warnings logged while the plugin worked", List.of(), recorder.warnings.stream()
                        .filter(warning -> warning.contains("RESTEASY") || warning.contains("docspace")).toList());
            });
        }
    }

    /** Warnings logged in the real Jenkins (a named class: the remote step must not capture this test). */
    static final class WarningRecorder extends Handler {

        final List<String> warnings = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getLoggerName() + ": " + new SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
