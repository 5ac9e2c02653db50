package io.jenkins.plugins.docspace;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.image.PhotoPreparer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one execution behind the Pipeline step and the freestyle builder: resolves server and credentials, brings
 * an upload's file from the workspace (on any agent) to the controller, and lets the client do the rest. The REST
 * call runs on the controller, so secrets never travel to agents. Every failure is one line naming what went
 * wrong; it fails the build, or with {@code failOnError: false} is returned as {@code error}.
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
     * ({@code original}, {@code retina}, {@code max}, {@code big}, {@code medium}, {@code small}) or {@code tmpFile},
     * and {@code error} when {@code failOnError} is off and it failed.
     */
    Map<String, Object> run() throws IOException, InterruptedException {
        try {
            PhotoResult result = execute();
            listener.getLogger().println("[DocSpace] " + masked(result.summary()));
            Map<String, Object> values = new LinkedHashMap<>();
            result.toMap().forEach((key, value) -> values.put(key, value instanceof String text ? masked(text) : value));
            values.put("successful", true);
            return values;
        } catch (DocSpaceException | AbortException | IllegalArgumentException failure) {
            String message = "docspacePhoto " + parameters.action() + " failed: " + masked(failure.getMessage());
            if (parameters.failOnError()) {
                throw new AbortException(message);
            }
            listener.getLogger().println("[DocSpace] " + message);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("successful", false);
            values.put("action", parameters.action());
            values.put("userId", parameters.userId());
            values.put("error", masked(failure.getMessage()));
            return values;
        }
    }

    private PhotoResult execute() throws IOException, InterruptedException {
        PhotoAction action = PhotoAction.parse(parameters.action());
        PhotoRequest.Builder request = PhotoRequest.builder(action, parameters.userId())
                .url(parameters.url())
                .tmpFile(parameters.tmpFile())
                .autosave(parameters.autosave());
        if (parameters.hasCrop()) {
            request.crop(new CropRectangle(orZero(parameters.x()), orZero(parameters.y()), orZero(parameters.width()),
                    orZero(parameters.height())));
        }
        if (action != PhotoAction.UPLOAD) {
            target = DocSpaceTarget.resolve(parameters, run);
            announce();
            return DocSpacePhotos.connect(target.settings()).execute(request.build());
        }
        WorkspaceFile.resolve(workspace, parameters.file());
        target = DocSpaceTarget.resolve(parameters, run);
        announce();
        // A prepared image may start far larger than the upload limit: it is scaled on the controller.
        long maxBytes = parameters.prepare() ? PhotoPreparer.MAX_SOURCE_BYTES : target.settings().maxUploadBytes();
        Path folder = Files.createTempDirectory("docspace-photo");
        try {
            Path local = WorkspaceFile.copy(workspace, parameters.file(), folder, maxBytes);
            return DocSpacePhotos.connect(target.settings())
                    .execute(request.file(local).prepare(parameters.prepare()).build());
        } finally {
            Util.deleteRecursive(folder.toFile());
        }
    }

    /** Before anything is sent: if the build stops here, the log shows the call was under way. */
    private void announce() {
        listener.getLogger().println("[DocSpace] " + parameters.action() + " the photo of user '"
                + parameters.userId() + "' on " + target.settings().server());
    }

    private String masked(String text) {
        return target == null ? text : DocSpaceCredentials.mask(target.credentials(), text);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
