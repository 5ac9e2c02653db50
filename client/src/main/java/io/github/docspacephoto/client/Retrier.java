package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.DocSpaceOutcomeUnknownException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Tries a call again where that is safe, at most {@code maxAttempts} requests in all: any call when the connection
 * was never made; calls that are safe to repeat also on a lost answer, 429 (after Retry-After), 502, 503 and 504.
 * A change that was sent and got no answer is reported as {@link DocSpaceOutcomeUnknownException}.
 */
final class Retrier {

    /** What sending a request again may do. */
    enum Repeat {
        /** A read: repeating it changes nothing. */
        READ,
        /** A change that has the same effect however often it is applied (delete, update from URL, crop). */
        SAFE_CHANGE,
        /** A change that must not be sent twice: an upload, a crop that consumes a temporary upload. */
        ONCE
    }

    private static final System.Logger LOG = System.getLogger(DocSpacePhotos.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** A server asking for a longer pause than this is not waited for: the call fails with its 429. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final int maxAttempts;

    Retrier(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    <T> T call(String requestLine, String userId, Repeat repeat, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (DocSpaceException failure) {
                Duration wait = n < maxAttempts ? waitBeforeRetry(failure, repeat, n) : null;
                if (wait == null) {
                    throw outcome(failure, repeat, userId);
                }
                LOG.log(System.Logger.Level.INFO, "{0} failed ({1}); trying again in {2} ms, attempt {3} of {4}",
                        requestLine, failure.getMessage(), wait.toMillis(), n + 1, maxAttempts);
                sleep(wait);
            }
        }
    }

    /** The failure to report: a change sent without an answer may have been applied. */
    private static DocSpaceException outcome(DocSpaceException failure, Repeat repeat, String userId) {
        if (repeat != Repeat.READ && failure instanceof DocSpaceConnectionException noAnswer
                && noAnswer.requestSent()) {
            return new DocSpaceOutcomeUnknownException(noAnswer, userId);
        }
        return failure;
    }

    /** Null when the failure must not be retried. */
    private static Duration waitBeforeRetry(DocSpaceException failure, Repeat repeat, int attempt) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
        if (failure instanceof DocSpaceConnectionException connection) {
            return !connection.requestSent() || repeat != Repeat.ONCE ? backoff : null;
        }
        if (repeat == Repeat.ONCE) {
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
