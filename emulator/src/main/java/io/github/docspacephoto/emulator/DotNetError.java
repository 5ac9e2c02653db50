package io.github.docspacephoto.emulator;

/**
 * The .NET exceptions the real actions throw, with the status DocSpace's {@code CustomExceptionHandler} maps each to
 * and what it puts in the error body (NOTES.md §3.4).
 */
enum DotNetError {
    ITEM_NOT_FOUND("ASC.Common.Web.ItemNotFoundException", 404, -2146233088),
    FILE_NOT_FOUND("System.IO.FileNotFoundException", 404, -2147024894),
    ARGUMENT("System.ArgumentException", 400, -2147024809),
    ARGUMENT_NULL("System.ArgumentNullException", 400, -2147467261),
    /** The handler replaces the message with a fixed "Access denied". */
    SECURITY("System.Security.SecurityException", 403, -2146233078),
    INVALID_OPERATION("System.InvalidOperationException", 403, -2146233079),
    /** Sent without type, stack and hresult. */
    AUTHENTICATION("System.Security.Authentication.AuthenticationException", 401, 0),
    FORMAT("System.FormatException", 500, -2146233033),
    UNKNOWN_IMAGE_FORMAT("ASC.Web.Core.Users.UnknownImageFormatException", 500, -2146233088),
    IMAGE_SIZE_LIMIT("ASC.Web.Core.Users.ImageSizeLimitException", 500, -2146233088),
    MAGICK_MISSING_DELEGATE("ImageMagick.MagickMissingDelegateErrorException", 500, -2146233088),
    HTTP_REQUEST("System.Net.Http.HttpRequestException", 500, -2146233088),
    TASK_CANCELED("System.Threading.Tasks.TaskCanceledException", 500, -2146233029),
    /** Kestrel's refusal of a body over its limit; the exception middleware keeps its 413. */
    BAD_HTTP_REQUEST("Microsoft.AspNetCore.Http.BadHttpRequestException", 413, -2146232800),
    /** The same exception for a body slower than Kestrel's MinRequestBodyDataRate. */
    REQUEST_BODY_TIMEOUT("Microsoft.AspNetCore.Http.BadHttpRequestException", 408, -2146232800),
    /** Anything the emulator itself did not expect. */
    UNEXPECTED("System.Exception", 500, -2146233088);

    private final String typeName;
    private final int status;
    private final int hresult;

    DotNetError(String typeName, int status, int hresult) {
        this.typeName = typeName;
        this.status = status;
        this.hresult = hresult;
    }

    String typeName() {
        return typeName;
    }

    int status() {
        return status;
    }

    int hresult() {
        return hresult;
    }

    boolean withStackTrace() {
        return this != AUTHENTICATION;
    }
}
