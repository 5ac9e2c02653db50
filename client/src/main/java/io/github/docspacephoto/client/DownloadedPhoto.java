package io.github.docspacephoto.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A photo that was downloaded: where from, what it is by its content ({@code mediaType}, pixel size) and how many
 * bytes were written; {@code file} when {@link DocSpacePhotos#download(String, PhotoSize, Path, boolean)} saved it,
 * else null.
 */
public record DownloadedPhoto(String userId, PhotoSize size, URI url, String mediaType, long bytes, int width,
                              int height, Path file) {

    /** One line for a build log or a terminal. */
    public String summary() {
        return "Downloaded the " + size.id() + " photo of user '" + userId + "': " + width + "x" + height + " "
                + mediaType + ", " + bytes + " bytes" + (file == null ? "" : ", to " + file);
    }

    /** The result as plain values, for Jenkins' Pipeline and the CLI's JSON; {@code file} only when saved. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("action", "download");
        map.put("userId", userId);
        map.put("size", size.id());
        map.put("url", url.toString());
        map.put("mediaType", mediaType);
        map.put("bytes", bytes);
        map.put("width", width);
        map.put("height", height);
        if (file != null) {
            map.put("file", file.toString());
        }
        return map;
    }

    DownloadedPhoto savedAs(Path saved) {
        return new DownloadedPhoto(userId, size, url, mediaType, bytes, width, height, saved);
    }
}
