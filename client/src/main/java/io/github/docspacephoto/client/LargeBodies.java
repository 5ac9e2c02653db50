package io.github.docspacephoto.client;

/**
 * RESTEasy's Apache HttpClient engine keeps request bodies up to a threshold in memory, spools larger ones to a
 * temporary file, and refuses bodies over 50 MB. "-1" lifts the refusal; the spooling stays.
 */
final class LargeBodies {

    static final String RESTEASY_FILE_THRESHOLD = "dev.resteasy.entity.file.threshold";

    private LargeBodies() {
    }
}
