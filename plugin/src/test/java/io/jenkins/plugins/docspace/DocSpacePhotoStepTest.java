package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.FilePath;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.util.Secret;
import io.github.docspacephoto.emulator.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;

/** Every action from a sandboxed Pipeline, against the emulator. */
public class DocSpacePhotoStepTest {

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    private WorkflowRun run(String script, Result expected) throws Exception {
        return docspace.runPipeline(j.createProject(WorkflowJob.class, "p" + j.jenkins.getItems().size()), script,
                expected);
    }

    @Test
    public void everyActionFromAPipeline() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "all-actions");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        DocSpaceTestSupport.writePng(workspace.child("avatar.png"), 640, 480);
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  def up = docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png'
                  echo "uploaded ${up.original} ok=${up.successful}"
                  def got = docspacePhoto action: 'get', userId: 'user'
                  echo "got ${got.small}"
                  def crop = docspacePhoto action: 'thumbnails', userId: 'user', x: 10, y: 10, width: 200, height: 200
                  echo "cropped ${crop.max}"
                  def upd = docspacePhoto action: 'update', userId: 'user', url: "%s${got.retina}"
                  echo "updated ${upd.original}"
                  def del = docspacePhoto action: 'delete', userId: 'user'
                  echo "deleted ${del.original}"
                }
                """.formatted(docspace.emulator.baseUri()), true));
        WorkflowRun run = j.buildAndAssertSuccess(job);
        j.assertLogContains("_orig_640-480.png?hash=", run);
        j.assertLogContains("ok=true", run);
        j.assertLogContains("_size_32-32.png", run);
        j.assertLogContains("updated /storage/userPhotos/root/" + docspace.user.id() + "_orig_360-360.png", run);
        j.assertLogContains("deleted /static/images/default_user_photo_size_200-200.png", run);
        j.assertLogContains("[DocSpace] Uploaded the photo of user 'user'", run);
        j.assertLogNotContains(docspace.user.token(), run);
    }

    @Test
    public void getNeedsNoWorkspaceAndLoginCredentialsWork() throws Exception {
        WorkflowRun run = run("""
                def got = docspacePhoto action: 'get', userId: 'user', credentialsId: '%s'
                echo "small=${got.small}"
                """.formatted(DocSpaceTestSupport.LOGIN_ID), Result.SUCCESS);
        j.assertLogContains("small=/static/images/default_user_photo_size_32-32.png", run);
    }

    @Test
    public void uploadWithoutAutosaveThenThumbnailsFromTheTemporaryFile() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "two-step");
        DocSpaceTestSupport.writePng(j.jenkins.getWorkspaceFor(job).child("a.png"), 300, 200);
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  def tmp = docspacePhoto action: 'upload', userId: 'user', file: 'a.png', autosave: false
                  def photo = docspacePhoto action: 'thumbnails', userId: 'user', tmpFile: tmp.tmpFile
                  echo "photo=${photo.original}"
                }
                """, true));
        j.assertLogContains("_orig_300-200.png", j.buildAndAssertSuccess(job));
    }

    @Test
    public void failuresNameTheProblem() throws Exception {
        j.assertLogContains("DocSpace answered 401", run(
                "docspacePhoto action: 'get', userId: 'user', credentialsId: '" + DocSpaceTestSupport.WRONG_ID + "'",
                Result.FAILURE));
        j.assertLogContains("DocSpace answered 404 \"The user could not be found\"",
                run("docspacePhoto action: 'get', userId: 'nobody'", Result.FAILURE));
        j.assertLogContains("DocSpace answered 403 \"Access denied\"",
                run("docspacePhoto action: 'delete', userId: 'admin'", Result.FAILURE));
        j.assertLogContains("use docspacePhoto inside a node block",
                run("docspacePhoto action: 'upload', userId: 'user', file: 'a.png'", Result.FAILURE));
        j.assertLogContains("is not an action: use one of upload, update, get, delete, thumbnails",
                run("docspacePhoto action: 'rotate', userId: 'user'", Result.FAILURE));
    }

    @Test
    public void nonImageIsRefusedBeforeSending() throws Exception {
        WorkflowRun run = run("""
                node {
                  writeFile file: 'avatar.png', text: 'not an image'
                  docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png'
                }
                """, Result.FAILURE);
        j.assertLogContains("is not a PNG or JPEG image (judged by its content)", run);
        assertTrue(docspace.emulator.requestLog().requests().isEmpty());
    }

    @Test
    public void failOnErrorFalseReturnsTheError() throws Exception {
        WorkflowRun run = run("""
                def r = docspacePhoto action: 'get', userId: 'nobody', failOnError: false
                echo "successful=${r.successful} error=${r.error}"
                """, Result.SUCCESS);
        j.assertLogContains("successful=false error=GET /api/2.0/people/nobody/photo: DocSpace answered 404", run);
    }

    @Test
    public void anUnlistedServerIsRefusedBeforeAnyCallUnlessTheAdministratorAllowsIt() throws Exception {
        String elsewhere = "docspacePhoto action: 'get', userId: 'user', serverUrl: '" + docspace.emulator.baseUri()
                + "', credentialsId: '" + DocSpaceTestSupport.TOKEN_ID + "'";
        j.assertLogContains("is not allowed: jobs may use only the servers in Manage Jenkins » System » DocSpace",
                run(elsewhere, Result.FAILURE));
        assertTrue("nothing was sent", docspace.emulator.requestLog().requests().isEmpty());

        DocSpaceGlobalConfiguration.get().setAllowUnlistedServers(true);
        j.assertLogContains("serverUrl is given, so credentialsId must be given too",
                run("docspacePhoto action: 'get', userId: 'user', serverUrl: 'https://attacker.example'",
                        Result.FAILURE));
        run(elsewhere, Result.SUCCESS);
        assertEquals(1, docspace.apiRequests().size());
    }

    @Test
    public void serversAreChosenByName() throws Exception {
        DocSpaceServer local = DocSpaceGlobalConfiguration.get().getServers().get(0);
        DocSpaceServer unreachable = new DocSpaceServer("first", "http://127.0.0.1:9");
        unreachable.setCredentialsId(DocSpaceTestSupport.TOKEN_ID);
        DocSpaceGlobalConfiguration.get().setServers(List.of(unreachable, local));
        j.assertLogContains("server 'nowhere' is not defined in Manage Jenkins » System » DocSpace; defined: [first, "
                + DocSpaceTestSupport.SERVER + "]", run("docspacePhoto action: 'get', userId: 'user', server: 'nowhere'",
                Result.FAILURE));
        j.assertLogContains("small=/static/images/default_user_photo_size_32-32.png", run("""
                def r = docspacePhoto action: 'get', userId: 'user', server: '%s'
                echo "small=${r.small}"
                """.formatted(DocSpaceTestSupport.SERVER), Result.SUCCESS));
        j.assertLogContains("cannot connect to http://127.0.0.1:9",
                run("docspacePhoto action: 'get', userId: 'user'", Result.FAILURE));
    }

    @Test
    public void badConfigurationIsABuildErrorNamingTheFieldAndHonoursFailOnError() throws Exception {
        CredentialsProvider.lookupStores(j.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.GLOBAL, "blank", "blank", Secret.fromString("  ")));
        WorkflowRun blank = run("docspacePhoto action: 'get', userId: 'user', credentialsId: 'blank'",
                Result.FAILURE);
        j.assertLogContains("credentials 'blank': the Secret text is blank", blank);
        j.assertLogNotContains("\tat ", blank);
        DocSpaceGlobalConfiguration.get().setAllowUnlistedServers(true);
        j.assertLogContains("error=serverUrl 'http://' is not an absolute http(s) URL", run("""
                def r = docspacePhoto action: 'get', userId: 'user', serverUrl: 'http://', credentialsId: '%s',
                        failOnError: false
                echo "error=${r.error}"
                """.formatted(DocSpaceTestSupport.TOKEN_ID), Result.SUCCESS));
    }

    @Test
    public void theUploadFileMustStayInsideTheWorkspace() throws Exception {
        j.assertLogContains("must be a path relative to the workspace, not absolute", run("""
                node { docspacePhoto action: 'upload', userId: 'user', file: '/etc/passwd' }
                """, Result.FAILURE));
        j.assertLogContains("must stay inside the workspace: '..' is not allowed", run("""
                node { docspacePhoto action: 'upload', userId: 'user', file: 'a/../../secret.png' }
                """, Result.FAILURE));
        Path outside = Files.createTempFile("outside", ".png");
        try {
            WorkflowRun linked = run("""
                    node {
                      sh 'ln -sf %s link.png'
                      docspacePhoto action: 'upload', userId: 'user', file: 'link.png'
                    }
                    """.formatted(outside), Result.FAILURE);
            j.assertLogContains("leads outside the workspace", linked);
        } finally {
            Files.deleteIfExists(outside);
        }
        assertTrue("nothing was sent", docspace.emulator.requestLog().requests().isEmpty());
    }

    @Test
    public void noTemporaryCopyIsLeftOnTheControllerWhateverHappens() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = copies(tmp);
        run("""
                node {
                  writeFile file: 'avatar.png', text: 'not an image'
                  docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png', failOnError: false
                }
                """, Result.SUCCESS);
        docspace.emulator.faults().add("POST", "/api/2.0/people/{userid}/photo", Fault.applyThenReset(), 1);
        WorkflowJob job = j.createProject(WorkflowJob.class, "lost-answer");
        job.setDefinition(new CpsFlowDefinition(
                "node { docspacePhoto action: 'upload', userId: 'user', file: 'ok.png' }", true));
        DocSpaceTestSupport.writePng(j.jenkins.getWorkspaceFor(job).child("ok.png"), 40, 40);
        WorkflowRun lost = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        j.assertLogContains("the outcome is unknown", lost);
        assertEquals(before, copies(tmp));
    }

    private static Set<Path> copies(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("docspace-photo")).collect(Collectors.toSet());
        }
    }

    @Test
    public void aSecretTheServerEchoesNeverReachesTheLogOrTheResult() throws Exception {
        docspace.emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.echoCredentials(500), 2);
        WorkflowRun run = run("""
                def r = docspacePhoto action: 'get', userId: 'user', failOnError: false
                echo "error=${r.error}"
                docspacePhoto action: 'get', userId: 'user'
                """, Result.FAILURE);
        j.assertLogContains("Invalid credentials: Authorization=Bearer ****", run);
    }

    @Test
    public void prepareTurnsAGifIntoWhatDocSpaceKeeps() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "prepare");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  def r = docspacePhoto action: 'upload', userId: 'user', file: 'avatar.gif', failOnError: false
                  echo "plain: ${r.error}"
                  def up = docspacePhoto action: 'upload', userId: 'user', file: 'avatar.gif', prepare: true
                  echo "prepared: ${up.original}"
                }
                """, true));
        java.io.ByteArrayOutputStream gif = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "gif", gif);
        j.jenkins.getWorkspaceFor(job).child("avatar.gif").write().write(gif.toByteArray());
        WorkflowRun run = j.buildAndAssertSuccess(job);
        j.assertLogContains("is not a PNG or JPEG image", run);
        j.assertLogContains("_orig_300-200.", run);
        assertEquals("only the prepared upload was sent", 1, docspace.apiRequests().size());
    }

    @Test
    public void uploadFromAnAgentsWorkspace() throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        agent.setLabelString("remote");
        WorkflowJob job = j.createProject(WorkflowJob.class, "on-agent");
        job.setDefinition(new CpsFlowDefinition("""
                node('remote') {
                  def up = docspacePhoto action: 'upload', userId: 'user', file: 'from-agent.png'
                  echo "original=${up.original}"
                }
                """, true));
        DocSpaceTestSupport.writePng(agent.getWorkspaceFor(job).child("from-agent.png"), 120, 90);
        j.assertLogContains("_orig_120-90.png", j.buildAndAssertSuccess(job));
        assertEquals("one upload reached DocSpace", 1, docspace.apiRequests().size());
    }

    @Test
    public void snippetGeneratorRoundTripsEachAction() throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(j);
        snippets.assertRoundTrip(new DocSpacePhotoStep("get", "john"), "docspacePhoto action: 'get', userId: 'john'");
        DocSpacePhotoStep upload = new DocSpacePhotoStep("upload", "john");
        upload.setFile("avatar.png");
        upload.setAutosave(false);
        snippets.assertRoundTrip(upload,
                "docspacePhoto action: 'upload', autosave: false, file: 'avatar.png', userId: 'john'");
        DocSpacePhotoStep update = new DocSpacePhotoStep("update", "john");
        update.setUrl("https://example.com/a.png");
        snippets.assertRoundTrip(update, "docspacePhoto action: 'update', url: 'https://example.com/a.png', userId: 'john'");
        DocSpacePhotoStep crop = new DocSpacePhotoStep("thumbnails", "john");
        crop.setX(1);
        crop.setY(2);
        crop.setWidth(30);
        crop.setHeight(40);
        snippets.assertRoundTrip(crop,
                "docspacePhoto action: 'thumbnails', height: 40, userId: 'john', width: 30, x: 1, y: 2");
        DocSpacePhotoStep delete = new DocSpacePhotoStep("delete", "john");
        delete.setFailOnError(false);
        snippets.assertRoundTrip(delete, "docspacePhoto action: 'delete', failOnError: false, userId: 'john'");
    }
}
