package io.github.docspacephoto.client.error;

/** The server answered 2xx, but not with the JSON the API promises (a proxy page, a cut-off body). */
public class UnexpectedResponseException extends DocSpaceException {

    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
