package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import picocli.CommandLine.Command;

@Command(name = "delete", description = "Delete your photo; DocSpace shows the default avatar again.",
        footer = {"%nExample:", "  docspace-photo delete john --token-file ~/.docspace-token"})
final class DeleteCommand extends PhotoCommand {

    @Override
    PhotoRequest request() {
        return PhotoRequest.builder(PhotoAction.DELETE, userId).build();
    }
}
