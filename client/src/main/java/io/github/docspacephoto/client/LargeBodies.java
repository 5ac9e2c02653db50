package io.github.docspacephoto.client;

/**
 * RESTEasy's Apache HttpClient engine keeps request bodies up to a threshold in memory, spools larger ones to a
 * temporary file, and refuses bodies over 50 MB. It reads the setting that lifts the refusal only JVM-wide (a
 * system property or MicroProfile Config), never per client, so the programmatic entry point sets it unless the
 * application already did. Jersey ignores it.
 */
final class LargeBodies {

    static final String RESTEASY_FILE_THRESHOLD = "dev.resteasy.entity.file.threshold";

    private LargeBodies() {
    }

    static void allowOver50Megabytes() {
        if (System.getProperty(RESTEASY_FILE_THRESHOLD) == null) {
            System.setProperty(RESTEASY_FILE_THRESHOLD, "-1");
        }
    }
}
