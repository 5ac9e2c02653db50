package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.image.ImageFile;
import io.github.docspacephoto.client.image.SourceFormat;
import java.nio.file.Path;

/** A local image checked as DocSpace will check it: PNG or JPEG by content, not empty, within the size limit. */
record PhotoFile(Path path, String mediaType, long size) {

    static PhotoFile check(Path path, long maxBytes) {
        if (path == null) {
            throw new InvalidInputException("file", null, "is missing: an upload needs a PNG or JPEG file");
        }
        ImageFile file = ImageFile.inspect(path);
        if (file.size() > maxBytes) {
            throw new InvalidInputException("file", path, "is " + file.size() + " bytes, over the upload limit of "
                    + maxBytes + " bytes");
        }
        if (file.format() == SourceFormat.PNG) {
            return new PhotoFile(path, "image/png", file.size());
        }
        if (file.format() == SourceFormat.JPEG) {
            return new PhotoFile(path, "image/jpeg", file.size());
        }
        throw new InvalidInputException("file", path, "is not a PNG or JPEG image (judged by its content)");
    }
}
