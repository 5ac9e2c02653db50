package io.github.docspacephoto.emulator;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * A request body that arrived too slowly: Jetty's minimum data rate (408) or idle timeout ended the read, where
 * Kestrel's MinRequestBodyDataRate throws a {@code BadHttpRequestException} with this message.
 */
final class BodyTimeout {

    static final String MESSAGE =
            "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.";

    private BodyTimeout() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof HttpException http && http.getCode() == 408) {
                return true;
            }
        }
        return false;
    }
}
