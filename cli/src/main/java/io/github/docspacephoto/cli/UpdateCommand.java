package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "update", description = "Set your photo from a URL that DocSpace downloads.",
        footer = {"%nExample:", "  docspace-photo update john --url https://example.com/avatar.jpg"})
final class UpdateCommand extends PhotoCommand {

    @Option(names = "--url", required = true, paramLabel = "URL", description = "http(s) URL of the new photo")
    String url;

    @Override
    PhotoRequest request() {
        return PhotoRequest.builder(PhotoAction.UPDATE, userId).url(url).build();
    }
}
