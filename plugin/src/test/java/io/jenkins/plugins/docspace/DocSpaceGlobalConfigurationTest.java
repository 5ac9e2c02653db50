package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.FreeStyleProject;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.nio.file.Files;
import java.util.List;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;
import org.kohsuke.stapler.Stapler;

/** The list of servers, its form, and the credentials it offers. */
public class DocSpaceGlobalConfigurationTest {

    private static final String SYSTEM_ID = "docspace-system";

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    @Test
    public void configRoundtripKeepsEveryServerAndStoresOnlyTheCredentialsId() throws Exception {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        DocSpaceServer local = global.getServers().get(0);
        local.setConnectTimeoutSeconds(7);
        local.setReadTimeoutSeconds(42);
        DocSpaceServer other = new DocSpaceServer("other", "https://docspace.example.com");
        global.setServers(List.of(local, other));
        global.setAllowUnlistedServers(true);

        j.configRoundtrip();

        assertEquals(List.of(DocSpaceTestSupport.SERVER, "other"), global.names());
        DocSpaceServer after = global.getServers().get(0);
        j.assertEqualDataBoundBeans(local, after);
        assertEquals(7, after.getConnectTimeoutSeconds());
        assertNull(global.getServers().get(1).getCredentialsId());
        assertTrue(global.isAllowUnlistedServers());
        String xml = Files.readString(j.jenkins.getRootDir().toPath()
                .resolve(DocSpaceGlobalConfiguration.class.getName() + ".xml"));
        assertTrue(xml, xml.contains(DocSpaceTestSupport.TOKEN_ID));
        assertFalse(xml, xml.contains(docspace.user.token()));
    }

    @Test
    public void aFormWithoutServersOrTheBoxRemovesThem() throws Exception {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        global.setAllowUnlistedServers(true);
        // what the browser sends after the last server was deleted and the box unticked: neither key
        j.executeOnServer(() -> global.configure(Stapler.getCurrentRequest2(), new JSONObject()));
        assertTrue(global.getServers().isEmpty());
        assertFalse(global.isAllowUnlistedServers());
    }

    @Test
    public void testConnectionReportsSuccessAndFailure() {
        DocSpaceServer.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(DocSpaceServer.DescriptorImpl.class);
        String url = docspace.emulator.baseUri().toString();
        FormValidation ok = descriptor.doTestConnection(url, DocSpaceTestSupport.TOKEN_ID, "5", "5");
        assertEquals(ok.getMessage(), FormValidation.Kind.OK, ok.kind);
        FormValidation wrong = descriptor.doTestConnection(url, DocSpaceTestSupport.WRONG_ID, "5", "5");
        assertEquals(FormValidation.Kind.ERROR, wrong.kind);
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("401"));
        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckServerUrl("ftp://x").kind);
        assertEquals(FormValidation.Kind.WARNING, descriptor.doCheckServerUrl("http://docspace.example.com").kind);
        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckName("two words").kind);
    }

    @Test
    public void systemScopedCredentialsAreNeitherOfferedNorAcceptedNorTested() throws Exception {
        CredentialsProvider.lookupStores(j.jenkins).iterator().next().addCredentials(Domain.global(),
                new StringCredentialsImpl(CredentialsScope.SYSTEM, SYSTEM_ID, "for Jenkins itself",
                        Secret.fromString(docspace.user.token())));
        String url = docspace.emulator.baseUri().toString();
        DocSpaceServer.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(DocSpaceServer.DescriptorImpl.class);

        ListBoxModel offered = descriptor.doFillCredentialsIdItems(url, null);
        assertTrue(offered.toString(), offered.stream().anyMatch(o -> o.value.equals(DocSpaceTestSupport.TOKEN_ID)));
        assertFalse(offered.toString(), offered.stream().anyMatch(o -> o.value.equals(SYSTEM_ID)));
        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckCredentialsId(url, SYSTEM_ID).kind);
        assertEquals(FormValidation.Kind.ERROR, descriptor.doTestConnection(url, SYSTEM_ID, "5", "5").kind);

        // what a build would do with it: not found, as the form said
        DocSpaceServer local = DocSpaceGlobalConfiguration.get().getServers().get(0);
        local.setCredentialsId(SYSTEM_ID);
        DocSpaceGlobalConfiguration.get().setServers(List.of(local));
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new DocSpacePhotoBuilder("get", "user"));
        j.assertLogContains("credentials '" + SYSTEM_ID + "' were not found",
                j.assertBuildStatus(hudson.model.Result.FAILURE, project.scheduleBuild2(0)));
    }
}
