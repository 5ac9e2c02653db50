package io.github.docspacephoto.client.error;

/** HTTP 400: the request was not valid. */
public class DocSpaceBadRequestException extends DocSpaceApiException {

    public DocSpaceBadRequestException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
