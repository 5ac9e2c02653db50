package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.EmulatorClient.Multipart;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.Test;

/** Server 3.6's upload: the whole form, any file part name, Autosave parsed before the try block (NOTES.md §1). */
public class UploadShape36Test extends EmulatorTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.uploadShape(UploadShape.V3_6);
    }

    @Test
    public void missingAutosaveIs400ValueCannotBeNull() {
        assertError(http.upload(user, user.id(), image("png", 50, 50), null), 400,
                "Value cannot be null. (Parameter 'value')");
    }

    @Test
    public void autosaveThatIsNoBooleanIs500FromBoolParse() {
        assertError(http.upload(user, user.id(), image("png", 50, 50), "yes"), 500,
                "String 'yes' was not recognized as a valid Boolean.");
    }

    @Test
    public void theFirstFileIsTakenWhateverItsPartName() {
        String main = payload(http.upload(user, user.id(),
                new Multipart().file("formCollection", "a.png", image("png", 50, 50)).text("Autosave", "true")))
                .getJsonObject("data").getString("main");
        assertTrue(main, main.contains("_orig_50-50.png"));
    }

    @Test
    public void autosaveFalseGivesATemporaryFile() {
        String tmpFile = payload(http.upload(user, user.id(), image("jpg", 50, 50), "false")).getString("data");
        assertTrue(tmpFile, tmpFile.matches("/storage/userPhotos/temp/.+\\.jpeg"));
    }

    /** 3.6 binds the whole form, but MVC's form value provider has read it, and failed, before that. */
    @Test
    public void formTheReaderCannotReadIs400AsOn37() {
        Multipart form = new Multipart().file("File", "a.png", image("png", 20, 20)).text("Autosave", "true");
        HttpResponse<String> response = http.send(http.as(user, photo(user.id()))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        MalformedUploadTest.assertFormUnreadable(response, "Missing content-type boundary.");
    }

    @Test
    public void urlEncodedFormIsAFormWithoutFiles() {
        HttpResponse<String> response = http.send(http.as(user, photo(user.id()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Autosave=true")));
        assertEquals(200, response.statusCode());
        assertFalse(payload(response).getBoolean("success"));
        assertEquals("The uploaded file could not be found", payload(response).getString("message"));
    }
}
