package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.client.error.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the server is and how to authenticate; from options, else the environment. */
final class ConnectionOptions {

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:DOCSPACE_URL}",
            description = "DocSpace URL, e.g. https://docspace.example.com (default: $DOCSPACE_URL)")
    URI server;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding a personal access token or an sk- API key (recommended)")
    Path tokenFile;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DOCSPACE_TOKEN}",
            description = "Token or sk- API key (default: $DOCSPACE_TOKEN). Prefer the environment or --token-file:"
                    + " a command line is visible to other users of the machine.")
    String token;

    @Option(names = "--cookie", description = "Send the token as the asc_auth_key cookie instead of a Bearer header")
    boolean cookie;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Connect timeout in seconds (default: ${DEFAULT-VALUE})")
    long connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Read timeout in seconds (default: ${DEFAULT-VALUE})")
    long readTimeout;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest file to upload (default: ${DEFAULT-VALUE}, DocSpace's default limit)")
    long maxUploadBytes;

    DocSpaceSettings settings() {
        return serverOnly().toBuilder().credentials(credentials()).build();
    }

    DocSpaceSettings serverOnly() {
        return DocSpaceSettings.builder(server)
                .connectTimeout(Duration.ofSeconds(connectTimeout))
                .readTimeout(Duration.ofSeconds(readTimeout))
                .maxUploadBytes(maxUploadBytes)
                .build();
    }

    private Credentials credentials() {
        String secret = tokenFile != null ? read(tokenFile) : token;
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("token", null,
                    "is missing: set DOCSPACE_TOKEN, or pass --token-file FILE (or --token)");
        }
        if (secret.startsWith("sk-")) {
            return Credentials.apiKey(secret);
        }
        return cookie ? Credentials.cookieToken(secret) : Credentials.token(secret);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new InvalidInputException("token-file", file, "cannot be read: " + e.getClass().getSimpleName());
        }
    }
}
