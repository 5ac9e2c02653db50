package io.github.docspacephoto.client.error;

import java.time.Duration;

/** HTTP 429: too many requests; {@link #retryAfter()} is the server's Retry-After, or null. */
public class DocSpaceRateLimitedException extends DocSpaceApiException {

    private final Duration retryAfter;

    public DocSpaceRateLimitedException(String serverMessage, String method, String path, Duration retryAfter) {
        super(429, serverMessage, method, path);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
