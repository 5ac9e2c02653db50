package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Server 3.6's upload: the whole form, any file part name, Autosave required (NOTES.md §1). */
public class UploadShape36Test extends EmulatorTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.uploadShape(UploadShape.V3_6);
    }

    @Test
    public void missingAutosaveIsA400WithTheNetMessage() {
        assertError(http.upload(user, user.id(), "File", image("png", 50, 50), null), 400,
                "Value cannot be null. (Parameter 'value')");
    }

    @Test
    public void anyFilePartNameIsTaken() {
        String main = payload(http.upload(user, user.id(), "formCollection", image("png", 50, 50), "true"))
                .getJsonObject("data").getString("main");
        assertTrue(main, main.contains("_orig_50-50.png"));
    }

    @Test
    public void autosaveFalseStillGivesATemporaryFile() {
        assertEquals(true, payload(http.upload(user, user.id(), "File", image("jpg", 50, 50), "false"))
                .getString("data").endsWith(".jpeg"));
    }
}
