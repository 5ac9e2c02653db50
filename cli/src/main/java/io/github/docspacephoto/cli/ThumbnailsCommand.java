package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "thumbnails",
        description = "Cut your thumbnails from a crop rectangle of the photo, or make a temporary upload the photo.",
        footer = {"%nExample:", "  docspace-photo thumbnails john --x 100 --y 50 --width 300 --height 300",
            "  docspace-photo thumbnails john --tmp-file /storage/userPhotos/temp/....png"})
final class ThumbnailsCommand extends PhotoCommand {

    @Option(names = "--x", defaultValue = "0", description = "Left edge in pixels (default: 0)")
    int x;

    @Option(names = "--y", defaultValue = "0", description = "Top edge in pixels (default: 0)")
    int y;

    @Option(names = "--width", defaultValue = "0", description = "Width in pixels; 0 with height 0 = whole photo")
    int width;

    @Option(names = "--height", defaultValue = "0", description = "Height in pixels")
    int height;

    @Option(names = "--tmp-file", paramLabel = "URL", description = "Temporary file from upload --no-autosave")
    String tmpFile;

    @Override
    PhotoRequest request() {
        return PhotoRequest.builder(PhotoAction.THUMBNAILS, userId)
                .crop(new CropRectangle(x, y, width, height))
                .tmpFile(tmpFile)
                .build();
    }
}
