package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Tries a call again where that is safe: idempotent calls on connection failures, 429 (after Retry-After), 502, 503
 * and 504; any call, uploads included, when the connection was never made. Attempts and waits are bounded.
 */
final class Retrier {

    private static final System.Logger LOG = System.getLogger(DocSpacePhotos.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** A server asking for a longer pause than this is not waited for: the call fails with its 429. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final int maxAttempts;

    Retrier(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    <T> T call(String requestLine, boolean idempotent, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (DocSpaceException failure) {
                Duration wait = n < maxAttempts ? waitBeforeRetry(failure, idempotent, n) : null;
                if (wait == null) {
                    throw failure;
                }
                LOG.log(System.Logger.Level.INFO, "{0} failed ({1}); trying again in {2} ms, attempt {3} of {4}",
                        requestLine, failure.getMessage(), wait.toMillis(), n + 1, maxAttempts);
                sleep(wait);
            }
        }
    }

    /** Null when the failure must not be retried. */
    private static Duration waitBeforeRetry(DocSpaceException failure, boolean idempotent, int attempt) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
        if (failure instanceof DocSpaceConnectionException connection) {
            return !connection.requestSent() || idempotent ? backoff : null;
        }
        if (!idempotent) {
            return null;
        }
        if (failure instanceof DocSpaceRateLimitedException limited) {
            Duration retryAfter = limited.retryAfter();
            if (retryAfter == null) {
                return backoff;
            }
            return retryAfter.compareTo(MAX_RETRY_AFTER) <= 0 ? retryAfter : null;
        }
        if (failure instanceof DocSpaceServerException server) {
            int status = server.status();
            return status == 502 || status == 503 || status == 504 ? backoff : null;
        }
        return null;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocSpaceException("interrupted while waiting to try again", e);
        }
    }
}
