package io.github.docspacephoto.client.error;

/** HTTP 401: the credentials were refused (wrong or expired token, API key or password). */
public class DocSpaceAuthenticationException extends DocSpaceApiException {

    public DocSpaceAuthenticationException(int status, String serverMessage, String method, String path) {
        super(status, serverMessage, method, path);
    }
}
