package io.github.docspacephoto.client.error;

/** HTTP 415: the server did not accept the request's content type. */
public class DocSpaceUnsupportedMediaTypeException extends DocSpaceApiException {

    public DocSpaceUnsupportedMediaTypeException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
