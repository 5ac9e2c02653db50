package io.jenkins.plugins.docspace;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.error.DocSpaceException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one execution behind the Pipeline step and the freestyle builder: resolves server and credentials, brings
 * an upload's file from the workspace (on any agent) to the controller, and lets the client do the rest. The REST
 * call runs on the controller, so secrets never travel to agents.
 */
final class DocSpacePhotoExecution {

    private final PhotoStepParameters parameters;
    private final Run<?, ?> run;
    private final FilePath workspace;
    private final TaskListener listener;

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
            listener.getLogger().println("[DocSpace] " + result.summary());
            Map<String, Object> values = new LinkedHashMap<>(result.toMap());
            values.put("successful", true);
            return values;
        } catch (DocSpaceException | AbortException failure) {
            String message = "docspacePhoto " + parameters.action + " failed: " + failure.getMessage();
            if (parameters.failOnError) {
                throw new AbortException(message);
            }
            listener.getLogger().println("[DocSpace] " + message);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("successful", false);
            values.put("action", parameters.action);
            values.put("userId", parameters.userId);
            values.put("error", failure.getMessage());
            return values;
        }
    }

    private PhotoResult execute() throws IOException, InterruptedException {
        PhotoAction action = PhotoAction.parse(parameters.action);
        DocSpaceGlobalConfiguration global = DocSpaceGlobalConfiguration.get();
        String serverUrl = blankToNull(parameters.serverUrl);
        String credentialsId = blankToNull(parameters.credentialsId);
        if (serverUrl != null && credentialsId == null) {
            // The default credentials belong to the configured server; a step naming another server must name
            // credentials for it too, so that no job can send the default credentials elsewhere.
            throw new AbortException("serverUrl is given, so credentialsId must be given too");
        }
        serverUrl = serverUrl != null ? serverUrl : blankToNull(global.getServerUrl());
        credentialsId = credentialsId != null ? credentialsId : blankToNull(global.getCredentialsId());
        if (serverUrl == null) {
            throw new AbortException("no DocSpace server: set it in Manage Jenkins » System » DocSpace, or pass serverUrl");
        }
        if (credentialsId == null) {
            throw new AbortException("no DocSpace credentials: set default credentials in Manage Jenkins » System »"
                    + " DocSpace, or pass credentialsId");
        }
        StandardCredentials credentials = DocSpaceCredentials.find(run, credentialsId, serverUrl);
        if (credentials == null) {
            throw new AbortException("credentials '" + credentialsId + "' were not found, are not Secret text or"
                    + " Username with password, or may not be used by this build");
        }
        DocSpaceSettings settings = global.settings(URI.create(serverUrl))
                .credentials(DocSpaceCredentials.toClientCredentials(credentials))
                .build();
        PhotoRequest.Builder request = PhotoRequest.builder(action, parameters.userId)
                .url(parameters.url)
                .tmpFile(parameters.tmpFile)
                .autosave(parameters.autosave);
        if (parameters.x != null || parameters.y != null || parameters.width != null || parameters.height != null) {
            request.crop(new CropRectangle(orZero(parameters.x), orZero(parameters.y), orZero(parameters.width),
                    orZero(parameters.height)));
        }
        DocSpacePhotos photos = DocSpacePhotos.connect(settings);
        if (action != PhotoAction.UPLOAD) {
            return photos.execute(request.build());
        }
        Path folder = Files.createTempDirectory("docspace-photo");
        try {
            return photos.execute(request.file(copyFromWorkspace(folder, settings.maxUploadBytes())).build());
        } finally {
            Util.deleteRecursive(folder.toFile());
        }
    }

    /** Checks the size on the agent first, then copies the file into a private folder on the controller. */
    private Path copyFromWorkspace(Path folder, long maxBytes) throws IOException, InterruptedException {
        if (parameters.file == null || parameters.file.isBlank()) {
            throw new AbortException("file is missing: upload needs a PNG or JPEG in the workspace");
        }
        if (workspace == null) {
            throw new AbortException("upload reads a file from the workspace: use docspacePhoto inside a node block");
        }
        FilePath source = workspace.child(parameters.file);
        if (!source.exists() || source.isDirectory()) {
            throw new AbortException("file '" + parameters.file + "' is not a file in the workspace " + workspace.getRemote());
        }
        if (source.length() > maxBytes) {
            throw new AbortException("file '" + parameters.file + "' is " + source.length()
                    + " bytes, over the upload limit of " + maxBytes + " bytes");
        }
        Path local = folder.resolve(source.getName());
        source.copyTo(new FilePath(local.toFile()));
        return local;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
