package io.jenkins.plugins.docspace;

import hudson.EnvVars;
import java.io.Serializable;

/**
 * What the Pipeline step and the freestyle builder both ask for: one action on one user's photo, and where to send
 * it (a server by name, or an unlisted URL where the administrator allows it). Only a credentials id, never a
 * secret. Built from either front end when it runs; neither persists it.
 */
record PhotoStepParameters(String action, String userId, String file, String size, String url, Integer x,
                           Integer y, Integer width, Integer height, String tmpFile, boolean autosave, String server,
                           String serverUrl, String credentialsId, boolean failOnError, boolean prepare)
        implements Serializable {

    /** A copy with {@code ${VARS}} expanded in the text fields, for freestyle builds. */
    PhotoStepParameters expand(EnvVars env) {
        return new PhotoStepParameters(env.expand(action), env.expand(userId), env.expand(file), env.expand(size),
                env.expand(url), x, y, width, height, env.expand(tmpFile), autosave, env.expand(server),
                env.expand(serverUrl), credentialsId, failOnError, prepare);
    }

    boolean hasCrop() {
        return x != null || y != null || width != null || height != null;
    }
}
