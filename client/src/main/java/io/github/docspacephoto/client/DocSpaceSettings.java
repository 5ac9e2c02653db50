package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach DocSpace. Equal settings share one built client (see {@link DocSpacePhotos#connect}).
 * {@link #toString()} never shows the credentials' secrets.
 */
public record DocSpaceSettings(URI server, Credentials credentials, Duration connectTimeout, Duration readTimeout,
                               int maxAttempts, long maxUploadBytes, ProxySettings proxy) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** DocSpace's shipped upload limit. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    public DocSpaceSettings {
        server = checkServer(server);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new InvalidInputException("timeout", connectTimeout + "/" + readTimeout, "must be positive");
        }
        if (maxAttempts < 1) {
            throw new InvalidInputException("maxAttempts", maxAttempts, "must be at least 1");
        }
        if (maxUploadBytes < 1) {
            throw new InvalidInputException("maxUploadBytes", maxUploadBytes, "must be positive");
        }
    }

    public static Builder builder(URI server) {
        return new Builder(server);
    }

    /** The server URL: absolute http(s) with a host, no query; a trailing slash is dropped. */
    private static URI checkServer(URI server) {
        if (server == null) {
            throw new InvalidInputException("server", null, "is missing: give the DocSpace URL, e.g. https://docspace.example.com");
        }
        if (server.getRawUserInfo() != null) {
            throw new InvalidInputException("server", server.getScheme() + "://****@" + server.getHost(),
                    "has user info (a user name or password) in it: give the credentials separately");
        }
        String scheme = server.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || server.getHost() == null
                || server.getRawQuery() != null || server.getRawUserInfo() != null) {
            throw new InvalidInputException("server", server.getScheme() == null ? server : server.getScheme()
                    + "://" + server.getHost(), "is not an absolute http(s) URL of a DocSpace portal");
        }
        String text = server.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : server;
    }

    public Builder toBuilder() {
        return new Builder(server).credentials(credentials).connectTimeout(connectTimeout).readTimeout(readTimeout)
                .maxAttempts(maxAttempts).maxUploadBytes(maxUploadBytes).proxy(proxy);
    }

    @Override
    public String toString() {
        return "DocSpaceSettings[server=" + server + ", credentials=" + credentials + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts
                + ", maxUploadBytes=" + maxUploadBytes + (proxy == null ? "" : ", proxy=" + proxy) + "]";
    }

    public static final class Builder {
        private final URI server;
        private Credentials credentials;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private ProxySettings proxy;

        private Builder(URI server) {
            this.server = server;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** How many times an idempotent call is tried in all; 1 turns retries off. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** Go through this HTTP proxy; null (the default) connects directly. */
        public Builder proxy(ProxySettings proxy) {
            this.proxy = proxy;
            return this;
        }

        public DocSpaceSettings build() {
            return new DocSpaceSettings(server, credentials, connectTimeout, readTimeout, maxAttempts,
                    maxUploadBytes, proxy);
        }
    }
}
