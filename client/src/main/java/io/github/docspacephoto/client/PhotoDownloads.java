package io.github.docspacephoto.client;

import io.github.docspacephoto.client.Retrier.Repeat;
import io.github.docspacephoto.client.api.PhotoFileApi;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.SecretMask;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.client.image.ImageHeader;
import io.github.docspacephoto.client.provider.DocSpaceExceptionMapper;
import io.github.docspacephoto.client.provider.PhotoFileTargetFilter;
import io.github.docspacephoto.client.provider.RequestLineFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Fetches the image behind a photo URL with the client's credentials (only on the portal's own origin), its
 * retries for a read, and its secret masking. Each download builds its own connection and closes it when done,
 * so a stream being read is never cut by the shared client being replaced.
 */
final class PhotoDownloads {

    private final DocSpaceSettings settings;
    private final Retrier retrier;
    private final LoginSession login;
    private final Supplier<Credentials> credentials;
    private final Supplier<SecretMask> mask;

    PhotoDownloads(DocSpaceSettings settings, Retrier retrier, LoginSession login, Supplier<Credentials> credentials,
                   Supplier<SecretMask> mask) {
        this.settings = settings;
        this.retrier = retrier;
        this.login = login;
        this.credentials = credentials;
        this.mask = mask;
    }

    /** Opens the image; the caller closes it, which closes the connection. */
    PhotoDownload open(String userId, PhotoSize size, String url) {
        URI target = target(url);
        PhotoFileApi client = build();
        try {
            return retrier.call(requestLine(target), userId, Repeat.READ,
                    () -> attempt(client, userId, size, target, () -> close(client)));
        } catch (RuntimeException e) {
            close(client);
            throw e;
        }
    }

    /**
     * Saves the image to {@code target} (a file, or a folder for {@link PhotoDownload#defaultFileName()}) through a
     * hidden file beside it, moved into place when complete: the target is never half-written. A connection that
     * breaks mid-image is retried as a whole.
     */
    DownloadedPhoto save(String userId, PhotoSize size, String url, Path target, boolean overwrite) {
        URI source = target(url);
        PhotoFileApi client = build();
        try {
            return retrier.call(requestLine(source), userId, Repeat.READ, () -> {
                try (PhotoDownload download = attempt(client, userId, size, source, () -> { })) {
                    return saveTo(download, target, overwrite);
                }
            });
        } finally {
            close(client);
        }
    }

    /** Refused before anything is sent: where the image is to be written. */
    static void checkTarget(Path target, boolean overwrite) {
        if (target == null) {
            throw new InvalidInputException("file", null, "is missing: give the file (or folder) to save the photo in");
        }
        if (Files.isDirectory(target)) {
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("file", target, "is in a folder that does not exist");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new InvalidInputException("file", target, "exists and is not a regular file");
        }
        if (Files.exists(target) && !overwrite) {
            throw existing(target);
        }
    }

    private static InvalidInputException existing(Path file) {
        return new InvalidInputException("file", file, "already exists: allow overwriting to replace it");
    }

    private static DownloadedPhoto saveTo(PhotoDownload download, Path target, boolean overwrite) {
        Path file = Files.isDirectory(target) ? target.resolve(download.defaultFileName()) : target;
        if (!overwrite && Files.exists(file)) {
            throw existing(file);
        }
        Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            DownloadedPhoto photo;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                photo = download.writeTo(out);
            }
            if (overwrite) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(partial, file);
            }
            return photo.savedAs(file);
        } catch (FileAlreadyExistsException appearedMeanwhile) {
            throw existing(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the photo to " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a hidden leftover; the target itself is untouched
            }
        }
    }

    /** One request; a login's token refused by the portal is renewed and the request sent once more. */
    private PhotoDownload attempt(PhotoFileApi client, String userId, PhotoSize size, URI target, Runnable release) {
        Credentials.Token sent = login == null ? null : login.current();
        try {
            return fetch(client, userId, size, target, release);
        } catch (DocSpaceAuthenticationException refused) {
            if (login == null || !PhotoFileTargetFilter.sameOrigin(target, settings.server())) {
                throw refused;
            }
            login.renewAfterRejection(sent);
            return fetch(client, userId, size, target, release);
        }
    }

    private PhotoDownload fetch(PhotoFileApi client, String userId, PhotoSize size, URI target, Runnable release) {
        String requestLine = requestLine(target);
        Response response;
        try {
            response = LibraryClassLoader.run(() -> client.fetch(target.toString()));
        } catch (RuntimeException e) {
            throw mask.get().applyTo(Failures.translate(e, requestLine, origin(target)));
        }
        try {
            return check(response, userId, size, target, requestLine, () -> {
                response.close();
                release.run();
            });
        } catch (RuntimeException e) {
            response.close();
            throw e instanceof DocSpaceException known ? mask.get().applyTo(known) : e;
        }
    }

    /** A 200 that says {@code image/*} and starts like an image; anything else (a login page, JSON) is refused. */
    private PhotoDownload check(Response response, String userId, PhotoSize size, URI target, String requestLine,
                                Runnable release) {
        int status = response.getStatus();
        if (status != 200) {
            throw new UnexpectedResponseException(requestLine + ": " + origin(target) + " answered HTTP " + status
                    + (status / 100 == 3 ? " (a redirect, not followed: to a login page?)" : "")
                    + " instead of the image", null);
        }
        String declared = response.getHeaderString("Content-Type");
        if (!isImage(declared)) {
            throw new UnexpectedResponseException(requestLine + ": " + origin(target) + " answered "
                    + (declared == null ? "without a Content-Type" : declared)
                    + " instead of an image (a login or error page?)", null);
        }
        InputStream body = response.readEntity(InputStream.class);
        PushbackInputStream peek = new PushbackInputStream(body, ImageHeader.SIGNATURE_LENGTH);
        byte[] first;
        try {
            first = peek.readNBytes(ImageHeader.SIGNATURE_LENGTH);
            peek.unread(first);
        } catch (IOException e) {
            throw new DocSpaceConnectionException(requestLine + ": the connection to " + origin(target)
                    + " broke before the image arrived", true, e);
        }
        String byContent = ImageHeader.mediaTypeOf(first);
        if (byContent == null) {
            throw new UnexpectedResponseException(requestLine + ": " + origin(target) + " answered " + declared
                    + ", but the content is not a PNG, JPEG, GIF, BMP or WebP image", null);
        }
        return new PhotoDownload(userId, size, target, requestLine, byContent, response.getLength(), peek, release);
    }

    private static boolean isImage(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.valueOf(contentType).getType().equalsIgnoreCase("image");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The URL DocSpace gave, resolved against the portal; only http(s). */
    private URI target(String url) {
        if (url == null || url.isBlank()) {
            throw new UnexpectedResponseException("the photo has no URL for this size", null);
        }
        URI resolved;
        try {
            resolved = URI.create(PhotoUrls.resolve(settings.server(), url));
        } catch (IllegalArgumentException notAUrl) {
            throw new UnexpectedResponseException("DocSpace gave a photo URL that is not a URL: " + url, null);
        }
        if (!("http".equalsIgnoreCase(resolved.getScheme()) || "https".equalsIgnoreCase(resolved.getScheme()))
                || resolved.getHost() == null) {
            throw new UnexpectedResponseException("DocSpace gave a photo URL that is not http(s): " + url, null);
        }
        return resolved;
    }

    private static String requestLine(URI target) {
        return "GET " + target.getRawPath();
    }

    private static URI origin(URI target) {
        return URI.create(target.getScheme() + "://" + target.getRawAuthority());
    }

    private PhotoFileApi build() {
        PhotoFileTargetFilter aim = new PhotoFileTargetFilter(settings.server(), credentials);
        return LibraryClassLoader.run(() -> Engines.configure(settings,
                        RestClientBuilder.newBuilder().baseUri(settings.server()))
                .register(new DocSpaceExceptionMapper())
                .register(new RequestLineFilter())
                .register(aim)
                .build(PhotoFileApi.class));
    }

    private static void close(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing left to release that matters
            }
        }
    }
}
