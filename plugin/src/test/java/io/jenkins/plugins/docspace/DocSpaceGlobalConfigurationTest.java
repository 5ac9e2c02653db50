package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/** The global configuration, its form, and who may use which form endpoint. */
public class DocSpaceGlobalConfigurationTest {

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    @Test
    public void configRoundtripKeepsTheSettingsAndStoresOnlyTheCredentialsId() throws Exception {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        global.setConnectTimeoutSeconds(7);
        global.setReadTimeoutSeconds(42);
        j.configRoundtrip();
        assertEquals(docspace.emulator.baseUri().toString(), global.getServerUrl());
        assertEquals(DocSpaceTestSupport.TOKEN_ID, global.getCredentialsId());
        assertEquals(7, global.getConnectTimeoutSeconds());
        assertEquals(42, global.getReadTimeoutSeconds());
        String xml = java.nio.file.Files.readString(j.jenkins.getRootDir().toPath()
                .resolve(DocSpaceGlobalConfiguration.class.getName() + ".xml"));
        assertTrue(xml, xml.contains(DocSpaceTestSupport.TOKEN_ID));
        assertTrue(xml, !xml.contains(docspace.user.token()));
    }

    @Test
    public void testConnectionReportsSuccessAndFailure() {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        FormValidation ok = global.doTestConnection(global.getServerUrl(), DocSpaceTestSupport.TOKEN_ID);
        assertEquals(ok.getMessage(), FormValidation.Kind.OK, ok.kind);
        FormValidation wrong = global.doTestConnection(global.getServerUrl(), DocSpaceTestSupport.WRONG_ID);
        assertEquals(FormValidation.Kind.ERROR, wrong.kind);
        assertTrue(wrong.getMessage(), wrong.getMessage().contains("401"));
        assertEquals(FormValidation.Kind.ERROR, global.doCheckServerUrl("ftp://x").kind);
        assertEquals(FormValidation.Kind.WARNING, global.doCheckServerUrl("http://docspace.example.com").kind);
    }

    @Test
    public void formEndpointsCheckPermissions() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("job");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to("configurer"));

        JenkinsRule.WebClient reader = j.createWebClient().login("reader");
        reader.setThrowExceptionOnFailingStatusCode(false);
        WebRequest globalTest = new WebRequest(j.createWebClient().createCrumbedUrl(
                "descriptorByName/io.jenkins.plugins.docspace.DocSpaceGlobalConfiguration/testConnection"
                        + "?serverUrl=https://attacker.example&credentialsId=" + DocSpaceTestSupport.TOKEN_ID),
                HttpMethod.POST);
        assertEquals(403, reader.getPage(globalTest).getWebResponse().getStatusCode());
        assertEquals("Stapler does not dispatch a @POST method for GET", 404, reader.goTo("descriptorByName/"
                + "io.jenkins.plugins.docspace.DocSpaceGlobalConfiguration/testConnection", null)
                .getWebResponse().getStatusCode());

        try (var ignored = hudson.security.ACL.as2(hudson.model.User.getById("reader", true).impersonate2())) {
            ListBoxModel items = DocSpaceCredentials.fill(project, null, "current");
            assertEquals("a reader sees only the current value", 1, items.size());
            assertEquals("current", items.get(0).value);
            ListBoxModel global = DocSpaceCredentials.fill(null, null, "current");
            assertEquals(1, global.size());
        }
        try (var ignored = hudson.security.ACL.as2(hudson.model.User.getById("configurer", true).impersonate2())) {
            ListBoxModel items = DocSpaceCredentials.fill(project, null, null);
            assertTrue(items.toString(), items.stream().anyMatch(o -> o.value.equals(DocSpaceTestSupport.TOKEN_ID)));
            FormValidation elsewhere = PhotoStepDescriptorSupport.testConnection(project, "https://attacker.example",
                    DocSpaceTestSupport.TOKEN_ID);
            assertEquals(FormValidation.Kind.ERROR, elsewhere.kind);
            assertTrue(elsewhere.getMessage(), elsewhere.getMessage().contains("Only the server configured"));
            assertEquals(FormValidation.Kind.OK,
                    PhotoStepDescriptorSupport.testConnection(project, null, DocSpaceTestSupport.TOKEN_ID).kind);
        }
    }
}
