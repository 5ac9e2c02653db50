package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.model.CNode;
import org.junit.Rule;
import org.junit.Test;

/** The global configuration in Configuration as Code: import and export under the symbol {@code docspace}. */
public class ConfigurationAsCodeTest {

    @Rule
    public JenkinsConfiguredWithCodeRule j = new JenkinsConfiguredWithCodeRule();

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    public void importsAndExports() throws Exception {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        assertEquals("https://docspace.example.com", global.getServerUrl());
        assertEquals("docspace-token", global.getCredentialsId());
        assertEquals(5, global.getConnectTimeoutSeconds());
        assertEquals(30, global.getReadTimeoutSeconds());

        ConfiguratorRegistry registry = ConfiguratorRegistry.get();
        ConfigurationContext context = new ConfigurationContext(registry);
        CNode exported = Util.getUnclassifiedRoot(context).get("docspace");
        assertEquals(Util.toStringFromYamlFile(this, "configuration-as-code-expected.yml"), Util.toYamlString(exported));
    }
}
