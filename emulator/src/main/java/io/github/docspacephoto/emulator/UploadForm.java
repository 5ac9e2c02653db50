package io.github.docspacephoto.emulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The upload's form, bound as each server version binds it (NOTES.md §1): the file (null when there is none) and
 * Autosave.
 */
record UploadForm(byte[] file, boolean autosave) {

    /**
     * 3.7: {@code [FromForm] IFormFile File} (part name in any case) and {@code bool Autosave}, default false;
     * only multipart/form-data is accepted. 3.6: the whole form, its first file whatever the part's name, and
     * {@code bool.Parse(form["Autosave"])} run before the action's try block, so a missing or odd value escapes.
     */
    static UploadForm read(HttpServletRequest request, UploadShape shape, long maxRequestBytes) throws IOException {
        boolean multipart = mediaType(request).equals("multipart/form-data");
        if (shape == UploadShape.V3_7 && !multipart) {
            throw BindingFailure.unsupportedMediaType();
        }
        Collection<Part> parts = multipart ? MultipartFormReader.parts(request, maxRequestBytes) : List.of();
        Part file = parts.stream()
                .filter(part -> part.getSubmittedFileName() != null)
                .filter(part -> shape == UploadShape.V3_6 || part.getName().equalsIgnoreCase("File"))
                .findFirst()
                .orElse(null);
        String autosave = multipart ? textPart(parts, "Autosave") : formField(request, "Autosave");
        return new UploadForm(file == null ? null : read(file), parseAutosave(autosave, shape));
    }

    private static boolean parseAutosave(String value, UploadShape shape) {
        if (value == null && shape == UploadShape.V3_7) {
            return false;
        }
        if (value == null) {
            throw new DocSpaceException(DotNetError.ARGUMENT_NULL, "Value cannot be null. (Parameter 'value')");
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        if (shape == UploadShape.V3_7) {
            throw BindingFailure.invalid(Map.of("Autosave", List.of("The value '" + value
                    + "' is not valid for Autosave.")));
        }
        throw new DocSpaceException(DotNetError.FORMAT, "String '" + value + "' was not recognized as a valid Boolean.");
    }

    private static String textPart(Collection<Part> parts, String name) throws IOException {
        for (Part part : parts) {
            if (part.getSubmittedFileName() == null && part.getName().equalsIgnoreCase(name)) {
                return new String(read(part), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Form keys are case-insensitive in ASP.NET Core. */
    private static String formField(HttpServletRequest request, String name) {
        if (!mediaType(request).equals("application/x-www-form-urlencoded")) {
            return null;
        }
        return request.getParameterMap().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue()[0])
                .findFirst()
                .orElse(null);
    }

    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String mediaType(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
