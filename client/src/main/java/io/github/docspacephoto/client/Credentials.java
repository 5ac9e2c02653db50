package io.github.docspacephoto.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/** How to authenticate to DocSpace (NOTES.md §4). No {@code toString()} shows a secret. */
public sealed interface Credentials {

    /** A personal access token, sent as {@code Authorization: Bearer <token>}. */
    static Credentials token(String token) {
        return new Token(token, false);
    }

    /** A personal access token, sent as the {@code asc_auth_key} cookie. */
    static Credentials cookieToken(String token) {
        return new Token(token, true);
    }

    /** An API key ({@code sk-...}), sent as {@code Authorization: Bearer sk-...}. */
    static Credentials apiKey(String key) {
        return new ApiKey(key);
    }

    /** The user's e-mail and password, sent with every request as HTTP Basic. */
    static Credentials basic(String email, String password) {
        return new Basic(email, password);
    }

    /** A user name (or e-mail) and password, exchanged once for a token at {@code POST /api/2.0/authentication}. */
    static Credentials login(String userName, String password) {
        return new Login(userName, password);
    }

    /** Adds this authentication to a request's headers. */
    void applyTo(MultivaluedMap<String, Object> headers);

    /** Every value that must never be shown, in any form it is sent in. */
    List<String> secrets();

    record Token(String token, boolean asCookie) implements Credentials {
        public Token {
            requireSecret(token, "token");
        }

        @Override
        public void applyTo(MultivaluedMap<String, Object> headers) {
            if (asCookie) {
                headers.add(HttpHeaders.COOKIE, "asc_auth_key=" + token);
            } else {
                headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
        }

        @Override
        public List<String> secrets() {
            return List.of(token);
        }

        @Override
        public String toString() {
            return asCookie ? "token as asc_auth_key cookie (****)" : "bearer token (****)";
        }
    }

    record ApiKey(String key) implements Credentials {
        public ApiKey {
            requireSecret(key, "API key");
            if (!key.startsWith("sk-")) {
                throw new IllegalArgumentException("an API key starts with 'sk-'");
            }
        }

        @Override
        public void applyTo(MultivaluedMap<String, Object> headers) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + key);
        }

        @Override
        public List<String> secrets() {
            return List.of(key);
        }

        @Override
        public String toString() {
            return "API key (sk-****)";
        }
    }

    record Basic(String email, String password) implements Credentials {
        public Basic {
            requireSecret(email, "e-mail");
            requireSecret(password, "password");
        }

        @Override
        public void applyTo(MultivaluedMap<String, Object> headers) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Basic " + encodedPair());
        }

        @Override
        public List<String> secrets() {
            return List.of(password, encodedPair());
        }

        private String encodedPair() {
            return Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "basic authentication as " + email + " (password ****)";
        }
    }

    record Login(String userName, String password) implements Credentials {
        public Login {
            requireSecret(userName, "user name");
            requireSecret(password, "password");
        }

        /** A login is exchanged for a token before any request; see {@link DocSpacePhotos#connect}. */
        @Override
        public void applyTo(MultivaluedMap<String, Object> headers) {
            throw new IllegalStateException("log in first: a user name and password are exchanged for a token");
        }

        /** The password; the tokens it is exchanged for are masked by the session that holds them. */
        @Override
        public List<String> secrets() {
            return List.of(password);
        }

        @Override
        public String toString() {
            return "login as " + userName + " (password ****)";
        }
    }

    private static void requireSecret(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is blank");
        }
    }
}
