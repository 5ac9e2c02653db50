package io.github.docspacephoto.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an action did: the photo's URLs, or for an upload with {@code autosave=false} the temporary file to pass
 * to {@link PhotoAction#THUMBNAILS}.
 */
public record PhotoResult(PhotoAction action, String userId, PhotoUrls urls, String tmpFile) {

    /** One line for a build log or a terminal. */
    public String summary() {
        if (urls == null) {
            return "Uploaded a temporary photo for user '" + userId + "': " + tmpFile
                    + " (create thumbnails with this tmpFile to make it the photo)";
        }
        return action.pastTense() + " the photo of user '" + userId + "': original " + urls.original();
    }

    /** The result as plain values, for Jenkins' Pipeline and the CLI's JSON; absent values are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("action", action.name().toLowerCase(java.util.Locale.ROOT));
        map.put("userId", userId);
        if (urls != null) {
            map.put("original", urls.original());
            map.put("retina", urls.retina());
            map.put("max", urls.max());
            map.put("big", urls.big());
            map.put("medium", urls.medium());
            map.put("small", urls.small());
        }
        if (tmpFile != null) {
            map.put("tmpFile", tmpFile);
        }
        return map;
    }
}
