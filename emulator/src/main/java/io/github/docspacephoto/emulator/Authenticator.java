package io.github.docspacephoto.emulator;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DocSpace's choice of scheme (NOTES.md §4.2): {@code Basic } takes an e-mail and password; {@code Bearer sk-...} is
 * an API key with its scope; anything else is a personal token, read from the {@code asc_auth_key} cookie or else
 * from the raw Authorization header with "Bearer " cut off. Prefixes are case-sensitive, as in the server.
 */
final class Authenticator {

    static final String AUTH_COOKIE = "asc_auth_key";

    private final Users users;
    private final Map<String, Caller> byToken = new ConcurrentHashMap<>();
    private final Map<String, Caller> byApiKey = new ConcurrentHashMap<>();
    private final Map<String, Instant> issuedUntil = new ConcurrentHashMap<>();
    private final Duration tokenLifetime;

    Authenticator(Users users, Duration tokenLifetime) {
        this.users = users;
        this.tokenLifetime = tokenLifetime;
        for (SeededUser user : users.all()) {
            byToken.put(user.token(), new Caller(user, true));
            byApiKey.put(user.apiKeyWrite(), new Caller(user, true));
            byApiKey.put(user.apiKeyRead(), new Caller(user, false));
        }
    }

    /** A new personal token for a user who logged in, valid for the token lifetime. */
    String issueToken(SeededUser user) {
        String token = Users.secret(32);
        byToken.put(token, new Caller(user, true));
        issuedUntil.put(token, Instant.now().plus(tokenLifetime));
        return token;
    }

    Instant expiryOf(String token) {
        return issuedUntil.get(token);
    }

    /** Signs every login session out, as "log out of all sessions" does; seeded tokens and API keys stay. */
    void revokeIssuedTokens() {
        issuedUntil.keySet().forEach(byToken::remove);
        issuedUntil.clear();
    }

    /** The caller, if the route allows the method with their scope; GET needs read, everything else write (§4.2). */
    Caller authenticate(HttpServletRequest request, boolean write) {
        Caller caller = identify(request);
        if (write && !caller.mayWrite()) {
            throw AuthRefusal.missingScope();
        }
        return caller;
    }

    private Caller identify(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            return basic(authorization.substring("Basic ".length()).trim());
        }
        if (authorization != null && authorization.startsWith("Bearer ")
                && authorization.substring("Bearer ".length()).trim().startsWith("sk-")) {
            return known(byApiKey.get(authorization.substring("Bearer ".length()).trim()));
        }
        String token = cookie(request).orElse(authorization);
        if (token == null) {
            throw AuthRefusal.unauthenticated();
        }
        token = token.trim();
        // CookieAuthHandler: wherever "Bearer" occurs, the first seven characters go.
        if (token.contains("Bearer") && token.length() >= "Bearer ".length()) {
            token = token.substring("Bearer ".length());
        }
        Instant until = issuedUntil.get(token);
        if (until != null && Instant.now().isAfter(until)) {
            throw AuthRefusal.unauthenticated();
        }
        return known(byToken.get(token));
    }

    private Caller basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw AuthRefusal.unauthenticated();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw AuthRefusal.unauthenticated();
        }
        String password = decoded.substring(colon + 1);
        return users.byEmail(decoded.substring(0, colon))
                .filter(user -> user.password().equals(password))
                .map(user -> new Caller(user, true))
                .orElseThrow(AuthRefusal::unauthenticated);
    }

    private static Caller known(Caller caller) {
        if (caller == null) {
            throw AuthRefusal.unauthenticated();
        }
        return caller;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (AUTH_COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
