package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The JSON shapes DocSpace answers with (NOTES.md §3.3, §3.4). */
final class Bodies {

    private Bodies() {
    }

    /** Success envelope: status 0, count 1, one link to the request itself. */
    static JsonObject envelope(JsonValue response, String requestUrl, String method) {
        return Json.createObjectBuilder()
                .add("response", response)
                .add("count", response == JsonValue.NULL ? 0 : 1)
                .add("links", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("href", requestUrl).add("action", method)))
                .add("status", 0)
                .add("statusCode", 200)
                .build();
    }

    static JsonObject error(int statusCode, String message) {
        return Json.createObjectBuilder()
                .add("status", 1)
                .add("statusCode", statusCode)
                .add("error", Json.createObjectBuilder().add("message", message).add("hresult", 0))
                .build();
    }

    /** ASP.NET Core's automatic 400 for a body that does not bind, wrapped with status 1 since 3.7. */
    static JsonObject validationProblem(String requestUrl, String method, String field, String problem) {
        JsonObject details = Json.createObjectBuilder()
                .add("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1")
                .add("title", "One or more validation errors occurred.")
                .add("status", 400)
                .add("errors", Json.createObjectBuilder().add(field, Json.createArrayBuilder().add(problem)))
                .build();
        JsonObjectBuilder envelope = Json.createObjectBuilder(envelope(details, requestUrl, method));
        return envelope.add("status", 1).add("statusCode", 400).build();
    }

    static JsonObject uploadFailure(String message) {
        return Json.createObjectBuilder().add("success", false).add("message", message).build();
    }
}
