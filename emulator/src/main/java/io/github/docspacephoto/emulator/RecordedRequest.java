package io.github.docspacephoto.emulator;

import java.util.List;
import java.util.Map;

/** One request as it reached the emulator, and the status it was answered with (0 when the connection was reset). */
public record RecordedRequest(String method, String path, String rawPath, String query,
                              Map<String, List<String>> headers, int status) {

    /** The first value of a header, case-insensitively, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
