package io.github.docspacephoto.client.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A prepared image in a private temporary folder: PNG or JPEG, at most 1280 x 1280, within the upload limit, with
 * no metadata. {@link #close()} deletes it; use try-with-resources.
 */
public final class PreparedPhoto implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PreparedPhoto.class.getName());

    private final Path path;
    private final String mediaType;
    private final int width;
    private final int height;

    PreparedPhoto(Path path, String mediaType, int width, int height) {
        this.path = path;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
    }

    public Path path() {
        return path;
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Deletes the file and its folder; never throws, so that it cannot hide the upload's own failure. */
    @Override
    public void close() {
        delete(path);
        delete(path.getParent());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // No deleteOnExit: its list is JVM-wide and never shrinks. The folder is private and in the temp dir.
            LOG.log(System.Logger.Level.WARNING, "could not delete the prepared photo {0}: {1}", file, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PreparedPhoto[" + mediaType + ", " + width + "x" + height + ", " + path + "]";
    }
}
