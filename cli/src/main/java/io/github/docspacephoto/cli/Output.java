package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.PhotoResult;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/** Human lines by default; {@code --json} prints one JSON document for jq. */
final class Output {

    @Option(names = "--json", description = "Print one JSON document instead of text")
    boolean json;

    void print(PrintWriter out, PhotoResult result) {
        if (json) {
            out.println(toJson(result.toMap()));
            return;
        }
        out.println(result.summary());
        if (result.urls() != null) {
            result.toMap().forEach((key, value) -> {
                if (!key.equals("action") && !key.equals("userId")) {
                    out.printf("  %-8s %s%n", key, value);
                }
            });
        }
    }

    static String toJson(Map<String, ?> values) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value instanceof Number number) {
                object.add(key, number.longValue());
            } else if (value instanceof Boolean bool) {
                object.add(key, bool);
            } else {
                object.add(key, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
