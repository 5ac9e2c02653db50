package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.image.PhotoPreparer;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One action on one user's photo, as the Jenkins step and the CLI describe it. {@link #validate(long)} refuses,
 * before anything is sent, whatever DocSpace would refuse or what could reach another route.
 */
public record PhotoRequest(PhotoAction action, String userId, Path file, String url, CropRectangle crop,
                           String tmpFile, boolean autosave, boolean prepare) {

    /**
     * A GUID (in any of .NET's forms) or a DocSpace user name; nothing that could leave its path segment
     * ({@code /}, {@code \}, {@code %}, {@code ..}, spaces, control or non-ASCII characters).
     */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@+(){}-]{1,256}");

    public PhotoRequest {
        Objects.requireNonNull(action, "action");
    }

    public static Builder builder(PhotoAction action, String userId) {
        return new Builder(action, userId);
    }

    /** Throws {@link InvalidInputException} naming the field, the value and the rule. */
    public PhotoRequest validate(long maxUploadBytes) {
        checkUserId(userId);
        switch (action) {
            case UPLOAD -> {
                if (prepare) {
                    PhotoPreparer.checkSource(file);
                } else {
                    PhotoFile.check(file, maxUploadBytes);
                }
            }
            case UPDATE -> checkPhotoUrl(url);
            case THUMBNAILS -> {
                if (crop == null && (tmpFile == null || tmpFile.isBlank())) {
                    throw new InvalidInputException("crop", null,
                            "is missing: thumbnails need a crop rectangle (x, y, width, height) or a tmpFile");
                }
            }
            default -> {
                // get and delete need only the user
            }
        }
        return this;
    }

    /**
     * Whether sending this request again leaves DocSpace as sending it once did, so a caller that lost the answer
     * may simply repeat it: reads, deletes, updates and crops of the current photo are; an upload, and a crop that
     * consumes a temporary upload ({@code tmpFile}), are not. The client retries on the same rule.
     */
    public boolean safeToRepeat() {
        return switch (action) {
            case UPLOAD -> false;
            case THUMBNAILS -> tmpFile == null || tmpFile.isBlank();
            default -> true;
        };
    }

    /** The user id as DocSpace's routes take it, or an {@link InvalidInputException} naming the rule. */
    public static String checkUserId(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("userId", null, "is missing: give the user's GUID or user name");
        }
        if (!USER_ID.matcher(userId).matches() || userId.equals(".") || userId.contains("..")) {
            throw new InvalidInputException("userId", printable(userId), "is not a GUID or user name: it may"
                    + " contain only ASCII letters, digits and . _ @ + - ( ) { }, and no '..'");
        }
        return userId;
    }

    /** An absolute http(s) URL with a host, as update-from-URL needs, or an {@link InvalidInputException}. */
    public static void checkPhotoUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", null, "is missing: update needs the URL of the new photo");
        }
        if (!hasHttpSchemeAndHost(url.trim())) {
            throw new InvalidInputException("url", printable(url), "is not an absolute http(s) URL with a host");
        }
    }

    /**
     * java.net.URI leaves the host null for names it cannot call a server name (an underscore, letters outside
     * ASCII), which DocSpace downloads from all the same: the host is taken from the authority and checked as an
     * internationalized domain name instead.
     */
    private static boolean hasHttpSchemeAndHost(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return false;
        }
        String scheme = uri.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getRawAuthority() == null) {
            return false;
        }
        if (uri.getHost() != null) {
            return true;
        }
        String host = uri.getAuthority();
        host = host.substring(host.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        try {
            return !host.isEmpty() && !IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).isEmpty();
        } catch (IllegalArgumentException notADomainName) {
            return false;
        }
    }

    /** Control characters would make the message itself misleading. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    public static final class Builder {
        private final PhotoAction action;
        private final String userId;
        private Path file;
        private String url;
        private CropRectangle crop;
        private String tmpFile;
        private boolean autosave = true;
        private boolean prepare;

        private Builder(PhotoAction action, String userId) {
            this.action = action;
            this.userId = userId;
        }

        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder crop(CropRectangle crop) {
            this.crop = crop;
            return this;
        }

        public Builder tmpFile(String tmpFile) {
            this.tmpFile = tmpFile;
            return this;
        }

        /** True (the default) makes an upload the photo at once; false keeps it as a temporary file. */
        public Builder autosave(boolean autosave) {
            this.autosave = autosave;
            return this;
        }

        /**
         * True makes an upload send, instead of the file itself, the file as DocSpace keeps it: any PNG, JPEG,
         * GIF, BMP or WebP, upright, within 1280 x 1280 and the upload limit, without metadata (see
         * {@link PhotoPreparer}). False (the default) sends the file's own bytes.
         */
        public Builder prepare(boolean prepare) {
            this.prepare = prepare;
            return this;
        }

        public PhotoRequest build() {
            return new PhotoRequest(action, userId, file, url, crop, tmpFile, autosave, prepare);
        }
    }
}
