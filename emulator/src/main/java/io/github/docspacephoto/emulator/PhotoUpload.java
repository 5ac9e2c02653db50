package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * POST .../photo. The real action wraps everything in a catch-all, so every failure of its own is HTTP 200 with
 * {@code success:false} and a message (NOTES.md §5.5).
 */
final class PhotoUpload {

    private static final String[] SIZE_NAMES = {"bytes", "KB", "MB", "GB", "TB"};

    private final Users users;
    private final PhotoStore store;
    private final long maxUploadBytes;

    PhotoUpload(Users users, PhotoStore store, long maxUploadBytes) {
        this.users = users;
        this.store = store;
        this.maxUploadBytes = maxUploadBytes;
    }

    JsonObject upload(Caller caller, String userId, UploadForm form) {
        try {
            if (form.file() == null) {
                return JsonBodies.uploadFailure(DocSpaceException.EMPTY_UPLOAD);
            }
            SeededUser target = users.resolve(userId).orElseThrow(DocSpaceException::userNotFound);
            if (!target.id().equals(caller.user().id())) {
                throw DocSpaceException.securityError();
            }
            if (form.file().length > maxUploadBytes) {
                return JsonBodies.uploadFailure("The maximum file size is exceeded (" + sizeText(maxUploadBytes) + ").");
            }
            DecodedImage image = pngOrJpeg(form.file());
            JsonValue data;
            if (form.autosave()) {
                store.save(target, image);
                store.touch(target);
                data = JsonBodies.uploadedPhoto(store.urls(target));
            } else {
                data = JsonBodies.JSON.createValue(store.saveTemporary(image));
            }
            return JsonBodies.uploadSuccess(data);
        } catch (DocSpaceException e) {
            return JsonBodies.uploadFailure(message(e));
        }
    }

    /** {@code CheckImgFormat}: PNG or JPEG by content; empty data is an unknown format too. */
    private static DecodedImage pngOrJpeg(byte[] content) {
        if (content.length == 0) {
            throw DocSpaceException.unknownImageFormat();
        }
        DecodedImage image = Images.decode(content).orElseThrow(DocSpaceException::undecodableImage);
        if (!image.isPngOrJpeg()) {
            throw DocSpaceException.unknownImageFormat();
        }
        return image;
    }

    /** The catch blocks: the resource text for an unknown format, else the HTML-encoded exception message. */
    private static String message(DocSpaceException e) {
        return e.error() == DotNetError.UNKNOWN_IMAGE_FORMAT ? "Unknown image file type" : htmlEncode(e.getMessage());
    }

    /** {@code CommonFileSizeComment.FilesSizeToString}: "5 MB", "195.31 KB", "1,000 bytes". */
    static String sizeText(long bytes) {
        int power = 0;
        double size = bytes;
        if (size >= 1024) {
            power = Math.min((int) (Math.log(size) / Math.log(1024)), SIZE_NAMES.length - 1);
            size /= Math.pow(1024, power);
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(size) + " "
                + SIZE_NAMES[power];
    }

    private static String htmlEncode(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
