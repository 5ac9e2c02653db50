package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import hudson.FilePath;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
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
        WorkflowJob job = j.createProject(WorkflowJob.class, "p" + j.jenkins.getItems().size());
        job.setDefinition(new CpsFlowDefinition(script, true));
        WorkflowRun run = j.assertBuildStatus(expected, job.scheduleBuild2(0));
        j.assertLogNotContains(docspace.user.token(), run);
        j.assertLogNotContains(docspace.user.password(), run);
        return run;
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
    public void anotherServerNeedsItsOwnCredentials() throws Exception {
        WorkflowRun run = run("docspacePhoto action: 'get', userId: 'user', serverUrl: 'https://attacker.example'",
                Result.FAILURE);
        j.assertLogContains("serverUrl is given, so credentialsId must be given too", run);
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
        assertEquals("one upload reached DocSpace", 1,
                docspace.emulator.requestLog().requests().size());
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
