package io.jenkins.plugins.docspace;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DownloadedPhoto;
import io.github.docspacephoto.client.PhotoDownload;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.PhotoSize;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the copies the build page shows: the big, medium and small thumbnails (82, 48 and 32 pixels) of the photo a
 * step left, each at most {@value #MAX_IMAGE_BYTES} bytes, for the first {@value #MAX_STEPS_WITH_IMAGES} steps of a
 * build; at most about 15 MiB per build.
 */
final class PhotoSnapshots {

    static final List<PhotoSize> SIZES = List.of(PhotoSize.BIG, PhotoSize.MEDIUM, PhotoSize.SMALL);
    static final int MAX_STEPS_WITH_IMAGES = 20;
    static final int MAX_IMAGE_BYTES = 256 * 1024;

    private PhotoSnapshots() {
    }

    /** Downloads each size of the photo into {@code folder}, named after the step's number. */
    static List<BuildPhotos.Image> take(DocSpacePhotos photos, PhotoResult photo, Path folder, int step)
            throws IOException {
        Files.createDirectories(folder);
        List<BuildPhotos.Image> images = new ArrayList<>();
        for (PhotoSize size : SIZES) {
            try (PhotoDownload download = photos.download(photo, size)) {
                String name = step + "-" + size.id() + "." + download.extension();
                Path file = folder.resolve(name);
                boolean kept = false;
                try (OutputStream out = new Bounded(Files.newOutputStream(file))) {
                    DownloadedPhoto copy = download.writeTo(out);
                    images.add(new BuildPhotos.Image(size.id(), name, copy.mediaType(), copy.width(), copy.height()));
                    kept = true;
                } catch (UncheckedIOException failure) {
                    throw failure.getCause();
                } finally {
                    if (!kept) {
                        // a failed or refused copy is not left behind in the build's folder
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        return images;
    }

    /** Stops a copy that would pass the limit: a thumbnail that large is not one. */
    private static final class Bounded extends FilterOutputStream {
        private long written;

        Bounded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            written += length;
            if (written > MAX_IMAGE_BYTES) {
                throw new IOException("the thumbnail is over " + MAX_IMAGE_BYTES + " bytes");
            }
            out.write(buffer, offset, length);
        }
    }
}
