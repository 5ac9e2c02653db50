package io.github.docspacephoto.client.error;

/** DocSpace answered with an error status; carries DocSpace's own message and the request it answered. */
public class DocSpaceApiException extends DocSpaceException {

    private final int status;
    private String serverMessage;
    private final String method;
    private final String path;

    public DocSpaceApiException(int status, String serverMessage, String method, String path) {
        super(describe(status, serverMessage, method, path));
        this.status = status;
        this.serverMessage = serverMessage;
        this.method = method;
        this.path = path;
    }

    public int status() {
        return status;
    }

    /** DocSpace's {@code error.message}, or what stood in for it when the body had none; may be null. */
    public String serverMessage() {
        return serverMessage;
    }

    @Override
    void mask(SecretMask secrets) {
        super.mask(secrets);
        serverMessage = secrets.apply(serverMessage);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    private static String describe(int status, String serverMessage, String method, String path) {
        String request = method == null ? "" : method + " " + path + ": ";
        return request + "DocSpace answered " + status
                + (serverMessage == null || serverMessage.isBlank() ? "" : " \"" + serverMessage + "\"");
    }
}
