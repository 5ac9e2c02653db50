package io.github.docspacephoto.client.image;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a PNG, JPEG (also CMYK, YCCK, progressive, with an ICC profile), GIF (its first frame), BMP or WebP of any
 * size into what DocSpace keeps of an uploaded photo: upright (the EXIF orientation applied), scaled down (never
 * up) to fit 1280 x 1280, in sRGB, as PNG when some pixel is transparent and else as JPEG at the best quality that
 * fits the upload limit, without any metadata (no EXIF, so no GPS position reaches the server).
 *
 * <p>Memory stays bounded whatever the image's size, and the full-size raster never exists (a 48-megapixel photo
 * would take 144 MB of heap). A sequential JPEG or a non-interlaced PNG (phone photos, screenshots) streams row by
 * row through an exact area average, so every source pixel counts, as in DocSpace's own scaling
 * ({@code StreamingDecoder}). Anything else (progressive JPEG, interlaced PNG, CMYK JPEG, GIF, BMP, WebP) is
 * decoded with source subsampling to between 1.5 and 3 times the final size, then scaled down in steps of at most
 * one half. A 48-megapixel JPEG is prepared in a JVM with {@code -Xmx64m} (see docs/benchmark.md). Time and
 * memory are bounded by refusing images over {@link #MAX_PIXELS}, judged from their header before decoding.
 *
 * <p>Thread-safe; it registers nothing with ImageIO (see {@code Codecs}).
 */
public final class PhotoPreparer {

    /** DocSpace scales the original photo to fit this square. */
    public static final int MAX_SIDE = 1280;
    /**
     * The largest image prepared, judged from its header: above the 200 megapixels of the largest phone cameras.
     * WebP: 16 megapixels (4096 x 4096), as its decoder holds the whole image.
     */
    public static final long MAX_PIXELS = SourceFormat.JPEG.maxPixels();
    /** The largest source file read (WebP: 64 MiB); a caller copying files may refuse larger ones early. */
    public static final long MAX_SOURCE_BYTES = SourceFormat.JPEG.maxBytes();

    /** When even the lowest JPEG quality is over the limit, the image shrinks by this factor, down to 32 px. */
    private static final double SHRINK_STEP = 0.8;
    private static final int MIN_SIDE = 32;
    /** Decoding keeps at least this many times the final pixels per side, for the scaling to average over. */
    private static final double MIN_OVERSAMPLING = 1.5;

    private PhotoPreparer() {
    }

    /**
     * Checks, before anything is sent, that {@code file} is one this class can prepare: a readable file of at most
     * {@link #MAX_SOURCE_BYTES} whose content starts as a PNG, JPEG, GIF, BMP or WebP. Reads only its first bytes.
     *
     * @throws InvalidInputException naming the file and the rule it breaks
     */
    public static void checkSource(Path file) {
        SourceFormat.of(file);
    }

    /**
     * Prepares {@code source} for an upload limit of {@code maxUploadBytes}; the caller closes the result, which
     * deletes the prepared file.
     *
     * @throws InvalidInputException naming the file and the reason when it cannot be prepared (missing, empty, not
     *                               an image, truncated, too many pixels, or impossible to fit the limit)
     */
    public static PreparedPhoto prepare(Path source, long maxUploadBytes) {
        if (maxUploadBytes < 1) {
            throw new InvalidInputException("maxUploadBytes", maxUploadBytes, "must be positive");
        }
        SourceFormat format = SourceFormat.of(source);
        BufferedImage upright = decodeUpright(source, format);
        PhotoEncoder.Encoded encoded = encodeWithin(upright, maxUploadBytes, source);
        return write(encoded, source);
    }

    private static BufferedImage decodeUpright(Path source, SourceFormat format) {
        try (SourceImage image = SourceImage.open(source, format)) {
            Size size = image.size();
            if (size.pixels() > format.maxPixels()) {
                throw new InvalidInputException("file", source, "declares " + size + " pixels, over the limit of "
                        + megapixels(format.maxPixels()) + " megapixels for a " + format + " image to prepare");
            }
            Size target = size.fitWithin(MAX_SIDE);
            BufferedImage scaled = target.equals(size) || !image.streamable() ? null
                    : StreamingDecoder.decode(source, format, size, target);
            if (scaled == null) {
                scaled = Downscaler.scale(image.read(subsampling(size, target)), target);
            }
            return image.orientation().apply(scaled);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            rethrowOutOfMemory(e);
            throw new InvalidInputException("file", source, "cannot be read as a " + format + " image: "
                    + reason(e));
        }
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }

    static int subsampling(Size source, Size target) {
        double ratio = Math.max((double) source.width() / target.width(),
                (double) source.height() / target.height());
        return Math.max(1, (int) Math.floor(ratio / MIN_OVERSAMPLING));
    }

    private static PhotoEncoder.Encoded encodeWithin(BufferedImage image, long maxUploadBytes, Path source) {
        boolean transparent = PhotoEncoder.hasTransparentPixel(image);
        BufferedImage current = image;
        try {
            while (true) {
                PhotoEncoder.Encoded encoded = PhotoEncoder.encode(current, transparent, maxUploadBytes);
                if (encoded != null) {
                    return encoded;
                }
                if (current.getWidth() <= MIN_SIDE && current.getHeight() <= MIN_SIDE) {
                    throw new InvalidInputException("file", source, "cannot be prepared within the upload limit of "
                            + maxUploadBytes + " bytes, not even at " + current.getWidth() + "x"
                            + current.getHeight() + " pixels");
                }
                current = Downscaler.scale(current,
                        new Size(current.getWidth(), current.getHeight()).scaledBy(SHRINK_STEP));
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", source, "cannot be encoded: " + reason(e));
        }
    }

    private static PreparedPhoto write(PhotoEncoder.Encoded encoded, Path source) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("docspace-photo-");
            Path file = folder.resolve(stem(source) + "." + encoded.extension());
            Files.write(file, encoded.bytes());
            return new PreparedPhoto(file, encoded.mediaType(), encoded.size().width(), encoded.size().height());
        } catch (IOException e) {
            if (folder != null) {
                new PreparedPhoto(folder.resolve("none"), encoded.mediaType(), 0, 0).close();
            }
            throw new InvalidInputException("file", source, "could not be prepared: no temporary file could be"
                    + " written (" + e.getMessage() + ")");
        }
    }

    /** The source's name without its extension, so that the upload keeps a recognisable name. */
    private static String stem(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() || stem.startsWith(".") ? "photo" : stem;
    }

    /** The JDK's PNG reader wraps an OutOfMemoryError in an IIOException: the file is not to blame then. */
    private static void rethrowOutOfMemory(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError outOfMemory) {
                throw outOfMemory;
            }
        }
    }

    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return "the data ends early (the file is truncated)";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
