package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Result;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/** {@code action: 'download'} into the workspace, and the build's "DocSpace photos" page with its kept copies. */
public class BuildPhotosTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    private WorkflowRun run(WorkflowJob job, String script, Result expected) throws Exception {
        return docspace.runPipeline(job, script, expected);
    }

    @Test
    public void downloadWritesTheImageIntoTheWorkspaceAndReturnsItsPixelSize() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "download");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        DocSpaceTestSupport.writePng(workspace.child("avatar.png"), 640, 480);
        WorkflowRun run = run(job, """
                node {
                  docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png'
                  def max = docspacePhoto action: 'download', userId: 'user', size: 'max', file: 'avatars/john.png'
                  echo "max: ${max.width}x${max.height} ${max.mediaType} in ${max.file}"
                  def original = docspacePhoto action: 'download', userId: 'user', file: 'avatars/john.png'
                  echo "original: ${original.width}x${original.height} ${original.bytes} bytes"
                }
                """, Result.SUCCESS);
        j.assertLogContains("max: 200x200 image/png in avatars/john.png", run);
        j.assertLogContains("original: 640x480", run);
        BufferedImage saved = ImageIO.read(new ByteArrayInputStream(readAll(workspace.child("avatars/john.png"))));
        assertEquals("the second download replaced the first", 640, saved.getWidth());
        assertEquals("no partial file is left beside it", 1, workspace.child("avatars").list().size());
    }

    @Test
    public void aDownloadOutsideTheWorkspaceOrOfAnUnknownSizeIsRefusedBeforeAnythingIsSent() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "refused");
        WorkflowRun outside = run(job, "node { docspacePhoto action: 'download', userId: 'user', file: '../john.png' }",
                Result.FAILURE);
        j.assertLogContains("file '../john.png' must stay inside the workspace", outside);
        WorkflowRun huge = run(job, """
                node { docspacePhoto action: 'download', userId: 'user', size: 'huge', file: 'john.png' }
                """, Result.FAILURE);
        j.assertLogContains("size 'huge' is not a photo size: give one of original, retina, max, big, medium, small",
                huge);
        WorkflowRun noNode = run(job, "docspacePhoto action: 'download', userId: 'user', file: 'john.png'",
                Result.FAILURE);
        j.assertLogContains("use docspacePhoto inside a node block", noNode);
        assertEquals(List.of(), docspace.emulator.requestLog().requests());
    }

    @Test
    public void theBuildPageShowsEachStepWithCopiesKeptWhenThePhotoChangesLater() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "page");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        DocSpaceTestSupport.writePng(workspace.child("avatar.png"), 640, 480);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader", "outsider")
                .grant(Item.READ).onItems(job).to("reader"));
        WorkflowRun first = run(job, """
                node {
                  docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png'
                  docspacePhoto action: 'get', userId: 'nobody-here', failOnError: false
                }
                """, Result.SUCCESS);

        BuildPhotos photos = first.getAction(BuildPhotos.class);
        assertEquals(2, photos.getEntries().size());
        BuildPhotos.Entry upload = photos.getEntries().get(0);
        assertTrue(upload.isSuccessful());
        assertEquals(List.of("big", "medium", "small"), upload.getImages().stream().map(BuildPhotos.Image::getPhotoSize)
                .toList());
        BuildPhotos.Entry failed = photos.getEntries().get(1);
        assertFalse(failed.isSuccessful());
        assertTrue(failed.getOutcome(), failed.getOutcome().contains("nobody-here"));
        assertEquals(List.of(), failed.getImages());

        JenkinsRule.WebClient reader = j.createWebClient().login("reader");
        HtmlPage page = reader.getPage(first, BuildPhotos.URL_NAME + "/");
        List<DomElement> images = page.getElementsByTagName("img").stream()
                .filter(image -> image.getAttribute("src").matches("(.*/)?image/\\d+-.*")).toList();
        assertEquals(3, images.size());
        byte[] big = null;
        for (DomElement image : images) {
            Page served = reader.getPage(page.getFullyQualifiedUrl(image.getAttribute("src")));
            assertEquals("image/png", served.getWebResponse().getContentType());
            byte[] bytes = served.getWebResponse().getContentAsStream().readAllBytes();
            assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(bytes, 8));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(image.getAttribute("width"), String.valueOf(decoded.getWidth()));
            if (big == null) {
                big = bytes;
            }
        }
        HtmlPage buildPage = reader.getPage(first);
        assertTrue(buildPage.asNormalizedText(), buildPage.asNormalizedText().contains("DocSpace photos"));

        String imageUrl = first.getUrl() + BuildPhotos.URL_NAME + "/image/" + upload.getImages().get(0).getFileName();
        JenkinsRule.WebClient anonymous = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        Page signIn = anonymous.goTo(imageUrl, null);
        assertFalse(signIn.getWebResponse().getContentType().startsWith("image/"));
        assertTrue("anonymous users are asked to sign in",
                signIn.getWebResponse().getContentAsString().contains("Sign in"));
        JenkinsRule.WebClient outsider = j.createWebClient().withThrowExceptionOnFailingStatusCode(false)
                .login("outsider");
        Page hidden = outsider.goTo(imageUrl, null);
        assertEquals("a job they may not read does not exist for them", 404,
                hidden.getWebResponse().getStatusCode());
        assertFalse(hidden.getWebResponse().getContentType().startsWith("image/"));

        DocSpaceTestSupport.writePng(workspace.child("avatar.png"), 300, 300);
        run(job, "node { docspacePhoto action: 'upload', userId: 'user', file: 'avatar.png' }", Result.SUCCESS);
        Page later = reader.goTo(imageUrl, "image/png");
        assertArrayEquals("the first build still shows the photo it saw", big,
                later.getWebResponse().getContentAsStream().readAllBytes());

        String xml = Files.readString(first.getRootDir().toPath().resolve("build.xml"));
        assertTrue(xml, xml.contains("BuildPhotos"));
        assertFalse(xml, xml.contains(docspace.user.token()));
        assertFalse(xml, xml.contains(DocSpaceTestSupport.TOKEN_ID));
    }

    @Test
    public void aBuildKeepsCopiesForItsFirstTwentyStepsOnly() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "many");
        WorkflowRun run = run(job, """
                for (int i = 0; i < 22; i++) {
                  docspacePhoto action: 'get', userId: 'user'
                }
                """, Result.SUCCESS);
        List<BuildPhotos.Entry> entries = run.getAction(BuildPhotos.class).getEntries();
        assertEquals(22, entries.size());
        assertEquals(3, entries.get(19).getImages().size());
        assertNull(entries.get(19).getNote());
        assertEquals(List.of(), entries.get(20).getImages());
        assertNotNull(entries.get(20).getNote());
        try (var kept = Files.list(run.getRootDir().toPath().resolve(BuildPhotos.URL_NAME))) {
            assertEquals(20 * 3, kept.count());
        }
    }

    private static byte[] readAll(FilePath file) throws Exception {
        try (InputStream in = file.read()) {
            return in.readAllBytes();
        }
    }
}
