package io.github.docspacephoto.emulator;

/** A failure DocSpace reports with its error body and this status (NOTES.md §3.4). */
final class ApiException extends RuntimeException {

    static final String ACCESS_DENIED = "Access denied";
    static final String USER_NOT_FOUND = "The user could not be found";
    static final String FILE_NOT_FOUND = "The uploaded file could not be found";

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException accessDenied() {
        return new ApiException(403, ACCESS_DENIED);
    }

    static ApiException userNotFound() {
        return new ApiException(404, USER_NOT_FOUND);
    }
}
