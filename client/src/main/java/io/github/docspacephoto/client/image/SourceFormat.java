package io.github.docspacephoto.client.image;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** The image formats preparation reads, recognised by their first bytes (a file's extension may lie). */
public enum SourceFormat {
    PNG, JPEG, GIF, BMP,
    /**
     * TwelveMonkeys' WebP decoder cannot subsample: it decodes the whole image, so WebP gets a lower limit (4096 x
     * 4096, 64 MiB of pixels), and its file is read into memory.
     */
    WEBP(16L * 1024 * 1024, 64L * 1024 * 1024);

    /** Above the 200 megapixels of the largest phone cameras. */
    private static final long MAX_PIXELS = 250_000_000L;
    /** Far above any photo of {@link #MAX_PIXELS}, as JPEG. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private final long maxPixels;
    private final long maxBytes;

    SourceFormat() {
        this(MAX_PIXELS, MAX_BYTES);
    }

    SourceFormat(long maxPixels, long maxBytes) {
        this.maxPixels = maxPixels;
        this.maxBytes = maxBytes;
    }

    /** Larger images (or headers claiming so) are refused before decoding, which bounds time and memory. */
    long maxPixels() {
        return maxPixels;
    }

    long maxBytes() {
        return maxBytes;
    }
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /**
     * Checks that {@code file} is a readable, non-empty regular file in one of these formats and within its size
     * limit, and says which.
     */
    static SourceFormat of(Path file) {
        if (file == null) {
            throw new InvalidInputException("file", null, "is missing: an upload needs an image file");
        }
        ImageFile image = ImageFile.inspect(file);
        SourceFormat format = image.format();
        if (format == null) {
            throw new InvalidInputException("file", file, "is not a PNG, JPEG, GIF, BMP or WebP image (judged by"
                    + " its content)");
        }
        if (image.size() > format.maxBytes) {
            throw new InvalidInputException("file", file, "is " + image.size() + " bytes, over the limit of "
                    + format.maxBytes + " bytes for a " + format + " image to prepare");
        }
        return format;
    }

    /** The format these first bytes show, or null. */
    static SourceFormat recognise(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(head, JPEG_SIGNATURE)) {
            return JPEG;
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return GIF;
        }
        if (ascii.startsWith("BM")) {
            return BMP;
        }
        if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) {
            return WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
