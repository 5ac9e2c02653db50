package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.PhotoRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A subcommand that runs one photo action for one user. */
abstract class PhotoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    Output output;

    @Parameters(index = "0", paramLabel = "USER", description = "The user's GUID or user name")
    String userId;

    abstract PhotoRequest request();

    @Override
    public Integer call() {
        output.print(spec.commandLine().getOut(), DocSpacePhotos.connect(connection.settings()).execute(request()));
        return ExitCodes.OK;
    }
}
