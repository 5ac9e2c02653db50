package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.FormValidation;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;

/** The freestyle build step: same execution, its own form. */
public class DocSpacePhotoBuilderTest {

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    private FreeStyleBuild build(DocSpacePhotoBuilder builder, Result expected) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);
        DocSpaceTestSupport.writePng(j.jenkins.getWorkspaceFor(project).child("avatar.png"), 400, 300);
        FreeStyleBuild build = j.assertBuildStatus(expected, project.scheduleBuild2(0));
        j.assertLogNotContains(docspace.user.token(), build);
        return build;
    }

    @Test
    public void everyActionFromAFreestyleJob() throws Exception {
        DocSpacePhotoBuilder upload = new DocSpacePhotoBuilder("upload", "user");
        upload.setFile("${FILE_NAME}");
        FreeStyleProject project = j.createFreeStyleProject();
        project.addProperty(new hudson.model.ParametersDefinitionProperty(
                new hudson.model.StringParameterDefinition("FILE_NAME", "avatar.png")));
        project.getBuildersList().add(upload);
        DocSpaceTestSupport.writePng(j.jenkins.getWorkspaceFor(project).child("avatar.png"), 400, 300);
        j.assertLogContains("Uploaded the photo of user 'user': original " + docspace.emulator.baseUri()
                + "/storage/userPhotos/root/"
                + docspace.user.id() + "_orig_400-300.png", j.buildAndAssertSuccess(project));

        j.assertLogContains("Got the photo of user 'user'", build(new DocSpacePhotoBuilder("get", "user"),
                Result.SUCCESS));
        DocSpacePhotoBuilder crop = new DocSpacePhotoBuilder("thumbnails", "user");
        crop.setWidth(100);
        crop.setHeight(100);
        j.assertLogContains("Created the thumbnails of the photo of user 'user'", build(crop, Result.SUCCESS));
        DocSpacePhotoBuilder update = new DocSpacePhotoBuilder("update", "user");
        update.setUrl(docspace.emulator.baseUri() + "/static/images/default_user_photo_size_82-82.png");
        j.assertLogContains("_orig_82-82.png", build(update, Result.SUCCESS));
        j.assertLogContains("Deleted the photo of user 'user'", build(new DocSpacePhotoBuilder("delete", "user"),
                Result.SUCCESS));
    }

    @Test
    public void wrongTokenFailsTheBuildWithDocSpacesAnswer() throws Exception {
        DocSpacePhotoBuilder get = new DocSpacePhotoBuilder("get", "user");
        get.setCredentialsId(DocSpaceTestSupport.WRONG_ID);
        j.assertLogContains("DocSpace answered 401", build(get, Result.FAILURE));
    }

    @Test
    public void configRoundtripKeepsEveryField() throws Exception {
        DocSpacePhotoBuilder builder = new DocSpacePhotoBuilder("thumbnails", "john");
        builder.setX(5);
        builder.setY(6);
        builder.setWidth(70);
        builder.setHeight(80);
        builder.setTmpFile("/storage/userPhotos/temp/x.png");
        builder.setCredentialsId(DocSpaceTestSupport.TOKEN_ID);
        builder.setFailOnError(false);
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);
        j.configRoundtrip(project);
        DocSpacePhotoBuilder after = project.getBuildersList().get(DocSpacePhotoBuilder.class);
        j.assertEqualDataBoundBeans(builder, after);
        assertNull(after.getServerUrl());
    }

    @Test
    public void credentialUseIsTracked() throws Exception {
        FreeStyleBuild build = build(new DocSpacePhotoBuilder("get", "user"), Result.SUCCESS);
        StandardCredentials token = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                j.jenkins, null, List.of()).stream()
                .filter(c -> c.getId().equals(DocSpaceTestSupport.TOKEN_ID)).findFirst().orElseThrow();
        var fingerprint = CredentialsProvider.getFingerprintOf(token);
        assertEquals(List.of(build.getParent().getFullName()), fingerprint.getJobs());
        assertTrue(fingerprint.getRangeSet(build.getParent()).includes(build.getNumber()));
    }

    @Test
    public void aSavedFreestyleJobLoadsAndRuns() throws Exception {
        FreeStyleProject loaded;
        try (var xml = getClass().getResourceAsStream("freestyle-job.xml")) {
            loaded = (FreeStyleProject) j.jenkins.createProjectFromXML("saved", xml);
        }
        DocSpacePhotoBuilder builder = loaded.getBuildersList().get(DocSpacePhotoBuilder.class);
        assertEquals("get", builder.getAction());
        assertEquals(DocSpaceTestSupport.SERVER, builder.getServer());
        assertEquals(DocSpaceTestSupport.LOGIN_ID, builder.getCredentialsId());
        j.assertLogContains("[DocSpace] Got the photo of user 'user'", j.buildAndAssertSuccess(loaded));
        String saved = loaded.getConfigFile().asString();
        assertTrue(saved, saved.contains("<userId>user</userId>"));
        assertFalse(saved, saved.contains("parameters"));
    }

    @Test
    public void theBuilderChecksTheSameFieldsAsTheStep() {
        DocSpacePhotoBuilder.DescriptorImpl builder = j.jenkins.getDescriptorByType(DocSpacePhotoBuilder.DescriptorImpl.class);
        DocSpacePhotoStep.DescriptorImpl step = j.jenkins.getDescriptorByType(DocSpacePhotoStep.DescriptorImpl.class);
        for (String bad : new String[] {"-1", "x"}) {
            assertEquals(step.doCheckX(bad).kind, builder.doCheckX(bad).kind);
            assertEquals(FormValidation.Kind.ERROR, builder.doCheckWidth(bad).kind);
        }
        assertEquals(FormValidation.Kind.ERROR, builder.doCheckUserId("../admin").kind);
        assertEquals(FormValidation.Kind.ERROR, builder.doCheckFile("/etc/passwd").kind);
        assertEquals(FormValidation.Kind.ERROR, builder.doCheckFile("a/../../b.png").kind);
        assertEquals(FormValidation.Kind.OK, builder.doCheckFile("avatars/${USER}.png").kind);
        assertEquals(FormValidation.Kind.ERROR, builder.doCheckUrl("ftp://example.com/a.png").kind);
        assertEquals(FormValidation.Kind.ERROR, builder.doCheckServerUrl(null, "https://elsewhere.example").kind);
        assertEquals(step.doFillActionItems().size(), builder.doFillActionItems().size());
    }
}
