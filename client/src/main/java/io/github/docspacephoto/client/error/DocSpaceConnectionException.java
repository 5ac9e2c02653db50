package io.github.docspacephoto.client.error;

/** No answer: the server could not be reached, the connection broke, or it did not answer in time. */
public class DocSpaceConnectionException extends DocSpaceException {

    private final boolean requestSent;

    public DocSpaceConnectionException(String message, boolean requestSent, Throwable cause) {
        super(message, cause);
        this.requestSent = requestSent;
    }

    /** False when the connection was never made, so the server cannot have acted on the request. */
    public boolean requestSent() {
        return requestSent;
    }
}
