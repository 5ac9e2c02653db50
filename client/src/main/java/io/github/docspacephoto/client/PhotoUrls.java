package io.github.docspacephoto.client;

import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.UploadedPhotoUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.UnaryOperator;

/** A photo's URLs as DocSpace returns them (usually relative to the portal): original and five thumbnails. */
public record PhotoUrls(String original, String retina, String max, String big, String medium, String small) {

    static PhotoUrls of(ThumbnailsDataDto dto) {
        return new PhotoUrls(dto.original(), dto.retina(), dto.max(), dto.big(), dto.medium(), dto.small());
    }

    static PhotoUrls of(UploadedPhotoUrls urls) {
        return new PhotoUrls(urls.main(), urls.retina(), urls.max(), urls.big(), urls.medium(), urls.small());
    }

    /** The URL of one size. */
    public String url(PhotoSize size) {
        return PhotoSize.require(size).in(this);
    }

    /**
     * These URLs resolved against the portal as a browser on it would: {@code /storage/...} becomes
     * {@code https://docspace.example.com/storage/...}; absolute ones (a CDN's) stay as they are, and so does text
     * that is no URL at all.
     */
    PhotoUrls resolvedAgainst(URI server) {
        UnaryOperator<String> resolve = url -> resolve(server, url);
        return new PhotoUrls(resolve.apply(original), resolve.apply(retina), resolve.apply(max), resolve.apply(big),
                resolve.apply(medium), resolve.apply(small));
    }

    /** {@code url} resolved against {@code server}; the text itself when it is no URL. */
    static String resolve(URI server, String url) {
        if (url == null) {
            return null;
        }
        // URI.resolve against an empty path would glue a relative path to the host ("http://hoststorage/...").
        URI base = server.getRawPath() == null || server.getRawPath().isEmpty()
                ? URI.create(server + "/") : server;
        try {
            return base.resolve(new URI(url)).toString();
        } catch (URISyntaxException notAUrl) {
            return url;
        }
    }
}
