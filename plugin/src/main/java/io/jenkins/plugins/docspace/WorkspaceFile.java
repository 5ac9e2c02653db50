package io.jenkins.plugins.docspace;

import hudson.AbortException;
import hudson.FilePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The upload's {@code file}: a relative path inside the workspace (no absolute path, no {@code ..}, no link that
 * leads outside), copied from the agent into a private folder on the controller through a stream that stops at
 * the size limit, so a file that grows after the check cannot get past it.
 */
final class WorkspaceFile {

    private WorkspaceFile() {
    }

    /** Checks the path and the file where it lives, then copies it into {@code folder}; returns the copy. */
    static Path copy(FilePath workspace, String file, Path folder, long maxBytes)
            throws IOException, InterruptedException {
        FilePath source = resolve(workspace, file);
        if (!source.exists() || source.isDirectory()) {
            throw new AbortException("file '" + file + "' is not a file in the workspace");
        }
        if (source.length() > maxBytes) {
            throw new AbortException("file '" + file + "' is " + source.length() + " bytes, over the upload limit of "
                    + maxBytes + " bytes");
        }
        Path local = folder.resolve(source.getName());
        try (InputStream in = source.read(); OutputStream out = Files.newOutputStream(local)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                copied += n;
                if (copied > maxBytes) {
                    throw new AbortException("file '" + file + "' grew past the upload limit of " + maxBytes
                            + " bytes while it was copied");
                }
                out.write(buffer, 0, n);
            }
        }
        return local;
    }

    static FilePath resolve(FilePath workspace, String file) throws IOException, InterruptedException {
        if (file == null || file.isBlank()) {
            throw new AbortException("file is missing: upload needs a PNG or JPEG in the workspace");
        }
        if (workspace == null) {
            throw new AbortException("upload reads a file from the workspace: use docspacePhoto inside a node block");
        }
        String broken = brokenRule(file);
        if (broken != null) {
            throw new AbortException("file '" + file + "' " + broken);
        }
        String path = normalized(file);
        if (!workspace.isDescendant(path)) {
            throw new AbortException("file '" + file + "' leads outside the workspace (through a symbolic link)");
        }
        return workspace.child(path);
    }

    /** The path rule {@code file} breaks, as words to follow its name, or null; checked before the agent is asked. */
    static String brokenRule(String file) {
        String path = normalized(file);
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "must be a path relative to the workspace, not absolute";
        }
        if (("/" + path + "/").contains("/../")) {
            return "must stay inside the workspace: '..' is not allowed";
        }
        return null;
    }

    private static String normalized(String file) {
        return file.trim().replace('\\', '/');
    }
}
