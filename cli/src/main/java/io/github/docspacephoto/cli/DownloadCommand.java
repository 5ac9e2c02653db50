package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.PhotoSize;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "download", description = "Save a user's photo, in one of its sizes, to a file.",
        footer = {"%nExample:", "  docspace-photo download john                      # ./john-original.png (or .jpg)",
            "  docspace-photo download john --size small -o avatars/john.png --force",
            "  docspace-photo download john --size max --json | jq -r .file"})
final class DownloadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    Output output;

    @Parameters(index = "0", paramLabel = "USER", description = "The user's GUID or user name")
    String userId;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "original",
            description = "original (up to 1280x1280), retina (360), max (200), big (82), medium (48) or small (32)"
                    + " (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "File to write, or an existing folder to write USER-SIZE.png (or .jpg) in"
                    + " (default: that name in the current folder)")
    Path file;

    @Option(names = "--force", negatable = false, description = "Replace the file if it exists")
    boolean force;

    @Override
    public Integer call() {
        PhotoSize photoSize = PhotoSize.parse(size);
        Path target = file == null ? Path.of("") : file;
        DocSpacePhotos photos = DocSpacePhotos.connect(connection.settings());
        output.print(spec.commandLine().getOut(), photos.download(userId, photoSize, target, force));
        return ExitCodes.OK;
    }
}
