package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.model.CNode;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;

/** The list of servers in Configuration as Code: import and export under the symbol {@code docspace}. */
public class ConfigurationAsCodeTest {

    @Rule
    public JenkinsConfiguredWithCodeRule j = new JenkinsConfiguredWithCodeRule();

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    public void importsAndExports() throws Exception {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        assertEquals(List.of("corporate", "partners"), global.names());
        DocSpaceServer corporate = global.getServers().get(0);
        assertEquals("https://docspace.example.com", corporate.getServerUrl());
        assertEquals("docspace-token", corporate.getCredentialsId());
        assertEquals(5, corporate.getConnectTimeoutSeconds());
        assertEquals(30, corporate.getReadTimeoutSeconds());
        assertEquals(60, global.getServers().get(1).getReadTimeoutSeconds());
        assertFalse(global.isAllowUnlistedServers());

        ConfiguratorRegistry registry = ConfiguratorRegistry.get();
        ConfigurationContext context = new ConfigurationContext(registry);
        CNode exported = Util.getUnclassifiedRoot(context).get("docspace");
        assertEquals(Util.toStringFromYamlFile(this, "configuration-as-code-expected.yml"), Util.toYamlString(exported));
    }
}
