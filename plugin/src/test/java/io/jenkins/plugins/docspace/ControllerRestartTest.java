package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.Fault;
import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.JenkinsSessionRule;

/**
 * The controller restarts while a step waits for DocSpace (the emulator has done the work and holds its answer).
 * The step is not resumed; the build says what that means for the photo, and {@code nonresumable()} retries it.
 */
public class ControllerRestartTest {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    @Rule
    public JenkinsSessionRule sessions = new JenkinsSessionRule();

    private DocSpaceEmulator emulator;
    private String token;

    @Before
    public void startEmulator() {
        emulator = DocSpaceEmulator.builder().port(0).start();
        token = emulator.user("user").token();
    }

    @After
    public void stopEmulator() {
        emulator.close();
        DocSpacePhotos.clearCache();
    }

    @Test
    public void anUploadCutOffByARestartFailsSayingItsOutcomeIsUnknown() throws Throwable {
        emulator.faults().add("POST", PHOTO, Fault.applyThenDelay(Duration.ofSeconds(20)), 1);
        sessions.then(j -> {
            configure(j);
            WorkflowJob job = j.createProject(WorkflowJob.class, "upload");
            DocSpaceTestSupport.writePng(j.jenkins.getWorkspaceFor(job).child("avatar.png"), 64, 64);
            job.setDefinition(new CpsFlowDefinition(
                    "node { docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png' }", true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("[DocSpace] upload the photo of user 'user' on " + emulator.baseUri(), run);
            awaitRequest("POST");
        });
        sessions.then(j -> {
            WorkflowRun run = j.jenkins.getItemByFullName("upload", WorkflowJob.class).getBuildByNumber(1);
            j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(run));
            j.assertLogContains("cannot be resumed after a controller restart", run);
            j.assertLogContains("The outcome of docspacePhoto upload of user 'user' is unknown: DocSpace may have"
                    + " applied it. Check the photo with docspacePhoto action: 'get' before running it again.", run);
            j.assertLogNotContains(token, run);
        });
        String original = DocSpacePhotos.connect(DocSpaceSettings.builder(emulator.baseUri())
                .credentials(Credentials.token(token)).build()).get("user").urls().original();
        assertTrue("DocSpace did apply the upload the build could not report: " + original,
                original.contains("_orig_64-64.png"));
    }

    @Test
    public void aReadCutOffByARestartIsRepeatedByRetryOnNonresumable() throws Throwable {
        emulator.faults().add("GET", PHOTO, Fault.applyThenDelay(Duration.ofSeconds(20)), 1);
        sessions.then(j -> {
            configure(j);
            WorkflowJob job = j.createProject(WorkflowJob.class, "read");
            job.setDefinition(new CpsFlowDefinition("""
                    retry(count: 2, conditions: [nonresumable()]) {
                      def got = docspacePhoto action: 'get', userId: 'user'
                      echo "small: ${got.small}"
                    }
                    """, true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("[DocSpace] get the photo of user 'user'", run);
            awaitRequest("GET");
        });
        sessions.then(j -> {
            WorkflowRun run = j.jenkins.getItemByFullName("read", WorkflowJob.class).getBuildByNumber(1);
            j.assertBuildStatus(Result.SUCCESS, j.waitForCompletion(run));
            j.assertLogContains("docspacePhoto get of user 'user' only reads the photo: running it again is safe.",
                    run);
            j.assertLogContains("small: /static/images/default_user_photo_size_32-32.png", run);
        });
    }

    private void configure(JenkinsRule j) throws Exception {
        CredentialsProvider.lookupStores(j.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.GLOBAL, DocSpaceTestSupport.TOKEN_ID, "DocSpace token",
                        Secret.fromString(token)));
        DocSpaceServer server = new DocSpaceServer(DocSpaceTestSupport.SERVER, emulator.baseUri().toString());
        server.setCredentialsId(DocSpaceTestSupport.TOKEN_ID);
        DocSpaceGlobalConfiguration.get().setServers(List.of(server));
    }

    /** The request reached DocSpace before the controller goes down. */
    private void awaitRequest(String method) throws InterruptedException {
        while (emulator.requestLog().requests().stream()
                .noneMatch(request -> request.method().equals(method) && request.path().endsWith("/photo"))) {
            Thread.sleep(50);
        }
    }
}
