package io.github.docspacephoto.client.error;

/**
 * Anything that went wrong talking to DocSpace. Messages never contain a token, password or API key: text that
 * came from a server, which may echo the request's credentials, is masked before the exception leaves the client
 * (see {@link SecretMask}).
 */
public class DocSpaceException extends RuntimeException {

    private String message;

    public DocSpaceException(String message) {
        super(message);
        this.message = message;
    }

    public DocSpaceException(String message, Throwable cause) {
        super(message, cause);
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** Masks the secrets in everything this exception says; subclasses that keep server text mask it too. */
    void mask(SecretMask secrets) {
        message = secrets.apply(message);
    }
}
