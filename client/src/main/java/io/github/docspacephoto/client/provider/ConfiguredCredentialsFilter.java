package io.github.docspacephoto.client.provider;

import io.github.docspacephoto.client.Credentials;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Authenticates an injected client from MicroProfile Config, read once:
 * {@code docspace.token} (with {@code docspace.auth-scheme} = {@code bearer}, the default, or {@code cookie}),
 * or {@code docspace.api-key}, or {@code docspace.basic.email} and {@code docspace.basic.password}.
 * It leaves requests alone that are already authenticated, such as those of {@link CredentialsFilter}.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public final class ConfiguredCredentialsFilter implements ClientRequestFilter {

    public static final String TOKEN = "docspace.token";
    public static final String AUTH_SCHEME = "docspace.auth-scheme";
    public static final String API_KEY = "docspace.api-key";
    public static final String BASIC_EMAIL = "docspace.basic.email";
    public static final String BASIC_PASSWORD = "docspace.basic.password";

    private volatile Optional<Credentials> configured;

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)
                || request.getHeaders().containsKey(HttpHeaders.COOKIE)) {
            return;
        }
        Optional<Credentials> credentials = configured;
        if (credentials == null) {
            credentials = fromConfig();
            configured = credentials;
        }
        credentials.ifPresent(c -> c.applyTo(request.getHeaders()));
    }

    /** The credentials MicroProfile Config names, if any; read on every call. */
    static Optional<Credentials> fromConfig() {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException noConfigImplementation) {
            return Optional.empty();
        }
        Optional<String> token = config.getOptionalValue(TOKEN, String.class);
        if (token.isPresent()) {
            boolean cookie = config.getOptionalValue(AUTH_SCHEME, String.class).orElse("bearer")
                    .equalsIgnoreCase("cookie");
            return Optional.of(cookie ? Credentials.cookieToken(token.get()) : Credentials.token(token.get()));
        }
        Optional<String> apiKey = config.getOptionalValue(API_KEY, String.class);
        if (apiKey.isPresent()) {
            return Optional.of(Credentials.apiKey(apiKey.get()));
        }
        Optional<String> email = config.getOptionalValue(BASIC_EMAIL, String.class);
        Optional<String> password = config.getOptionalValue(BASIC_PASSWORD, String.class);
        if (email.isPresent() && password.isPresent()) {
            return Optional.of(Credentials.basic(email.get(), password.get()));
        }
        return Optional.empty();
    }
}
