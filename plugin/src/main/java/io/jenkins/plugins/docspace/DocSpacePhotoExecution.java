package io.jenkins.plugins.docspace;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DownloadedPhoto;
import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoDownload;
import io.github.docspacephoto.client.PhotoRequest;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.PhotoSize;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.image.PhotoPreparer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one execution behind the Pipeline step and the freestyle builder: resolves server and credentials, brings
 * an upload's file from the workspace (on any agent) to the controller or a download's image to it, and lets the
 * client do the rest. The REST calls run on the controller, so secrets never travel to agents. Every failure is one
 * line naming what went wrong; it fails the build, or with {@code failOnError: false} is returned as
 * {@code error}. Each step is recorded on the build's "DocSpace photos" page.
 */
final class DocSpacePhotoExecution {

    private final PhotoStepParameters parameters;
    private final Run<?, ?> run;
    private final FilePath workspace;
    private final TaskListener listener;
    /** Known once resolved; every text shown or returned is masked with its secrets. */
    private DocSpaceTarget target;

    DocSpacePhotoExecution(PhotoStepParameters parameters, Run<?, ?> run, FilePath workspace, TaskListener listener) {
        this.parameters = parameters;
        this.run = run;
        this.workspace = workspace;
        this.listener = listener;
    }

    /**
     * The result as plain values: {@code successful}, {@code action}, {@code userId}, the photo URLs
     * ({@code original}, {@code retina}, {@code max}, {@code big}, {@code medium}, {@code small}, and the same
     * resolved against the server under {@code absoluteUrls}) or {@code tmpFile}; for a download the {@code file}
     * written, its {@code mediaType}, {@code bytes}, {@code width} and {@code height}; and {@code error} when
     * {@code failOnError} is off and it failed.
     */
    Map<String, Object> run() throws IOException, InterruptedException {
        try {
            Map<String, Object> values = DocSpaceForms.isDownload(parameters.action()) ? download() : change();
            values.put("successful", true);
            return values;
        } catch (DocSpaceException | AbortException | IllegalArgumentException failure) {
            String reason = masked(failure.getMessage());
            record(false, reason, null);
            String message = "docspacePhoto " + parameters.action() + " failed: " + reason;
            if (parameters.failOnError()) {
                throw new AbortException(message);
            }
            listener.getLogger().println("[DocSpace] " + message);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("successful", false);
            values.put("action", parameters.action());
            values.put("userId", parameters.userId());
            values.put("error", reason);
            return values;
        }
    }

    /** get, upload, update, delete and thumbnails. */
    private Map<String, Object> change() throws IOException, InterruptedException {
        PhotoAction action = DocSpaceForms.photoAction(parameters.action());
        PhotoRequest.Builder request = PhotoRequest.builder(action, parameters.userId())
                .url(parameters.url())
                .tmpFile(parameters.tmpFile())
                .autosave(parameters.autosave());
        if (parameters.hasCrop()) {
            request.crop(new CropRectangle(orZero(parameters.x()), orZero(parameters.y()), orZero(parameters.width()),
                    orZero(parameters.height())));
        }
        PhotoResult result;
        if (action != PhotoAction.UPLOAD) {
            target = DocSpaceTarget.resolve(parameters, run);
            announce();
            result = photos().execute(request.build());
        } else {
            result = upload(request);
        }
        String summary = masked(result.summary());
        listener.getLogger().println("[DocSpace] " + summary);
        record(true, summary, result);
        return masked(result.toMap());
    }

    private PhotoResult upload(PhotoRequest.Builder request) throws IOException, InterruptedException {
        WorkspaceFile.resolve(workspace, parameters.file());
        target = DocSpaceTarget.resolve(parameters, run);
        announce();
        // A prepared image may start far larger than the upload limit: it is scaled on the controller.
        long maxBytes = parameters.prepare() ? PhotoPreparer.MAX_SOURCE_BYTES : target.settings().maxUploadBytes();
        Path folder = Files.createTempDirectory("docspace-photo");
        try {
            Path local = WorkspaceFile.copy(workspace, parameters.file(), folder, maxBytes);
            return photos().execute(request.file(local).prepare(parameters.prepare()).build());
        } finally {
            Util.deleteRecursive(folder.toFile());
        }
    }

    /** One size of the photo into the workspace's {@code file}; the original unless {@code size} says otherwise. */
    private Map<String, Object> download() throws IOException, InterruptedException {
        String userId = PhotoRequest.checkUserId(parameters.userId());
        PhotoSize size = parameters.size() == null ? PhotoSize.ORIGINAL : PhotoSize.parse(parameters.size());
        WorkspaceFile.resolve(workspace, parameters.file());
        target = DocSpaceTarget.resolve(parameters, run);
        announce();
        DocSpacePhotos photos = photos();
        PhotoResult photo = photos.get(userId);
        DownloadedPhoto done;
        try (PhotoDownload image = photos.download(photo, size)) {
            done = WorkspaceFile.write(workspace, parameters.file(), image::writeTo);
        }
        String summary = masked(done.summary()) + ", to " + parameters.file();
        listener.getLogger().println("[DocSpace] " + summary);
        record(true, summary, photo);
        Map<String, Object> values = masked(done.toMap());
        values.put("file", parameters.file());
        return values;
    }

    private DocSpacePhotos photos() {
        return DocSpacePhotos.connect(target.settings());
    }

    /** Before anything is sent: if the build stops here, the log shows the call was under way. */
    private void announce() {
        listener.getLogger().println("[DocSpace] " + parameters.action() + " the photo of user '"
                + parameters.userId() + "' on " + target.settings().server());
    }

    /**
     * Adds the step to the build's page, with copies of the photo it left when there is one. Keeping the copies
     * is not the step's work: if it fails, the log says so and the step's result stands.
     */
    private void record(boolean successful, String outcome, PhotoResult photo) {
        BuildPhotos page = BuildPhotos.of(run);
        List<BuildPhotos.Image> images = List.of();
        String note = null;
        try {
            if (photo != null && photo.urls() != null) {
                int step = page.reserveImages();
                if (step > 0) {
                    images = PhotoSnapshots.take(photos(), photo, page.folder(), step);
                } else {
                    note = "no copies kept: a build keeps them for its first " + PhotoSnapshots.MAX_STEPS_WITH_IMAGES
                            + " steps";
                }
            }
        } catch (DocSpaceException | IOException failure) {
            note = "no copies kept: " + masked(failure.getMessage());
            listener.getLogger().println("[DocSpace] The photo could not be kept for the build page: "
                    + masked(failure.getMessage()));
        }
        try {
            page.add(new BuildPhotos.Entry(parameters.action(), parameters.userId(), successful, outcome, images,
                    note));
        } catch (IOException failure) {
            listener.getLogger().println("[DocSpace] The step could not be recorded on the build page: "
                    + failure.getMessage());
        }
    }

    private String masked(String text) {
        return target == null ? text : DocSpaceCredentials.mask(target.credentials(), text);
    }

    /** Every text in the map, nested maps included (a server might echo a secret in a URL). */
    private Map<String, Object> masked(Map<String, Object> values) {
        Map<String, Object> masked = new LinkedHashMap<>();
        values.forEach((key, value) -> masked.put(key, maskedValue(value)));
        return masked;
    }

    @SuppressWarnings("unchecked")
    private Object maskedValue(Object value) {
        if (value instanceof String text) {
            return masked(text);
        }
        if (value instanceof Map<?, ?> map) {
            return masked((Map<String, Object>) map);
        }
        return value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
