package io.github.docspacephoto.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an action did: the photo's URLs, or for an upload with {@code autosave=false} the temporary file to pass
 * to {@link PhotoAction#THUMBNAILS}. {@code urls} are as DocSpace wrote them (relative to the portal);
 * {@code absoluteUrls} are the same resolved against the server, for a browser, {@code curl} or
 * {@link DocSpacePhotos#download}.
 */
public record PhotoResult(PhotoAction action, String userId, PhotoUrls urls, String tmpFile,
                          PhotoUrls absoluteUrls) {

    /** A result without absolute URLs. */
    public PhotoResult(PhotoAction action, String userId, PhotoUrls urls, String tmpFile) {
        this(action, userId, urls, tmpFile, null);
    }

    /** One line for a build log or a terminal. */
    public String summary() {
        if (urls == null) {
            return "Uploaded a temporary photo for user '" + userId + "': " + tmpFile
                    + " (create thumbnails with this tmpFile to make it the photo)";
        }
        return action.pastTense() + " the photo of user '" + userId + "': original "
                + (absoluteUrls == null ? urls : absoluteUrls).original();
    }

    /**
     * The result as plain values, for Jenkins' Pipeline and the CLI's JSON; absent values are left out. The absolute
     * URLs are a nested map under {@code absoluteUrls}, with the same six keys.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("action", action.name().toLowerCase(java.util.Locale.ROOT));
        map.put("userId", userId);
        if (urls != null) {
            map.putAll(sizes(urls));
        }
        if (tmpFile != null) {
            map.put("tmpFile", tmpFile);
        }
        if (absoluteUrls != null) {
            map.put("absoluteUrls", sizes(absoluteUrls));
        }
        return map;
    }

    private static Map<String, Object> sizes(PhotoUrls urls) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (PhotoSize size : PhotoSize.values()) {
            map.put(size.id(), urls.url(size));
        }
        return map;
    }
}
