package io.github.docspacephoto.client;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The token a {@link Credentials.Login} was exchanged for. Renewed by logging in again shortly before its
 * {@code expires}, and once after DocSpace refuses it (revoked, or the portal restarted), so that a long-running
 * process such as a Jenkins controller keeps working for as long as the password does.
 */
final class LoginSession {

    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofMinutes(1);

    private final DocSpaceSettings settings;
    private final Credentials.Login login;
    private final List<String> issuedTokens = new ArrayList<>();
    private Credentials.Token current;
    private Instant renewAt;

    LoginSession(DocSpaceSettings settings, Credentials.Login login) {
        this.settings = settings;
        this.login = login;
        logIn();
    }

    /** The token to send now; logs in again first when it is about to expire. */
    synchronized Credentials.Token current() {
        if (renewAt != null && Instant.now().isAfter(renewAt)) {
            logIn();
        }
        return current;
    }

    /** DocSpace refused {@code rejected}: log in again, unless another call already did. */
    synchronized void renewAfterRejection(Credentials.Token rejected) {
        if (current.equals(rejected)) {
            logIn();
        }
    }

    /** The password and the current and previous token, for masking server text. */
    synchronized List<String> secrets() {
        List<String> all = new ArrayList<>(login.secrets());
        all.addAll(issuedTokens);
        return all;
    }

    private void logIn() {
        Instant start = Instant.now();
        DocSpacePhotos.IssuedToken issued = DocSpacePhotos.logIn(settings, login.userName(), login.password());
        current = (Credentials.Token) Credentials.token(issued.token());
        issuedTokens.add(issued.token());
        // the previous token may still be echoed by an answer in flight; older ones are gone
        if (issuedTokens.size() > 2) {
            issuedTokens.remove(0);
        }
        renewAt = renewalTime(start, issued.expires());
    }

    /** A minute before expiry, or half-way for shorter lifetimes; never when DocSpace gave no readable date. */
    private static Instant renewalTime(Instant issuedAt, String expires) {
        if (expires == null) {
            return null;
        }
        try {
            Instant expiry = OffsetDateTime.parse(expires).toInstant();
            Duration lifetime = Duration.between(issuedAt, expiry);
            Duration margin = lifetime.dividedBy(2).compareTo(MAX_RENEWAL_MARGIN) < 0
                    ? lifetime.dividedBy(2) : MAX_RENEWAL_MARGIN;
            return expiry.minus(margin);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
