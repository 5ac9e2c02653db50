package io.jenkins.plugins.docspace;

import hudson.ProxyConfiguration;
import io.github.docspacephoto.client.ProxySettings;
import java.net.Proxy;
import java.net.URI;
import jenkins.model.Jenkins;

/**
 * The proxy of Manage Jenkins » Plugins » Advanced settings for a DocSpace server: none when no proxy is set or the
 * server's host matches one of its no-proxy host patterns; with its user name and password when it has them.
 */
final class JenkinsProxy {

    private JenkinsProxy() {
    }

    static ProxySettings forServer(URI server) {
        ProxyConfiguration configured = Jenkins.get().getProxy();
        if (configured == null || configured.name == null || configured.name.isBlank()) {
            return null;
        }
        if (configured.createProxy(server.getHost()).type() == Proxy.Type.DIRECT) {
            return null;
        }
        String password = configured.getSecretPassword() == null ? null
                : configured.getSecretPassword().getPlainText();
        return new ProxySettings(configured.name, configured.port, configured.getUserName(), password);
    }
}
