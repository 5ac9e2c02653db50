package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The JSON DocSpace answers with (NOTES.md §3). */
final class JsonBodies {

    /** Looked up once: {@code Json.createObjectBuilder()} would search the service loader on every call. */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private JsonBodies() {
    }

    /** {@code SuccessApiResponse}: status 0, count 1 for the single object, one link to the request itself (§3.3). */
    static JsonObject envelope(JsonValue response, String requestUrl, String method) {
        return envelopeBuilder(response, requestUrl, method).add("status", 0).add("statusCode", 200).build();
    }

    /** {@code ErrorApiResponse}; type, stack and hresult only for the exceptions DocSpace sends them for (§3.4). */
    static JsonObject error(DocSpaceException exception, String actionFrame) {
        DotNetError error = exception.error();
        JsonObjectBuilder details = JSON.createObjectBuilder().add("message", exception.bodyMessage());
        if (error.withStackTrace()) {
            details.add("type", error.typeName()).add("stack", "   at " + actionFrame).add("hresult", error.hresult());
        } else {
            details.add("type", JsonValue.NULL).add("stack", JsonValue.NULL).add("hresult", 0);
        }
        return JSON.createObjectBuilder()
                .add("status", 1)
                .add("statusCode", error.status())
                .add("error", details)
                .build();
    }

    /**
     * ASP.NET Core's automatic 400 for a body that does not bind: {@code ValidationProblemDetails} inside the
     * envelope, which since 3.7 then says status 1 and statusCode 400 (§3.3).
     */
    static JsonObject validationProblem(Map<String, List<String>> errors, String requestUrl, String method) {
        JsonObjectBuilder byField = JSON.createObjectBuilder();
        errors.forEach((field, messages) -> byField.add(field, JSON.createArrayBuilder(messages)));
        JsonObject problem = problemBuilder("https://tools.ietf.org/html/rfc9110#section-15.5.1",
                "One or more validation errors occurred.", 400)
                .add("errors", byField)
                .build();
        return envelopeBuilder(problem, requestUrl, method).add("status", 1).add("statusCode", 400).build();
    }

    /**
     * MVC's 415 for a body of the wrong media type: {@code ClientErrorResultFilter} turns it into ProblemDetails and
     * DocSpace's result filter then wraps that like any result, taking statusCode from the response as it still is.
     */
    static JsonObject unsupportedMediaType(String requestUrl, String method) {
        JsonObject problem = problemBuilder("https://tools.ietf.org/html/rfc9110#section-15.5.16",
                "Unsupported Media Type", 415).build();
        return envelope(problem, requestUrl, method);
    }

    static JsonObject thumbnailsData(PhotoUrls urls) {
        return urls(urls, "original");
    }

    /** The upload result's data: the same URLs, but the original is called {@code main} (§3.2). */
    static JsonObject uploadedPhoto(PhotoUrls urls) {
        return urls(urls, "main");
    }

    static JsonObject uploadSuccess(JsonValue data) {
        return JSON.createObjectBuilder().add("success", true).add("data", data).build();
    }

    static JsonObject uploadFailure(String message) {
        return JSON.createObjectBuilder().add("success", false).add("message", message).build();
    }

    private static JsonObject urls(PhotoUrls urls, String originalKey) {
        return JSON.createObjectBuilder()
                .add(originalKey, urls.original())
                .add("retina", urls.retina())
                .add("max", urls.max())
                .add("big", urls.big())
                .add("medium", urls.medium())
                .add("small", urls.small())
                .build();
    }

    private static JsonObjectBuilder envelopeBuilder(JsonValue response, String requestUrl, String method) {
        return JSON.createObjectBuilder()
                .add("response", response)
                .add("count", 1)
                .add("links", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("href", requestUrl).add("action", method)));
    }

    private static JsonObjectBuilder problemBuilder(String type, String title, int status) {
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("traceId", "00-" + hex(16) + "-" + hex(8) + "-00");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
