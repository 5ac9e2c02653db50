package io.github.docspacephoto.client.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The upload's answer. DocSpace reports its failures here with HTTP 200 and {@code success:false}; {@code data}
 * is the temporary file's URL (a string) for {@code Autosave=false}, or the photo's URLs (an object) otherwise.
 */
public record FileUploadResultDto(Boolean success, JsonValue data, String message) {

    public boolean isSuccess() {
        return Boolean.TRUE.equals(success);
    }

    /** The temporary file's URL, or null when {@code data} is not a string. */
    public String temporaryFile() {
        return data instanceof JsonString s ? s.getString() : null;
    }

    /** The photo's URLs, or null when {@code data} is not an object. */
    public UploadedPhotoUrls photoUrls() {
        if (!(data instanceof JsonObject urls)) {
            return null;
        }
        return new UploadedPhotoUrls(text(urls, "main"), text(urls, "retina"), text(urls, "max"), text(urls, "big"),
                text(urls, "medium"), text(urls, "small"));
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
