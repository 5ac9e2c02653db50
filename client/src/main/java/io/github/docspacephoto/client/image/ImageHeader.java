package io.github.docspacephoto.client.image;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's format and pixel size, read from its header by the format's own ImageIO reader while the bytes stream
 * on to where they belong: only the header (plus the reader's read-ahead) is ever held in memory, never the image.
 */
public record ImageHeader(String mediaType, String extension, int width, int height) {

    /** Enough first bytes to tell PNG, JPEG, GIF, BMP and WebP apart. */
    public static final int SIGNATURE_LENGTH = 12;

    /** {@code image/png}, {@code image/jpeg}, {@code image/gif}, {@code image/bmp} or {@code image/webp}, or null. */
    public static String mediaTypeOf(byte[] firstBytes) {
        SourceFormat format = SourceFormat.recognise(firstBytes);
        return format == null ? null : mediaType(format);
    }

    /**
     * Reads the header of the image that {@code in} starts with, passing every byte it reads on to {@code out}; the
     * rest of the image is left in {@code in} for the caller to copy. Fails with an {@link IIOException} when the
     * bytes are not a PNG, JPEG, GIF, BMP or WebP image whose header its reader can read.
     */
    public static ImageHeader readThrough(InputStream in, OutputStream out) throws IOException {
        InputStream passing = new PassOn(in, out);
        byte[] signature = passing.readNBytes(SIGNATURE_LENGTH);
        SourceFormat format = SourceFormat.recognise(signature);
        if (format == null) {
            throw new IIOException("not a PNG, JPEG, GIF, BMP or WebP image (judged by its first bytes)");
        }
        ImageInputStream input = new MemoryCacheImageInputStream(
                new SequenceInputStream(new ByteArrayInputStream(signature), passing));
        ImageReader reader = Codecs.reader(format);
        try {
            reader.setInput(input, true, true);
            return new ImageHeader(mediaType(format), extension(format), reader.getWidth(0), reader.getHeight(0));
        } catch (RuntimeException broken) {
            // Some readers throw unchecked exceptions on damaged headers.
            throw new IIOException("a damaged " + format + " header: " + broken, broken);
        } finally {
            reader.dispose();
            input.close(); // drops the cache; the underlying stream stays open
        }
    }

    private static String mediaType(SourceFormat format) {
        return "image/" + format.name().toLowerCase(Locale.ROOT);
    }

    private static String extension(SourceFormat format) {
        return format == SourceFormat.JPEG ? "jpg" : format.name().toLowerCase(Locale.ROOT);
    }

    /** Writes to {@code out} whatever is read from it. */
    private static final class PassOn extends FilterInputStream {
        private final OutputStream out;

        PassOn(InputStream in, OutputStream out) {
            super(in);
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                out.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                out.write(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
