package io.github.docspacephoto.client;

import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.UploadShape;
import org.junit.Test;

/** 3.6 servers need Autosave in the form, which the client always sends. */
public class UploadOn36ServerTest extends ClientTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.uploadShape(UploadShape.V3_6);
    }

    @Test
    public void uploadWorksWithAutosaveOnAndOff() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        assertTrue(photos.upload(user.id(), image("png", 90, 90), true).urls().original().contains("_orig_90-90"));
        assertTrue(photos.upload(user.id(), image("jpg", 90, 90), false).tmpFile().endsWith(".jpeg"));
    }
}
