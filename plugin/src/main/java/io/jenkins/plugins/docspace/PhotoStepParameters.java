package io.jenkins.plugins.docspace;

import java.io.Serializable;

/**
 * What the Pipeline step and the freestyle builder both carry: one action on one user's photo, and where to send
 * it. Only a credentials id is kept, never a secret.
 */
public final class PhotoStepParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    String action;
    String userId;
    String file;
    String url;
    Integer x;
    Integer y;
    Integer width;
    Integer height;
    String tmpFile;
    boolean autosave = true;
    String serverUrl;
    String credentialsId;
    boolean failOnError = true;

    PhotoStepParameters(String action, String userId) {
        this.action = action;
        this.userId = userId;
    }

    /** A copy with {@code ${VARS}} expanded, for freestyle builds. */
    PhotoStepParameters expand(hudson.EnvVars env) {
        PhotoStepParameters copy = new PhotoStepParameters(env.expand(action), env.expand(userId));
        copy.file = env.expand(file);
        copy.url = env.expand(url);
        copy.x = x;
        copy.y = y;
        copy.width = width;
        copy.height = height;
        copy.tmpFile = env.expand(tmpFile);
        copy.autosave = autosave;
        copy.serverUrl = env.expand(serverUrl);
        copy.credentialsId = credentialsId;
        copy.failOnError = failOnError;
        return copy;
    }
}
