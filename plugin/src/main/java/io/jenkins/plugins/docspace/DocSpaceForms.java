package io.jenkins.plugins.docspace;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoSize;
import io.github.docspacephoto.client.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Form checks shared by the step, the builder and the global configuration. */
final class DocSpaceForms {

    /** The step's own action besides the client's: save an image of the photo into the workspace. */
    static final String DOWNLOAD = "download";

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

    /** A server's name: what steps and the builder write after {@code server:}. */
    static FormValidation checkServerName(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.error("Give the server a name; steps choose it with server: 'name'");
        }
        if (!value.trim().matches("[A-Za-z0-9._-]+")) {
            return FormValidation.error("Use only letters, digits, '.', '_' and '-'");
        }
        return FormValidation.ok();
    }

    /** {@code ${VAR}} in a freestyle field, resolved when the build runs. */
    static boolean isVariable(String value) {
        return value.contains("${");
    }

    static int positiveOr(String value, int fallback) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            return number > 0 ? number : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    static ListBoxModel actionItems() {
        ListBoxModel items = new ListBoxModel();
        actionNames().forEach(name -> items.add(name, name));
        return items;
    }

    /** The client's actions, and the step's own {@code download}. */
    static List<String> actionNames() {
        List<String> names = new ArrayList<>();
        for (PhotoAction action : PhotoAction.values()) {
            names.add(action.name().toLowerCase(Locale.ROOT));
        }
        names.add(DOWNLOAD);
        return names;
    }

    static boolean isDownload(String action) {
        return action != null && DOWNLOAD.equalsIgnoreCase(action.trim());
    }

    /** The client's action with this name; download and unknown names are refused, naming the step's actions. */
    static PhotoAction photoAction(String action) {
        try {
            return PhotoAction.parse(action);
        } catch (InvalidInputException unknown) {
            throw new InvalidInputException("action", action, (action == null || action.isBlank() ? "is missing"
                    : "is not an action") + ": use one of " + String.join(", ", actionNames()));
        }
    }

    /** Sizes for download, largest first; the original is the empty value, as a step without {@code size}. */
    static ListBoxModel sizeItems() {
        ListBoxModel items = new ListBoxModel();
        for (PhotoSize size : PhotoSize.values()) {
            items.add(size.id(), size == PhotoSize.ORIGINAL ? "" : size.id());
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
