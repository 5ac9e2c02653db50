package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.DownloadedPhoto;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.PhotoSize;
import io.github.docspacephoto.client.PhotoUrls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/** Human lines by default; {@code --json} prints one JSON document for jq. */
final class Output {

    @Option(names = "--json", description = "Print one JSON document instead of text")
    boolean json;

    /** The summary, then each size's absolute URL (the JSON has the portal's relative ones too). */
    void print(PrintWriter out, PhotoResult result) {
        if (json) {
            out.println(toJson(result.toMap()));
            return;
        }
        out.println(result.summary());
        if (result.urls() != null) {
            PhotoUrls shown = result.absoluteUrls() != null ? result.absoluteUrls() : result.urls();
            for (PhotoSize size : PhotoSize.values()) {
                out.printf("  %-8s %s%n", size.id(), shown.url(size));
            }
        }
    }

    void print(PrintWriter out, DownloadedPhoto photo) {
        out.println(json ? toJson(photo.toMap()) : photo.summary());
    }

    static String toJson(Map<String, ?> values) {
        return object(values).toString();
    }

    private static JsonObject object(Map<String, ?> values) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value instanceof Number number) {
                object.add(key, number.longValue());
            } else if (value instanceof Boolean bool) {
                object.add(key, bool);
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> fields = (Map<String, ?>) nested;
                object.add(key, object(fields));
            } else {
                object.add(key, String.valueOf(value));
            }
        });
        return object.build();
    }
}
