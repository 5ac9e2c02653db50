package io.github.docspacephoto.client.error;

/** HTTP 404: the user or file does not exist. */
public class DocSpaceNotFoundException extends DocSpaceApiException {

    public DocSpaceNotFoundException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
