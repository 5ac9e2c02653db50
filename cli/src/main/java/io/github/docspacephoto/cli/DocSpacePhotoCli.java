package io.github.docspacephoto.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "docspace-photo", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "docspace-photo 0.1.0",
        description = "Get, upload, update, delete and crop ONLYOFFICE DocSpace user photos.",
        subcommands = {GetCommand.class, DownloadCommand.class, UploadCommand.class, UpdateCommand.class,
            DeleteCommand.class, ThumbnailsCommand.class, LoginCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the demo found a step that did not do what it should",
            "2:usage error (unknown option, missing argument)",
            "3:authentication failed (401, two-factor account, bad credentials)",
            "4:permission denied (403: only the user may change their own photo)",
            "5:user or file not found (404)",
            "6:invalid input (refused before sending, upload refused, 400, 415; a file that cannot be written)",
            "7:server or network error (5xx, 429, timeout, connection)",
            "8:outcome unknown: a change was sent and no answer came; check with 'get' before trying again"},
        footer = {"%nServer and token come from --server/--token-file or DOCSPACE_URL/DOCSPACE_TOKEN.",
            "Try: docspace-photo demo"})
public final class DocSpacePhotoCli {

    private static final String RESTEASY_BODY_CAP = "dev.resteasy.entity.file.threshold";

    private DocSpacePhotoCli() {
    }

    public static void main(String[] args) {
        // The CLI owns its JVM, so it may lift RESTEasy's 50 MB cap on request bodies (--max-upload-bytes);
        // the client library never sets a system property.
        if (System.getProperty(RESTEASY_BODY_CAP) == null) {
            System.setProperty(RESTEASY_BODY_CAP, "-1");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(DocSpacePhotoCli.class);
        cli.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("docspace-photo: " + failure.getMessage());
            command.getErr().flush();
            return ExitCodes.of(failure);
        });
        return cli;
    }
}
