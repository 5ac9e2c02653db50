package io.github.docspacephoto.emulator;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DocSpace's scheme selection (NOTES.md §4.2): Basic with e-mail and password; {@code Bearer sk-...} API keys with
 * their scopes; otherwise a personal token from the {@code asc_auth_key} cookie or the raw Authorization header,
 * with or without "Bearer ".
 */
final class Authenticator {

    private static final String COOKIE = "asc_auth_key";

    private final Users users;
    private final Map<String, Caller> byToken = new ConcurrentHashMap<>();
    private final Map<String, Caller> byApiKey = new ConcurrentHashMap<>();

    Authenticator(Users users) {
        this.users = users;
        for (SeededUser user : users.all()) {
            byToken.put(user.token(), new Caller(user, true));
            byApiKey.put(user.apiKeyWrite(), new Caller(user, true));
            byApiKey.put(user.apiKeyRead(), new Caller(user, false));
        }
    }

    /** A new personal token for a user who logged in. */
    String issueToken(SeededUser user) {
        String token = Users.secret(32);
        byToken.put(token, new Caller(user, true));
        return token;
    }

    Caller authenticate(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer sk-", 0, 10)) {
            return Optional.ofNullable(byApiKey.get(authorization.substring(7).trim()))
                    .orElseThrow(() -> Unauthorized.unauthenticated(false));
        }
        String token = cookie(request).orElse(authorization);
        if (token != null && token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7);
        }
        Caller caller = token == null ? null : byToken.get(token.trim());
        if (caller == null) {
            throw Unauthorized.unauthenticated(false);
        }
        return caller;
    }

    private Caller basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw Unauthorized.unauthenticated(true);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw Unauthorized.unauthenticated(true);
        }
        String email = decoded.substring(0, colon).toLowerCase(Locale.ROOT);
        String password = decoded.substring(colon + 1);
        return users.byEmail(email)
                .filter(u -> u.password().equals(password))
                .map(u -> new Caller(u, true))
                .orElseThrow(() -> Unauthorized.unauthenticated(true));
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
