package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "upload", description = "Upload a PNG or JPEG as your photo (only you may change your own photo).",
        footer = {"%nExample:", "  docspace-photo upload john --file avatar.png",
            "  docspace-photo upload john --file IMG_2048.JPG --prepare   # a phone photo of any size, or GIF/BMP/WebP",
            "  docspace-photo upload john --file avatar.jpg --no-autosave   # then: thumbnails john --tmp-file ..."})
final class UploadCommand extends PhotoCommand {

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "PNG or JPEG to upload (with --prepare also GIF, BMP or WebP, of any size)")
    Path file;

    @Option(names = "--prepare", negatable = false,
            description = "Upload the image as DocSpace keeps it instead of the file itself: upright (EXIF"
                    + " orientation), scaled down to fit 1280x1280, PNG if transparent else JPEG within the upload"
                    + " limit, without metadata such as the GPS position")
    boolean prepare;

    @Option(names = "--no-autosave", negatable = false,
            description = "Keep the upload as a temporary file instead of making it the photo")
    boolean noAutosave;

    @Override
    PhotoRequest request() {
        return PhotoRequest.builder(PhotoAction.UPLOAD, userId).file(file).autosave(!noAutosave)
                .prepare(prepare).build();
    }
}
