package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "login",
        description = "Exchange a user name and password for a personal access token and save it to a file"
                + " readable only by you. The token is never printed.",
        footer = {"%nExample:", "  DOCSPACE_PASSWORD=... docspace-photo login --user john --save-token ~/.docspace-token",
            "  docspace-photo get john --token-file ~/.docspace-token"})
final class LoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    Output output;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "User name or e-mail")
    String userName;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File holding the password (default: $DOCSPACE_PASSWORD)")
    Path passwordFile;

    @Option(names = "--save-token", required = true, paramLabel = "FILE", description = "Where to write the token")
    Path tokenFile;

    @Override
    public Integer call() throws IOException {
        String token = DocSpacePhotos.login(connection.serverOnly(), userName, password());
        write(tokenFile, token);
        if (output.json) {
            spec.commandLine().getOut().println(Output.toJson(Map.of("userName", userName,
                    "tokenFile", tokenFile.toString())));
        } else {
            spec.commandLine().getOut().println("Logged in as " + userName + "; token saved to " + tokenFile);
        }
        return ExitCodes.OK;
    }

    private String password() throws IOException {
        String password = passwordFile != null ? Files.readString(passwordFile).trim()
                : System.getenv("DOCSPACE_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", null,
                    "is missing: set DOCSPACE_PASSWORD or pass --password-file FILE");
        }
        return password;
    }

    static void write(Path file, String token) {
        try {
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
