package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sizes DocSpace keeps a photo in: the original (scaled to fit 1280 x 1280) and five square thumbnails of 360,
 * 200, 82, 48 and 32 pixels.
 */
public enum PhotoSize {
    ORIGINAL, RETINA, MAX, BIG, MEDIUM, SMALL;

    /** The name as DocSpace's JSON, the CLI and the Jenkins step spell it: {@code original}, ... {@code small}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The size with this name (any case, surrounding spaces ignored), or an {@link InvalidInputException}. */
    public static PhotoSize parse(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("size", null, "is missing: give one of " + names());
        }
        for (PhotoSize size : values()) {
            if (size.id().equalsIgnoreCase(name.trim())) {
                return size;
            }
        }
        throw new InvalidInputException("size", name, "is not a photo size: give one of " + names());
    }

    static PhotoSize require(PhotoSize size) {
        if (size == null) {
            throw new InvalidInputException("size", null, "is missing: give one of " + names());
        }
        return size;
    }

    /** This size's URL among a photo's URLs. */
    String in(PhotoUrls urls) {
        return switch (this) {
            case ORIGINAL -> urls.original();
            case RETINA -> urls.retina();
            case MAX -> urls.max();
            case BIG -> urls.big();
            case MEDIUM -> urls.medium();
            case SMALL -> urls.small();
        };
    }

    /** {@code original, retina, max, big, medium, small} */
    public static String names() {
        return Arrays.stream(values()).map(PhotoSize::id).collect(Collectors.joining(", "));
    }
}
