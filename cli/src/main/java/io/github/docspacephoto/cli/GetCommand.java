package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import picocli.CommandLine.Command;

@Command(name = "get", description = "Show the URLs of a user's photo and thumbnails.",
        footer = {"%nExample:", "  DOCSPACE_URL=https://docspace.example.com DOCSPACE_TOKEN=... docspace-photo get john"})
final class GetCommand extends PhotoCommand {

    @Override
    PhotoRequest request() {
        return PhotoRequest.builder(PhotoAction.GET, userId).build();
    }
}
