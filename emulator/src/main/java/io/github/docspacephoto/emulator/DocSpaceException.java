package io.github.docspacephoto.emulator;

/** What a real action throws; the servlet turns it into DocSpace's error body (NOTES.md §3.4). */
final class DocSpaceException extends RuntimeException {

    static final String USER_NOT_FOUND = "The user could not be found";
    static final String EMPTY_UPLOAD = "The uploaded file could not be found";

    private final DotNetError error;

    DocSpaceException(DotNetError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    static DocSpaceException userNotFound() {
        return new DocSpaceException(DotNetError.ITEM_NOT_FOUND, USER_NOT_FOUND);
    }

    /** {@code new SecurityException()}; the error body says "Access denied", the upload result .NET's default text. */
    static DocSpaceException securityError() {
        return new DocSpaceException(DotNetError.SECURITY, "Security error.");
    }

    /** {@code UnknownImageFormatException}: empty data, or a format the action does not take. */
    static DocSpaceException unknownImageFormat() {
        return new DocSpaceException(DotNetError.UNKNOWN_IMAGE_FORMAT, "unknown image file type");
    }

    /** What ImageMagick says of bytes it cannot read at all (its exact text is not confirmed, NOTES.md §9.4). */
    static DocSpaceException undecodableImage() {
        return new DocSpaceException(DotNetError.MAGICK_MISSING_DELEGATE,
                "no decode delegate for this image format `' @ error/blob.c/BlobToImage/458");
    }

    /** Kestrel's refusal of a body over its limit. */
    static DocSpaceException requestTooLarge(long limit) {
        return new DocSpaceException(DotNetError.BAD_HTTP_REQUEST,
                "Request body too large. The max request body size is " + limit + " bytes.");
    }

    /** Kestrel's refusal of a body that arrives too slowly. */
    static DocSpaceException requestBodyTimeout() {
        return new DocSpaceException(DotNetError.REQUEST_BODY_TIMEOUT, BodyTimeout.MESSAGE);
    }

    DotNetError error() {
        return error;
    }

    int status() {
        return error.status();
    }

    /** The message the error body carries. */
    String bodyMessage() {
        return error == DotNetError.SECURITY ? "Access denied" : getMessage();
    }
}
