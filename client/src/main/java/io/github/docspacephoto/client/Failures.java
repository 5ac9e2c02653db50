package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

/** Turns what a MicroProfile Rest Client implementation throws into this library's exceptions. */
final class Failures {

    private static final String RESTEASY_BODY_LIMIT = "RESTEASY005081";

    private Failures() {
    }

    static DocSpaceException translate(RuntimeException thrown, String requestLine, URI server) {
        if (thrown instanceof DocSpaceException own) {
            return own;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DocSpaceException own) {
                return own;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith(RESTEASY_BODY_LIMIT)) {
                // RESTEasy's Apache engine copies a body before sending it, and refuses past 50 MB: nothing was sent.
                return new InvalidInputException("file", null, "is over RESTEasy's 50 MB limit for request bodies;"
                        + " the application may lift it by setting dev.resteasy.entity.file.threshold (e.g. to -1)"
                        + " as a system property or MicroProfile Config value");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new DocSpaceConnectionException(requestLine + ": cannot connect to " + server + " ("
                        + cause.getClass().getSimpleName() + ")", false, thrown);
            }
            if (cause instanceof SocketTimeoutException) {
                return new DocSpaceConnectionException(requestLine + ": " + server
                        + " did not answer within the read timeout", true, thrown);
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return new UnexpectedResponseException(requestLine + ": the answer from " + server
                        + " is not the JSON the API describes", thrown);
            }
        }
        if (thrown instanceof ProcessingException && hasCause(thrown, IOException.class)) {
            return new DocSpaceConnectionException(requestLine + ": the connection to " + server
                    + " broke before an answer arrived", true, thrown);
        }
        if (thrown instanceof WebApplicationException web) {
            return new UnexpectedResponseException(requestLine + ": unexpected HTTP "
                    + web.getResponse().getStatus() + " from " + server, thrown);
        }
        return new DocSpaceException(requestLine + ": " + thrown.getClass().getSimpleName(), thrown);
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
