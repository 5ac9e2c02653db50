package io.github.docspacephoto.client.provider;

import io.github.docspacephoto.client.Credentials;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Sends a photo file request to the photo's own URL, which a MicroProfile Rest Client interface cannot take as it
 * is (any path, any query), and authenticates it only when that URL is on the portal: a token never goes to
 * another host, such as a CDN a storage URL might point to.
 */
@Priority(Priorities.AUTHENTICATION)
public final class PhotoFileTargetFilter implements ClientRequestFilter {

    /** Carries the absolute URL from the interface method to this filter; never sent. */
    public static final String TARGET_HEADER = "X-DocSpace-Photo-Target";

    private final URI portal;
    private final Supplier<? extends Credentials> credentials;

    public PhotoFileTargetFilter(URI portal, Supplier<? extends Credentials> credentials) {
        this.portal = portal;
        this.credentials = credentials;
    }

    @Override
    public void filter(ClientRequestContext request) {
        URI target = URI.create(request.getHeaderString(TARGET_HEADER));
        request.getHeaders().remove(TARGET_HEADER);
        request.setUri(target);
        if (sameOrigin(target, portal)) {
            credentials.get().applyTo(request.getHeaders());
        }
    }

    /** Same scheme, host and port (RFC 6454), as a browser decides whether to send a portal's cookie. */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().toLowerCase(Locale.ROOT).equals(
                        b.getHost() == null ? null : b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
