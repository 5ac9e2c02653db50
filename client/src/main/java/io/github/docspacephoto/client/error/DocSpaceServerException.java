package io.github.docspacephoto.client.error;

/** HTTP 5xx: the server failed or was unavailable. */
public class DocSpaceServerException extends DocSpaceApiException {

    public DocSpaceServerException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
