package io.jenkins.plugins.docspace;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.PhotoRequest;
import io.github.docspacephoto.client.error.InvalidInputException;
import java.util.Optional;

/**
 * The form of the step and of the builder, which show the same fields: one set of checks for both descriptors.
 * Whatever lists servers or credentials, or contacts a server, checks the permission on the item being configured.
 */
final class PhotoStepForm {

    private PhotoStepForm() {
    }

    static ListBoxModel actionItems() {
        return DocSpaceForms.actionItems();
    }

    static ListBoxModel sizeItems() {
        return DocSpaceForms.sizeItems();
    }

    static FormValidation checkUserId(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.error("The user's GUID or user name is required");
        }
        if (DocSpaceForms.isVariable(value)) {
            return FormValidation.ok();
        }
        return checkedByClient(() -> PhotoRequest.checkUserId(value.trim()));
    }

    static FormValidation checkFile(String value) {
        if (value == null || value.isBlank() || DocSpaceForms.isVariable(value)) {
            return FormValidation.ok();
        }
        String broken = WorkspaceFile.brokenRule(value);
        return broken == null ? FormValidation.ok() : FormValidation.error("The file " + broken);
    }

    static FormValidation checkUrl(String value) {
        if (value == null || value.isBlank() || DocSpaceForms.isVariable(value)) {
            return FormValidation.ok();
        }
        return checkedByClient(() -> PhotoRequest.checkPhotoUrl(value));
    }

    static FormValidation checkNonNegative(String value) {
        return DocSpaceForms.checkNonNegative(value);
    }

    static ListBoxModel serverItems(Item item) {
        if (!mayConfigure(item)) {
            return new ListBoxModel();
        }
        return DocSpaceGlobalConfiguration.get().serverItems();
    }

    static FormValidation checkServer(Item item, String value) {
        if (!mayConfigure(item) || value == null || value.isBlank() || DocSpaceForms.isVariable(value)) {
            return FormValidation.ok();
        }
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        return global.server(value).isPresent() ? FormValidation.ok()
                : FormValidation.error("No server '" + value + "' in " + DocSpaceTarget.CONFIGURATION);
    }

    static FormValidation checkServerUrl(Item item, String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        if (!DocSpaceGlobalConfiguration.get().isAllowUnlistedServers()) {
            return FormValidation.error("Jobs may use only the servers in " + DocSpaceTarget.CONFIGURATION
                    + ": choose one under Server");
        }
        return DocSpaceForms.checkServerUrl(value, true);
    }

    static ListBoxModel credentialsIdItems(Item item, String server, String serverUrl, String current) {
        return DocSpaceCredentials.fill(item, urlFor(server, serverUrl), current);
    }

    static FormValidation checkCredentialsId(Item item, String server, String serverUrl, String value) {
        return DocSpaceCredentials.check(item, urlFor(server, serverUrl), value);
    }

    /**
     * Needs Item/Configure. Only a listed server may be tested from a job, so that a job's configurer cannot make
     * Jenkins send a credential to a URL of their choosing.
     */
    static FormValidation testConnection(Item item, String server, String credentialsId) {
        if (item == null) {
            return FormValidation.error("Test the connection from a job, or in " + DocSpaceTarget.CONFIGURATION);
        }
        item.checkPermission(Item.CONFIGURE);
        Optional<DocSpaceServer> listed = DocSpaceGlobalConfiguration.get().server(server);
        if (listed.isEmpty()) {
            return FormValidation.error(server == null || server.isBlank()
                    ? "No DocSpace server is defined in " + DocSpaceTarget.CONFIGURATION
                    : "No server '" + server + "' in " + DocSpaceTarget.CONFIGURATION);
        }
        String id = credentialsId == null || credentialsId.isBlank() ? listed.get().getCredentialsId() : credentialsId;
        return listed.get().testConnection(DocSpaceCredentials.findVisible(item, id, listed.get().getServerUrl()));
    }

    /** The URL credentials are matched against: the step's own where allowed, else its server's. */
    private static String urlFor(String server, String serverUrl) {
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        if (serverUrl != null && !serverUrl.isBlank() && global.isAllowUnlistedServers()) {
            return serverUrl.trim();
        }
        return global.server(server).map(DocSpaceServer::getServerUrl).orElse(null);
    }

    private static boolean mayConfigure(Item item) {
        return item == null ? jenkins.model.Jenkins.get().hasPermission(jenkins.model.Jenkins.ADMINISTER)
                : item.hasPermission(Item.CONFIGURE) || item.hasPermission(Item.EXTENDED_READ);
    }

    private static FormValidation checkedByClient(Runnable check) {
        try {
            check.run();
            return FormValidation.ok();
        } catch (InvalidInputException refused) {
            return FormValidation.error(refused.getMessage());
        }
    }
}
