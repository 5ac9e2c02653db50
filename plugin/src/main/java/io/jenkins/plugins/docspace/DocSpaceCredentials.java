package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.error.SecretMask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * The credential kinds DocSpace takes, and how they are listed, checked and resolved as the credentials plugin's
 * consumer guide says: listing needs Overall/Administer globally, or Item/Extended Read or Credentials/Use Item on
 * an item; a run resolves them as the run's own authentication.
 */
final class DocSpaceCredentials {

    /** Secret text (a personal access token or an sk- API key) or a user name with password. */
    static final CredentialsMatcher USABLE = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    /**
     * What a build can resolve: SYSTEM-scoped credentials are for Jenkins itself, and a run never finds them, so
     * the global forms must not offer or accept them either.
     */
    private static final CredentialsMatcher USABLE_BY_BUILDS = CredentialsMatchers.allOf(USABLE,
            CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM)));

    private DocSpaceCredentials() {
    }

    static ListBoxModel fill(Item item, String serverUrl, String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!mayList(item)) {
            return model.includeCurrentValue(current);
        }
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class,
                    requirements(serverUrl), USABLE_BY_BUILDS);
        } else {
            model.includeMatchingAs(authenticationOf(item), item, StandardCredentials.class,
                    requirements(serverUrl), USABLE);
        }
        return model.includeCurrentValue(current);
    }

    static FormValidation check(Item item, String serverUrl, String value) {
        if (!mayList(item)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return item == null
                    ? FormValidation.warning("Without default credentials every step must name its own")
                    : FormValidation.ok();
        }
        if (value.startsWith("${") && value.endsWith("}")) {
            return FormValidation.warning("Resolved when the build runs");
        }
        if (findVisible(item, value, serverUrl) == null) {
            return FormValidation.error("No Secret text or Username with password credentials with id '" + value
                    + "' can be used here for " + serverUrl);
        }
        return FormValidation.ok();
    }

    /** The run's credential, tracked for usage, or null when the run may not use it. */
    static StandardCredentials find(Run<?, ?> run, String credentialsId, String serverUrl) {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(credentialsId,
                StandardCredentials.class, run, requirements(serverUrl));
        if (credentials == null || !USABLE.matches(credentials)) {
            return null;
        }
        CredentialsProvider.track(run, credentials);
        return credentials;
    }

    /**
     * A usable credential with this id as the configuring user sees it: globally (item null, for administrators)
     * or as the item's own authentication. For form checks and Test connection buttons.
     */
    static StandardCredentials findVisible(Item item, String credentialsId, String serverUrl) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return null;
        }
        List<StandardCredentials> visible = item == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class, Jenkins.get(),
                        ACL.SYSTEM2, requirements(serverUrl))
                : CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, item, authenticationOf(item),
                        requirements(serverUrl));
        return CredentialsMatchers.firstOrNull(visible,
                CredentialsMatchers.allOf(USABLE_BY_BUILDS, CredentialsMatchers.withId(credentialsId)));
    }

    /** A token or API key from Secret text, a login from user name and password; blank ones are refused. */
    static Credentials toClientCredentials(StandardCredentials credentials) throws AbortException {
        if (credentials instanceof StringCredentials text) {
            String secret = text.getSecret().getPlainText().trim();
            if (secret.isEmpty()) {
                throw new AbortException("credentials '" + credentials.getId() + "': the Secret text is blank");
            }
            return secret.startsWith("sk-") ? Credentials.apiKey(secret) : Credentials.token(secret);
        }
        StandardUsernamePasswordCredentials login = (StandardUsernamePasswordCredentials) credentials;
        if (login.getUsername().isBlank() || login.getPassword().getPlainText().isEmpty()) {
            throw new AbortException("credentials '" + credentials.getId() + "': the user name or password is blank");
        }
        return Credentials.login(login.getUsername(), login.getPassword().getPlainText());
    }

    /** The text with every secret of these credentials replaced, for anything shown to a user or logged. */
    static String mask(StandardCredentials credentials, String text) {
        if (text == null || credentials == null) {
            return text;
        }
        List<String> secrets = new ArrayList<>();
        if (credentials instanceof StringCredentials secretText) {
            secrets.add(secretText.getSecret().getPlainText().trim());
        } else if (credentials instanceof StandardUsernamePasswordCredentials login) {
            String password = login.getPassword().getPlainText();
            secrets.add(password);
            secrets.add(Base64.getEncoder().encodeToString(
                    (login.getUsername() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return SecretMask.of(secrets).apply(text);
    }

    private static boolean mayList(Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static List<DomainRequirement> requirements(String serverUrl) {
        return URIRequirementBuilder.fromUri(serverUrl).build();
    }
}
