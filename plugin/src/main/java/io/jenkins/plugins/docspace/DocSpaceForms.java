package io.jenkins.plugins.docspace;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.PhotoAction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Form checks shared by the step, the builder and the global configuration. */
final class DocSpaceForms {

    private DocSpaceForms() {
    }

    static FormValidation checkServerUrl(String value, boolean optional) {
        if (value == null || value.isBlank()) {
            return optional ? FormValidation.ok() : FormValidation.error("Enter the DocSpace URL, e.g. https://docspace.example.com");
        }
        try {
            URI uri = new URI(value.trim());
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()))) {
                return FormValidation.error("Not an absolute http(s) URL");
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
                return FormValidation.error("Give the portal's URL only, without user name or query");
            }
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                return FormValidation.warning("Plain http sends the token unencrypted; use https");
            }
            return FormValidation.ok();
        } catch (URISyntaxException e) {
            return FormValidation.error("Not a URL: " + e.getReason());
        }
    }

    static ListBoxModel actionItems() {
        ListBoxModel items = new ListBoxModel();
        for (PhotoAction action : PhotoAction.values()) {
            String name = action.name().toLowerCase(Locale.ROOT);
            items.add(name, name);
        }
        return items;
    }

    static FormValidation checkRequired(String value, String what) {
        return value == null || value.isBlank() ? FormValidation.error(what + " is required") : FormValidation.ok();
    }

    static FormValidation checkNonNegative(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        return FormValidation.validateNonNegativeInteger(value);
    }
}
