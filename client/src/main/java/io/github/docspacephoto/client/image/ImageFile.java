package io.github.docspacephoto.client.image;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local file about to be sent or prepared: an existing, readable, non-empty regular file, its size, and the image
 * format its first bytes show (null when they show none of {@link SourceFormat}'s; a file's extension may lie).
 */
public record ImageFile(Path path, long size, SourceFormat format) {

    private static final int HEAD_LENGTH = 12;

    /** @throws InvalidInputException naming the file and what is wrong with it; {@code file} must not be null */
    public static ImageFile inspect(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file", file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("file", file, "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException("file", file, "is not readable");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidInputException("file", file, "is empty");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_LENGTH);
            }
            return new ImageFile(file, size, SourceFormat.recognise(head));
        } catch (IOException e) {
            throw new InvalidInputException("file", file, "cannot be read: " + e.getMessage());
        }
    }
}
