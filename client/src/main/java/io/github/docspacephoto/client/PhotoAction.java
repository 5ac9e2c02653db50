package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to do with a user's photo. */
public enum PhotoAction {
    UPLOAD("Uploaded"),
    UPDATE("Updated"),
    GET("Got"),
    DELETE("Deleted"),
    THUMBNAILS("Created the thumbnails of");

    private final String pastTense;

    PhotoAction(String pastTense) {
        this.pastTense = pastTense;
    }

    String pastTense() {
        return pastTense;
    }

    /** Case-insensitive; an unknown name fails listing the valid ones. */
    public static PhotoAction parse(String name) {
        String valid = Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("action", null, "is missing: use one of " + valid);
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("action", name, "is not an action: use one of " + valid);
        }
    }
}
