package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.github.docspacephoto.client.DocSpaceSettings;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a step sends its request and with which credentials, decided before anything is sent: a server the
 * administrator listed (by name, or the first), or an unlisted URL only where the administrator allows it and the
 * step names its own credentials, so that the default credentials never go to a host a job chose.
 */
record DocSpaceTarget(DocSpaceSettings settings, StandardCredentials credentials) {

    static final String CONFIGURATION = "Manage Jenkins » System » DocSpace";

    static DocSpaceTarget resolve(PhotoStepParameters parameters, Run<?, ?> run) throws AbortException {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        DocSpaceServer server;
        URI url;
        String credentialsId = parameters.credentialsId();
        if (parameters.serverUrl() != null) {
            if (!global.isAllowUnlistedServers()) {
                throw new AbortException("serverUrl '" + parameters.serverUrl() + "' is not allowed: jobs may use"
                        + " only the servers in " + CONFIGURATION + " (server: one of " + global.names() + "), unless"
                        + " an administrator allows servers that are not in the list");
            }
            if (credentialsId == null) {
                throw new AbortException("serverUrl is given, so credentialsId must be given too");
            }
            url = parseUrl(parameters.serverUrl());
            server = new DocSpaceServer("unlisted", url.toString());
        } else {
            server = global.server(parameters.server()).orElseThrow(() -> parameters.server() == null
                    ? new AbortException("no DocSpace server is defined: add one in " + CONFIGURATION)
                    : new AbortException("server '" + parameters.server() + "' is not defined in " + CONFIGURATION
                            + "; defined: " + global.names()));
            url = parseUrl(server.getServerUrl());
            if (credentialsId == null) {
                credentialsId = server.getCredentialsId();
            }
        }
        if (credentialsId == null) {
            throw new AbortException("no DocSpace credentials: give credentialsId, or default credentials for server '"
                    + server.getName() + "' in " + CONFIGURATION);
        }
        StandardCredentials credentials = DocSpaceCredentials.find(run, credentialsId, url.toString());
        if (credentials == null) {
            throw new AbortException("credentials '" + credentialsId + "' were not found, are not Secret text or"
                    + " Username with password, or may not be used by this build");
        }
        DocSpaceSettings settings = server.settings(url)
                .credentials(DocSpaceCredentials.toClientCredentials(credentials))
                .build();
        return new DocSpaceTarget(settings, credentials);
    }

    private static URI parseUrl(String url) throws AbortException {
        try {
            URI parsed = new URI(url.trim());
            if (parsed.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
            return parsed;
        } catch (URISyntaxException e) {
            throw new AbortException("serverUrl '" + url + "' is not an absolute http(s) URL of a DocSpace portal");
        }
    }
}
