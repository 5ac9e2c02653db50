package io.github.docspacephoto.client.error;

/** The upload answered HTTP 200 with {@code success:false}: DocSpace's way of refusing an upload. */
public class UploadRejectedException extends DocSpaceException {

    private final String serverMessage;

    public UploadRejectedException(String userId, String serverMessage) {
        super("DocSpace refused the photo upload for user '" + userId + "': " + serverMessage);
        this.serverMessage = serverMessage;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
