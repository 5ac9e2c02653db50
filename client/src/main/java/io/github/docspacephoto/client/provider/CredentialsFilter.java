package io.github.docspacephoto.client.provider;

import io.github.docspacephoto.client.Credentials;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.function.Supplier;

/** Authenticates every request of a programmatically built client with the credentials it was built for. */
@Priority(Priorities.AUTHENTICATION)
public final class CredentialsFilter implements ClientRequestFilter {

    private final Supplier<? extends Credentials> credentials;

    public CredentialsFilter(Credentials credentials) {
        this(() -> credentials);
    }

    /** Credentials that may change between requests, such as a login's renewed token. */
    public CredentialsFilter(Supplier<? extends Credentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public void filter(ClientRequestContext request) {
        credentials.get().applyTo(request.getHeaders());
    }
}
