package io.github.docspacephoto.client.error;

/** Anything that went wrong talking to DocSpace. Messages never contain a token, password or API key. */
public class DocSpaceException extends RuntimeException {

    public DocSpaceException(String message) {
        super(message);
    }

    public DocSpaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
