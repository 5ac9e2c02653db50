package io.github.docspacephoto.client.error;

/** The upload answered HTTP 200 with {@code success:false}: DocSpace's way of refusing an upload. */
public class UploadRejectedException extends DocSpaceException {

    private String serverMessage;

    public UploadRejectedException(String userId, String serverMessage) {
        super("DocSpace refused the photo upload for user '" + userId + "': " + serverMessage);
        this.serverMessage = serverMessage;
    }

    @Override
    void mask(SecretMask secrets) {
        super.mask(secrets);
        serverMessage = secrets.apply(serverMessage);
    }

    public String serverMessage() {
        return serverMessage;
    }
}
