package io.jenkins.plugins.docspace;

import hudson.AbortException;
import hudson.FilePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code file} of an upload or a download: a relative path inside the workspace (no absolute path, no
 * {@code ..}, no link that leads outside). An upload's is copied from the agent into a private folder on the
 * controller through a stream that stops at the size limit, so a file that grows after the check cannot get past
 * it; a download's is written beside and moved into place when complete.
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

    /** What a download writes: the content, once, and what it was. */
    interface Content<T> {
        T writeTo(OutputStream out);
    }

    /**
     * Writes {@code file} in the workspace, on its agent, through a hidden file beside it that is moved into place
     * once complete: a failure leaves neither a half-written file nor a changed one.
     */
    static <T> T write(FilePath workspace, String file, Content<T> content) throws IOException, InterruptedException {
        FilePath target = resolve(workspace, file);
        if (target.isDirectory()) {
            throw new AbortException("file '" + file + "' is a folder in the workspace");
        }
        // a path inside the workspace has a parent: the workspace at least
        FilePath folder = Objects.requireNonNullElse(target.getParent(), workspace);
        folder.mkdirs();
        FilePath part = folder.createTempFile("." + target.getName() + "-", ".part");
        try {
            T written;
            try (OutputStream out = part.write()) {
                written = content.writeTo(out);
            } catch (UncheckedIOException failure) {
                throw new AbortException("file '" + file + "' could not be written: "
                        + failure.getCause().getMessage());
            }
            if (target.exists()) {
                // the move does not replace an existing file
                target.delete();
            }
            part.renameTo(target);
            return written;
        } finally {
            if (part.exists()) {
                part.delete();
            }
        }
    }

    static FilePath resolve(FilePath workspace, String file) throws IOException, InterruptedException {
        if (file == null || file.isBlank()) {
            throw new AbortException("file is missing: upload and download need a path in the workspace");
        }
        if (workspace == null) {
            throw new AbortException("upload and download use a file in the workspace: use docspacePhoto inside a"
                    + " node block");
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
