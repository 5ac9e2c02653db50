package io.github.docspacephoto.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches the photo a PUT names, with DocSpace's SSRF rules (NOTES.md §5.4): http(s) only, https unless the request
 * itself came over http, and no private, loopback or link-local address unless the emulator was told to allow
 * loopback (so tests can point it at itself).
 */
final class PhotoDownloader {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final boolean allowLoopback;
    private final long maxBytes;

    PhotoDownloader(boolean allowLoopback, long maxBytes) {
        this.allowLoopback = allowLoopback;
        this.maxBytes = maxBytes;
    }

    byte[] download(URI url, boolean requestWasHttp) {
        String scheme = url.getScheme();
        boolean allowedScheme = "https".equalsIgnoreCase(scheme) || (requestWasHttp && "http".equalsIgnoreCase(scheme));
        if (!allowedScheme || url.getHost() == null || isBlocked(url.getHost())) {
            throw ApiException.accessDenied();
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ApiException(403, "The photo could not be downloaded from " + url.getHost());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(500, "Interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(403, "Response status code does not indicate success: "
                        + response.statusCode());
            }
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new ApiException(500, "Image size is too large");
            }
            return content;
        } catch (IOException e) {
            throw new ApiException(403, "The photo could not be downloaded from " + url.getHost());
        }
    }

    private boolean isBlocked(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return true;
        }
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && allowLoopback) {
                continue;
            }
            if (loopback || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress() || isCarrierGradeNat(address) || isUniqueLocal(address)) {
                return true;
            }
        }
        return false;
    }

    /** 100.64.0.0/10. */
    private static boolean isCarrierGradeNat(InetAddress address) {
        byte[] a = address.getAddress();
        return a.length == 4 && (a[0] & 0xff) == 100 && (a[1] & 0xc0) == 64;
    }

    /** fc00::/7. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] a = address.getAddress();
        return a.length == 16 && (a[0] & 0xfe) == 0xfc;
    }
}
