package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A local image checked as DocSpace will check it: PNG or JPEG by content, not empty, within the size limit. */
record PhotoFile(Path path, String mediaType, long size) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    static PhotoFile check(Path path, long maxBytes) {
        if (path == null) {
            throw new InvalidInputException("file", null, "is missing: an upload needs a PNG or JPEG file");
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException("file", path, "does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("file", path, "is not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new InvalidInputException("file", path, "is not readable");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new InvalidInputException("file", path, "is empty");
            }
            if (size > maxBytes) {
                throw new InvalidInputException("file", path, "is " + size + " bytes, over the upload limit of "
                        + maxBytes + " bytes");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(PNG.length);
            }
            String mediaType = startsWith(head, PNG) ? "image/png" : startsWith(head, JPEG) ? "image/jpeg" : null;
            if (mediaType == null) {
                throw new InvalidInputException("file", path, "is not a PNG or JPEG image (judged by its content)");
            }
            return new PhotoFile(path, mediaType, size);
        } catch (IOException e) {
            throw new InvalidInputException("file", path, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
