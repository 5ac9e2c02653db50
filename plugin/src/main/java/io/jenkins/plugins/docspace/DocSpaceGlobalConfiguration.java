package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.Extension;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.client.error.DocSpaceException;
import java.net.URI;
import java.time.Duration;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Manage Jenkins » System » DocSpace: the server, the default credentials' id and the timeouts. */
@Extension
@Symbol("docspace")
public class DocSpaceGlobalConfiguration extends GlobalConfiguration {

    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;

    private String serverUrl;
    private String credentialsId;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT_SECONDS;

    public DocSpaceGlobalConfiguration() {
        load();
    }

    public static DocSpaceGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(DocSpaceGlobalConfiguration.class);
    }

    public String getServerUrl() {
        return serverUrl;
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl == null || serverUrl.isBlank() ? null : serverUrl.trim();
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId;
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds > 0 ? connectTimeoutSeconds : DEFAULT_CONNECT_TIMEOUT_SECONDS;
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds > 0 ? readTimeoutSeconds : DEFAULT_READ_TIMEOUT_SECONDS;
        save();
    }

    /** One try, changing nothing on the server; shared by the global and the job forms' buttons. */
    FormValidation testConnection(String serverUrl, StandardCredentials credentials) {
        if (credentials == null) {
            return FormValidation.error("Choose Secret text or Username with password credentials that can be used here");
        }
        try {
            DocSpaceSettings settings = settings(URI.create(serverUrl))
                    .credentials(DocSpaceCredentials.toClientCredentials(credentials))
                    .maxAttempts(1)
                    .build();
            return FormValidation.ok(DocSpacePhotos.connect(settings).checkConnection());
        } catch (DocSpaceException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** Client settings for a server, with the configured timeouts; credentials are added by the caller. */
    DocSpaceSettings.Builder settings(URI server) {
        return DocSpaceSettings.builder(server)
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .readTimeout(Duration.ofSeconds(readTimeoutSeconds));
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

    /** Contacts the server with a stored credential, so only administrators may, and only by POST. */
    @POST
    public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        FormValidation url = DocSpaceForms.checkServerUrl(serverUrl, false);
        if (url.kind == FormValidation.Kind.ERROR) {
            return url;
        }
        return testConnection(serverUrl.trim(), DocSpaceCredentials.findVisible(null, credentialsId, serverUrl));
    }
}
