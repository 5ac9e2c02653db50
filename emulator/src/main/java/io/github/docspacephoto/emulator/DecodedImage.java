package io.github.docspacephoto.emulator;

import java.awt.image.BufferedImage;

/**
 * Image bytes as they came, their pixels, and their format named as ImageMagick does in lower case
 * ({@code png}, {@code jpeg}, {@code gif}, {@code bmp}), which DocSpace uses as the file extension (NOTES.md §6).
 */
record DecodedImage(byte[] bytes, BufferedImage pixels, String format) {

    boolean isPngOrJpeg() {
        return format.equals("png") || format.equals("jpeg");
    }

    int width() {
        return pixels.getWidth();
    }

    int height() {
        return pixels.getHeight();
    }
}
