package io.github.docspacephoto.client.model;

/** The photo's URLs: the original (at most 1280x1280) and square thumbnails of 360, 200, 82, 48 and 32 px. */
public record ThumbnailsDataDto(String original, String retina, String max, String big, String medium,
                                String small) {
}
