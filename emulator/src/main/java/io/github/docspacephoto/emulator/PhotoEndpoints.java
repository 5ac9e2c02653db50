package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;

/**
 * GET, DELETE and PUT of .../photo and POST .../photo/thumbnails with server 3.7's rules ({@code PhotoController},
 * NOTES.md §5). Each write ends by updating the user, which changes the hash.
 */
final class PhotoEndpoints {

    private final Users users;
    private final PhotoStore store;
    private final PhotoDownloader downloader;

    PhotoEndpoints(Users users, PhotoStore store, PhotoDownloader downloader) {
        this.users = users;
        this.store = store;
        this.downloader = downloader;
    }

    JsonObject get(Caller caller, String userId) {
        SeededUser target = resolve(userId);
        if (!users.mayView(caller.user(), target)) {
            throw DocSpaceException.securityError();
        }
        return JsonBodies.thumbnailsData(store.urls(target));
    }

    /** Deleting when there is no photo is still a success (NOTES.md §5.2). */
    JsonObject delete(Caller caller, String userId) {
        SeededUser target = ownPhoto(caller, userId);
        store.remove(target);
        return updated(target);
    }

    /** Sets the photo from a URL, unless it names the current original exactly (NOTES.md §5.4). */
    JsonObject update(Caller caller, String userId, RequestBodies.UpdatePhoto body, String portalUrl) {
        SeededUser target = ownPhoto(caller, userId);
        String files = body.files();
        if (files == null || files.isEmpty()) {
            throw new DocSpaceException(DotNetError.ARGUMENT, DocSpaceException.EMPTY_UPLOAD);
        }
        if (!files.equals(store.originalUrl(target))) {
            byte[] content = downloader.download(files, portalUrl);
            if (content.length == 0) {
                throw DocSpaceException.unknownImageFormat();
            }
            store.save(target, Images.decode(content).orElseThrow(DocSpaceException::undecodableImage));
        }
        return updated(target);
    }

    /**
     * With {@code tmpFile}, that temporary upload becomes the photo, thumbnails from its centred square because
     * SaveOrUpdatePhoto overwrites the crop (NOTES.md §5.1); without, new thumbnails are cut from the current photo.
     */
    JsonObject thumbnails(Caller caller, String userId, RequestBodies.Thumbnails body) {
        SeededUser target = ownPhoto(caller, userId);
        if (body.tmpFile() != null && !body.tmpFile().isEmpty()) {
            String fileName = fileName(body.tmpFile());
            byte[] content = store.readTemporary(fileName)
                    .orElseThrow(() -> new DocSpaceException(DotNetError.FILE_NOT_FOUND, "File not found"));
            DecodedImage image = Images.decode(content).orElseThrow(DocSpaceException::undecodableImage);
            store.remove(target);
            store.save(target, image);
            store.removeTemporary(fileName);
        } else {
            store.recrop(target, new Crop(body.x(), body.y(), (int) Math.min(body.width(), Integer.MAX_VALUE),
                    (int) Math.min(body.height(), Integer.MAX_VALUE)));
        }
        return updated(target);
    }

    private JsonObject updated(SeededUser target) {
        store.touch(target);
        return JsonBodies.thumbnailsData(store.urls(target));
    }

    private SeededUser resolve(String userId) {
        return users.resolve(userId).orElseThrow(DocSpaceException::userNotFound);
    }

    /** Only the user may change their own photo, DocSpace admins included (NOTES.md §5.0). */
    private SeededUser ownPhoto(Caller caller, String userId) {
        SeededUser target = resolve(userId);
        if (!target.id().equals(caller.user().id())) {
            throw DocSpaceException.securityError();
        }
        return target;
    }

    /** .NET's {@code Path.GetFileName} on Linux, where DocSpace runs: only '/' separates. */
    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
