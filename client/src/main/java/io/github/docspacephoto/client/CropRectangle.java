package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;

/** The part of the photo thumbnails are cut from, in pixels of the original; 0x0 means the whole photo. */
public record CropRectangle(int x, int y, int width, int height) {

    public static final CropRectangle WHOLE_PHOTO = new CropRectangle(0, 0, 0, 0);

    public CropRectangle {
        requireNonNegative("x", x);
        requireNonNegative("y", y);
        requireNonNegative("width", width);
        requireNonNegative("height", height);
    }

    private static void requireNonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "must not be negative (crop rectangle in pixels)");
        }
    }
}
