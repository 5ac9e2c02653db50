package io.github.docspacephoto.client.error;

/** HTTP 403: the credentials may not do this (only the user may change their own photo). */
public class DocSpaceAccessDeniedException extends DocSpaceApiException {

    public DocSpaceAccessDeniedException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
