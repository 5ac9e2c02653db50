package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.client.error.DocSpaceException;
import java.net.URI;
import java.time.Duration;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One DocSpace portal an administrator lets jobs use, by name: its URL, the credentials a step uses unless it names
 * its own, and timeouts. Only the credentials' id is stored.
 */
public class DocSpaceServer extends AbstractDescribableImpl<DocSpaceServer> {

    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;

    private final String name;
    private final String serverUrl;
    private String credentialsId;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT_SECONDS;

    @DataBoundConstructor
    public DocSpaceServer(String name, String serverUrl) {
        this.name = Util.fixEmptyAndTrim(name);
        this.serverUrl = Util.fixEmptyAndTrim(serverUrl);
    }

    public String getName() {
        return name;
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds > 0 ? connectTimeoutSeconds : DEFAULT_CONNECT_TIMEOUT_SECONDS;
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds > 0 ? readTimeoutSeconds : DEFAULT_READ_TIMEOUT_SECONDS;
    }

    /** Client settings for this server's URL (or another, for an unlisted one) with its timeouts and Jenkins' proxy. */
    DocSpaceSettings.Builder settings(URI server) {
        return DocSpaceSettings.builder(server)
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .readTimeout(Duration.ofSeconds(readTimeoutSeconds))
                .proxy(JenkinsProxy.forServer(server));
    }

    /** One try with these credentials, changing nothing on the server; for the Test connection buttons. */
    FormValidation testConnection(StandardCredentials credentials) {
        if (credentials == null) {
            return FormValidation.error("Choose Secret text or Username with password credentials that can be used"
                    + " here");
        }
        try {
            DocSpaceSettings settings = settings(URI.create(serverUrl))
                    .credentials(DocSpaceCredentials.toClientCredentials(credentials))
                    .maxAttempts(1)
                    .build();
            return FormValidation.ok(DocSpacePhotos.connect(settings).checkConnection());
        } catch (DocSpaceException | AbortException | IllegalArgumentException e) {
            return FormValidation.error(DocSpaceCredentials.mask(credentials, e.getMessage()));
        }
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<DocSpaceServer> {

        @NonNull
        @Override
        public String getDisplayName() {
            return "DocSpace server";
        }

        public FormValidation doCheckName(@QueryParameter String value) {
            return DocSpaceForms.checkServerName(value);
        }

        public FormValidation doCheckServerUrl(@QueryParameter String value) {
            return DocSpaceForms.checkServerUrl(value, false);
        }

        public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
            return FormValidation.validatePositiveInteger(value);
        }

        public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
            return FormValidation.validatePositiveInteger(value);
        }

        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String serverUrl,
                                                     @QueryParameter String credentialsId) {
            return DocSpaceCredentials.fill(null, serverUrl, credentialsId);
        }

        public FormValidation doCheckCredentialsId(@QueryParameter String serverUrl, @QueryParameter String value) {
            return DocSpaceCredentials.check(null, serverUrl, value);
        }

        /** Sends a stored credential to the URL in the form, so only administrators may, and only by POST. */
        @POST
        public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String credentialsId,
                                               @QueryParameter String connectTimeoutSeconds,
                                               @QueryParameter String readTimeoutSeconds) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            FormValidation url = DocSpaceForms.checkServerUrl(serverUrl, false);
            if (url.kind == FormValidation.Kind.ERROR) {
                return url;
            }
            DocSpaceServer server = new DocSpaceServer("test", serverUrl);
            server.setConnectTimeoutSeconds(DocSpaceForms.positiveOr(connectTimeoutSeconds, DEFAULT_CONNECT_TIMEOUT_SECONDS));
            server.setReadTimeoutSeconds(DocSpaceForms.positiveOr(readTimeoutSeconds, DEFAULT_READ_TIMEOUT_SECONDS));
            return server.testConnection(DocSpaceCredentials.findVisible(null, credentialsId, serverUrl));
        }
    }
}
