package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.Optional;

/** The five People Photos actions with server 3.7's rules (NOTES.md §5); routing and bodies are the servlet's. */
final class PhotoEndpoints {

    private final Users users;
    private final PhotoStore store;
    private final PhotoDownloader downloader;
    private final long maxUploadBytes;

    PhotoEndpoints(Users users, PhotoStore store, PhotoDownloader downloader, long maxUploadBytes) {
        this.users = users;
        this.store = store;
        this.downloader = downloader;
        this.maxUploadBytes = maxUploadBytes;
    }

    JsonObject get(Caller caller, String userId) {
        SeededUser target = resolve(userId);
        if (!users.mayView(caller.user(), target)) {
            throw ApiException.accessDenied();
        }
        return store.thumbnailsData(target);
    }

    JsonObject delete(Caller caller, String userId) {
        SeededUser target = ownPhoto(caller, userId);
        store.delete(target);
        return store.thumbnailsData(target);
    }

    JsonObject thumbnails(Caller caller, String userId, String tmpFile, Crop crop) {
        SeededUser target = ownPhoto(caller, userId);
        if (tmpFile != null && !tmpFile.isEmpty()) {
            byte[] content = store.takeTemporary(tmpFile).orElseThrow(() -> new ApiException(404, "File not found"));
            // SaveOrUpdatePhoto replaces the given crop with a centred square (NOTES.md §5.1, §9.6).
            store.save(target, Images.decode(content), ImageFormat.of(content).orElse(ImageFormat.PNG),
                    Crop.WHOLE_IMAGE);
        } else {
            store.recrop(target, crop);
        }
        return store.thumbnailsData(target);
    }

    JsonObject update(Caller caller, String userId, String files, URI requestUri) {
        SeededUser target = ownPhoto(caller, userId);
        if (files == null || files.isBlank()) {
            throw new ApiException(400, ApiException.FILE_NOT_FOUND);
        }
        if (store.isCurrentOriginal(target, files)) {
            store.touch(target);
            return store.thumbnailsData(target);
        }
        URI url = requestUri.resolve(files.trim());
        byte[] content = downloader.download(url, "http".equalsIgnoreCase(requestUri.getScheme()));
        BufferedImage image = Images.decode(content);
        if (image == null) {
            throw new ApiException(500, "Unknown image file type");
        }
        store.save(target, image, ImageFormat.of(content).orElse(ImageFormat.PNG), Crop.WHOLE_IMAGE);
        return store.thumbnailsData(target);
    }

    /** Every failure becomes HTTP 200 with success:false, as the real action's catch-all does (NOTES.md §5.5). */
    JsonObject upload(Caller caller, String userId, UploadForm form, boolean autosave) {
        if (form.file() == null) {
            return Bodies.uploadFailure(ApiException.FILE_NOT_FOUND);
        }
        Optional<SeededUser> target = users.resolve(userId);
        if (target.isEmpty()) {
            return Bodies.uploadFailure(ApiException.USER_NOT_FOUND);
        }
        if (!target.get().id().equals(caller.user().id())) {
            return Bodies.uploadFailure("Security error.");
        }
        if (form.file().length > maxUploadBytes) {
            return Bodies.uploadFailure("The maximum file size is exceeded (" + sizeInMegabytes(maxUploadBytes) + ").");
        }
        Optional<ImageFormat> format = ImageFormat.of(form.file());
        if (format.isEmpty()) {
            return Bodies.uploadFailure("Unknown image file type");
        }
        BufferedImage image = Images.decode(form.file());
        if (image == null) {
            return Bodies.uploadFailure("improper image header `" + format.get().extension() + "'");
        }
        JsonValue data;
        if (autosave) {
            store.save(target.get(), image, format.get(), Crop.WHOLE_IMAGE);
            data = store.uploadData(target.get());
        } else {
            data = Json.createValue(store.saveTemporary(image, format.get()));
        }
        return Json.createObjectBuilder().add("success", true).add("data", data).build();
    }

    private SeededUser resolve(String userId) {
        return users.resolve(userId).orElseThrow(ApiException::userNotFound);
    }

    /** Only the user may change their own photo, admins included (NOTES.md §5.0). */
    private SeededUser ownPhoto(Caller caller, String userId) {
        SeededUser target = resolve(userId);
        if (!target.id().equals(caller.user().id())) {
            throw ApiException.accessDenied();
        }
        return target;
    }

    /** FileSizeComment's wording: "5 MB", "1.5 MB", "512 KB". */
    static String sizeInMegabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return trim(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String trim(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", value);
        return text.replaceFirst("\\.?0+$", "");
    }
}
