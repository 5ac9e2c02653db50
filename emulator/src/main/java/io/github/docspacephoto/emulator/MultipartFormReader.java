package io.github.docspacephoto.emulator;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.MultiPart;

/**
 * Reads a multipart/form-data body with Jetty, accepting and refusing the bodies ASP.NET Core's {@code FormFeature}
 * accepts and refuses. MVC's {@code FormValueProviderFactory} reads the form before any parameter binds and turns the
 * reader's {@code InvalidDataException} or {@code IOException} (Kestrel's request-too-large and body-timeout
 * exceptions are IOExceptions too) into a model-state error under the empty key; {@code [ApiController]} then
 * answers 400.
 */
final class MultipartFormReader {

    /** {@code FormOptions.DefaultMultipartBoundaryLengthLimit}. */
    private static final int BOUNDARY_LENGTH_LIMIT = 70;
    /** MultipartReaderStream's message for a body that ends before its closing boundary; the space is the server's. */
    private static final String END_OF_STREAM =
            "Unexpected end of Stream, the content may have already been read by another component. ";

    private MultipartFormReader() {
    }

    static Collection<Part> parts(HttpServletRequest request, long maxRequestBytes) {
        try {
            return read(request, maxRequestBytes);
        } catch (BindingFailure unreadable) {
            UnreadBody.discard(request, 2 * maxRequestBytes);
            throw unreadable;
        }
    }

    private static Collection<Part> read(HttpServletRequest request, long maxRequestBytes) {
        // FormFeature answers the empty form for Content-Length 0 before it looks for a boundary.
        if (request.getContentLengthLong() == 0) {
            return List.of();
        }
        String boundary = MultiPart.extractBoundary(request.getContentType());
        if (boundary == null || boundary.isEmpty()) {
            throw unreadable("Missing content-type boundary.");
        }
        if (boundary.length() > BOUNDARY_LENGTH_LIMIT) {
            throw unreadable("Multipart boundary length limit " + BOUNDARY_LENGTH_LIMIT + " exceeded.");
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            throw unreadable(tooLarge(maxRequestBytes));
        }
        try {
            return request.getParts();
        } catch (ServletException | IOException | RuntimeException broken) {
            throw unreadable(reason(broken, maxRequestBytes));
        }
    }

    private static String tooLarge(long maxRequestBytes) {
        return DocSpaceException.requestTooLarge(maxRequestBytes).getMessage();
    }

    /** Jetty's reasons, as the causes of its exception, told apart by their texts and types. */
    private static String reason(Throwable broken, long maxRequestBytes) {
        if (BodyTimeout.isCauseOf(broken)) {
            return BodyTimeout.MESSAGE;
        }
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("maxRequestSize") || message.contains("maxFileSize")) {
                return tooLarge(maxRequestBytes);
            }
            if (message.contains("content-disposition")) {
                // ContentDispositionHeaderValue.TryParse fails on the missing header, which reads as "".
                return "Form section has invalid Content-Disposition value: ";
            }
        }
        return END_OF_STREAM;
    }

    private static BindingFailure unreadable(String reason) {
        return BindingFailure.invalid(Map.of("", List.of("Failed to read the request form. " + reason)));
    }
}
