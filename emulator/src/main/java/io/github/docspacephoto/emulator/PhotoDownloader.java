package io.github.docspacephoto.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches the photo a PUT names, as {@code ValidatePhotoUrlAsync} and {@code DownloadAndSavePhotoAsync} do
 * (NOTES.md §5.4): a URL without http(s):// is taken relative to the portal, https is required unless the request
 * itself came over http, no blacklisted address, no redirects, a 10 s timeout and the upload size limit.
 */
final class PhotoDownloader {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The names .NET prints for an {@code HttpStatusCode}; others print as their number. */
    private static final Map<Integer, String> STATUS_NAMES = Map.ofEntries(
            Map.entry(301, "MovedPermanently"), Map.entry(302, "Found"), Map.entry(304, "NotModified"),
            Map.entry(307, "TemporaryRedirect"), Map.entry(308, "PermanentRedirect"), Map.entry(400, "BadRequest"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"),
            Map.entry(405, "MethodNotAllowed"), Map.entry(410, "Gone"), Map.entry(429, "TooManyRequests"),
            Map.entry(500, "InternalServerError"), Map.entry(502, "BadGateway"),
            Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"));

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AddressBlacklist blacklist;
    private final long maxBytes;

    PhotoDownloader(AddressBlacklist blacklist, long maxBytes) {
        this.blacklist = blacklist;
        this.maxBytes = maxBytes;
    }

    /** The bytes at {@code files}, which the caller sent to the portal at {@code portalUrl} (scheme://host:port). */
    byte[] download(String files, String portalUrl) {
        URI url = validate(absolute(files, portalUrl), portalUrl.startsWith("http:"));
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DocSpaceException(DotNetError.TASK_CANCELED,
                    "The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.");
        } catch (IOException e) {
            throw new DocSpaceException(DotNetError.HTTP_REQUEST,
                    "Connection refused (" + url.getHost() + ":" + port(url) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocSpaceException(DotNetError.TASK_CANCELED, "A task was canceled.");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new DocSpaceException(DotNetError.INVALID_OPERATION, "Failed to download photo: "
                        + STATUS_NAMES.getOrDefault(response.statusCode(), Integer.toString(response.statusCode())));
            }
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new DocSpaceException(DotNetError.IMAGE_SIZE_LIMIT, "image size is too large");
            }
            return content;
        } catch (IOException e) {
            throw new DocSpaceException(DotNetError.HTTP_REQUEST,
                    "Error while copying content to a stream.");
        }
    }

    private static String absolute(String files, String portalUrl) {
        String lower = files.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return files;
        }
        return portalUrl + "/" + files.replaceFirst("^/+", "");
    }

    /** {@code UrlValidator.ValidateAsync}; every failure is a SecurityException, which answers "Access denied". */
    private URI validate(String url, boolean requestWasHttp) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException invalid) {
            throw new DocSpaceException(DotNetError.SECURITY, "Photo URL validation failed: Invalid URL format");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || (requestWasHttp && scheme.equals("http")))) {
            throw new DocSpaceException(DotNetError.SECURITY, "Photo URL validation failed: HTTPS is required");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new DocSpaceException(DotNetError.SECURITY,
                    "Photo URL validation failed: DNS resolution failed for " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (blacklist.blocks(address)) {
                throw new DocSpaceException(DotNetError.SECURITY,
                        "Photo URL validation failed: URL resolves to a blacklisted IP address");
            }
        }
        return uri;
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
