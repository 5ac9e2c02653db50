package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.FilePath;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.RecordedRequest;
import io.github.docspacephoto.emulator.SeededUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.rules.ExternalResource;
import org.jvnet.hudson.test.JenkinsRule;

/** An emulator on loopback, seeded credentials in the store, and the global configuration pointing at it. */
final class DocSpaceTestSupport extends ExternalResource {

    static final String TOKEN_ID = "docspace-token";
    static final String LOGIN_ID = "docspace-login";
    static final String WRONG_ID = "docspace-wrong";
    static final String SERVER = "local";

    private final JenkinsRule j;
    DocSpaceEmulator emulator;
    SeededUser user;

    DocSpaceTestSupport(JenkinsRule j) {
        this.j = j;
    }

    @Override
    protected void before() throws Exception {
        emulator = DocSpaceEmulator.builder().port(0).allowLoopbackUrls(true).start();
        user = emulator.user("user");
        var store = CredentialsProvider.lookupStores(j.jenkins).iterator().next();
        store.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, TOKEN_ID,
                "DocSpace token", Secret.fromString(user.token())));
        store.addCredentials(Domain.global(), new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL,
                LOGIN_ID, "DocSpace login", user.userName(), user.password()));
        store.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, WRONG_ID,
                "wrong token", Secret.fromString("not-a-valid-token")));
        DocSpaceServer local = new DocSpaceServer(SERVER, emulator.baseUri().toString());
        local.setCredentialsId(TOKEN_ID);
        DocSpaceGlobalConfiguration.get().setServers(List.of(local));
    }

    @Override
    protected void after() {
        emulator.close();
        DocSpacePhotos.clearCache();
    }

    /** Runs the script as a sandboxed Pipeline of {@code job}; the build ends as expected and logs no secret. */
    WorkflowRun runPipeline(WorkflowJob job, String script, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        WorkflowRun run = j.assertBuildStatus(expected, job.scheduleBuild2(0));
        j.assertLogNotContains(user.token(), run);
        j.assertLogNotContains(user.password(), run);
        return run;
    }

    /**
     * The API calls DocSpace received: without the image requests with which each step keeps copies of the photo
     * for the build's page.
     */
    List<RecordedRequest> apiRequests() {
        return emulator.requestLog().requests().stream().filter(request -> request.path().startsWith("/api/"))
                .toList();
    }

    static void writePng(FilePath file, int width, int height) throws IOException, InterruptedException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        file.write().write(png.toByteArray());
    }
}
