package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole answer, built before anything is sent, so that the request log holds it before the client can read it.
 * A null content type means an empty body.
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    private static final byte[] NOTHING = new byte[0];

    static Reply empty(int status) {
        return new Reply(status, null, NOTHING, Map.of());
    }

    static Reply json(int status, JsonObject body) {
        return text(status, "application/json; charset=utf-8", body.toString());
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply bytes(String contentType, byte[] body) {
        return new Reply(200, contentType, body, Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }
}
