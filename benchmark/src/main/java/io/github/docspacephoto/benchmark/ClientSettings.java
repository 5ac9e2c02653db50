package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpaceSettings;

/** The client settings every measurement uses, so that the cache sees equal settings. */
final class ClientSettings {

    /** Large enough for the 50 MB upload; the emulator is started with the same limit. */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private ClientSettings() {
    }

    static DocSpaceSettings forTarget(BenchmarkTarget target) {
        return DocSpaceSettings.builder(target.server())
                .credentials(Credentials.token(target.token()))
                .maxUploadBytes(MAX_UPLOAD_BYTES)
                .build();
    }
}
