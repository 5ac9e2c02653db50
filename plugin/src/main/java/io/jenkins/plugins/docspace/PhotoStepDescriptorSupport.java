package io.jenkins.plugins.docspace;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/**
 * The form methods of the step's and the builder's descriptors, which show the same fields. Everything that
 * reads credentials or contacts a server checks the permission on the item being configured.
 */
final class PhotoStepDescriptorSupport {

    private PhotoStepDescriptorSupport() {
    }

    static ListBoxModel fillCredentialsIdItems(Item item, String serverUrl, String credentialsId) {
        return DocSpaceCredentials.fill(item, effectiveServer(serverUrl), credentialsId);
    }

    static FormValidation checkCredentialsId(Item item, String serverUrl, String value) {
        return DocSpaceCredentials.check(item, effectiveServer(serverUrl), value);
    }

    /**
     * Needs Item/Configure on the item. Only the configured server may be tested from a job, so that a job's
     * configurer cannot make Jenkins send a credential to a URL of their choosing.
     */
    static FormValidation testConnection(Item item, String serverUrl, String credentialsId) {
        if (item == null) {
            return FormValidation.error("Test the connection from a job, or in Manage Jenkins » System");
        }
        item.checkPermission(Item.CONFIGURE);
        String configured = DocSpaceGlobalConfiguration.get().getServerUrl();
        if (serverUrl != null && !serverUrl.isBlank() && !serverUrl.trim().equals(configured)) {
            return FormValidation.error("Only the server configured in Manage Jenkins » System can be tested here");
        }
        if (configured == null) {
            return FormValidation.error("No DocSpace server is configured in Manage Jenkins » System");
        }
        String id = credentialsId == null || credentialsId.isBlank()
                ? DocSpaceGlobalConfiguration.get().getCredentialsId() : credentialsId;
        return DocSpaceGlobalConfiguration.get().testConnection(configured,
                DocSpaceCredentials.findVisible(item, id, configured));
    }

    private static String effectiveServer(String serverUrl) {
        return serverUrl == null || serverUrl.isBlank() ? DocSpaceGlobalConfiguration.get().getServerUrl() : serverUrl;
    }
}
