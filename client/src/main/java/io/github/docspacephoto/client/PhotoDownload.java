package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.client.image.ImageHeader;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * A photo's image, open and checked to be one (the server said {@code image/*} and the first bytes are a PNG, JPEG,
 * GIF, BMP or WebP), not yet read. {@link #writeTo(OutputStream)} streams it, holding no more than its header in
 * memory; {@link #close()} releases the connection whether it was read or not.
 *
 * <pre>{@code
 * try (PhotoDownload photo = photos.download("john", PhotoSize.MAX)) {
 *     DownloadedPhoto done = photo.writeTo(out);   // done.width(), done.height(), done.mediaType()
 * }
 * }</pre>
 */
public final class PhotoDownload implements AutoCloseable {

    private final String userId;
    private final PhotoSize size;
    private final URI url;
    private final String requestLine;
    private final String mediaType;
    private final long contentLength;
    private final InputStream body;
    private final Runnable release;
    private boolean read;
    private boolean closed;

    PhotoDownload(String userId, PhotoSize size, URI url, String requestLine, String mediaType, long contentLength,
                  InputStream body, Runnable release) {
        this.userId = userId;
        this.size = size;
        this.url = url;
        this.requestLine = requestLine;
        this.mediaType = mediaType;
        this.contentLength = contentLength;
        this.body = body;
        this.release = release;
    }

    public String userId() {
        return userId;
    }

    public PhotoSize size() {
        return size;
    }

    /** The absolute URL the image comes from. */
    public URI url() {
        return url;
    }

    /**
     * The image's type by its content: {@code image/png}, {@code image/jpeg}, {@code image/gif}, {@code image/bmp}
     * or {@code image/webp}. DocSpace serves the thumbnails of a JPEG photo as {@code image/jpeg} although it wrote
     * them as PNG; this says PNG.
     */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension for {@link #mediaType()}: {@code png}, {@code jpg}, {@code gif}, {@code bmp}, {@code webp}. */
    public String extension() {
        return mediaType.equals("image/jpeg") ? "jpg" : mediaType.substring("image/".length());
    }

    /** {@code <userId>-<size>.<extension>}, e.g. {@code john-small.png}. */
    public String defaultFileName() {
        return userId + "-" + size.id() + "." + extension();
    }

    /** The length the server announced, or -1. */
    public long contentLength() {
        return contentLength;
    }

    /**
     * Copies the image to {@code out} as it arrives (once; {@code out} is flushed, not closed) and reads its pixel
     * size from its header on the way.
     *
     * @throws UnexpectedResponseException the bytes are not a readable image header
     * @throws DocSpaceConnectionException the connection broke or timed out, or the body ended early; part of the
     *         image may have reached {@code out}
     * @throws UncheckedIOException writing to {@code out} failed
     */
    public DownloadedPhoto writeTo(OutputStream out) {
        if (read || closed) {
            throw new IllegalStateException("the image of " + requestLine + " was already " + (closed ? "closed" : "read"));
        }
        read = true;
        Source source = new Source(body);
        Destination destination = new Destination(out);
        try {
            ImageHeader header = ImageHeader.readThrough(source, destination);
            source.transferTo(destination);
            destination.flush();
            if (contentLength >= 0 && destination.count != contentLength) {
                throw new DocSpaceConnectionException(requestLine + ": the image ended after " + destination.count
                        + " of " + contentLength + " bytes", true, null);
            }
            return new DownloadedPhoto(userId, size, url, header.mediaType(), destination.count, header.width(),
                    header.height(), null);
        } catch (IOException failure) {
            if (destination.failure != null) {
                throw new UncheckedIOException("cannot write the image of " + requestLine + ": "
                        + destination.failure.getMessage(), destination.failure);
            }
            if (source.failure != null) {
                throw new DocSpaceConnectionException(requestLine + ": the connection broke after "
                        + destination.count + " bytes of the image (" + source.failure.getClass().getSimpleName()
                        + ")", true, source.failure);
            }
            throw new UnexpectedResponseException(requestLine + ": the answer is not a readable " + mediaType
                    + " image: " + failure.getMessage(), failure);
        }
    }

    /** Releases the connection; closing twice does no harm. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }

    @Override
    public String toString() {
        return "PhotoDownload[" + requestLine + ", " + mediaType + "]";
    }

    /** The network side: remembers a failure to read, to tell it from a damaged image. */
    private static final class Source extends FilterInputStream {
        IOException failure;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** The caller's side: counts bytes and remembers a failure to write. */
    private static final class Destination extends FilterOutputStream {
        IOException failure;
        long count;

        Destination(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            try {
                out.write(buffer, offset, length);
                count += length;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
