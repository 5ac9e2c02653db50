package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import org.junit.Test;

/** PUT .../photo with {files: url} (NOTES.md §5.4). */
public class UpdateFromUrlRulesTest extends EmulatorTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.allowLoopbackUrls(true);
    }

    @Test
    public void emptyFilesIsABadRequest() {
        assertError(http.putJson(user, photoPath(user.id()), "{\"files\":\"\"}"), 400,
                "The uploaded file could not be found");
        assertError(http.putJson(user, photoPath(user.id()), "{}"), 400, "The uploaded file could not be found");
    }

    @Test
    public void photoIsFetchedFromTheUrlAndGoesThroughTheSamePipeline() {
        String source = uploadAsOwnPhoto(admin, image("png", 640, 480)).getString("main");
        JsonObject urls = payload(http.putJson(user, photoPath(user.id()),
                "{\"files\":\"" + emulator.baseUri() + source + "\"}"));
        assertTrue(urls.getString("original"), urls.getString("original").contains(user.id() + "_orig_640-480.png"));
        assertEquals(82, http.download(urls.getString("big")).getWidth());
    }

    @Test
    public void relativeUrlIsResolvedAgainstThePortal() {
        JsonObject urls = payload(http.putJson(user, photoPath(user.id()),
                "{\"files\":\"/static/images/default_user_photo_size_360-360.png\"}"));
        assertTrue(urls.getString("original").contains("_orig_360-360.png"));
    }

    @Test
    public void sameUrlAsTheCurrentOriginalIsNotDownloadedAgainButStillAWrite() {
        String main = uploadAsOwnPhoto(user, image("png", 100, 100)).getString("main");
        JsonObject urls = payload(http.putJson(user, photoPath(user.id()), "{\"files\":\"" + main + "\"}"));
        assertEquals(main.substring(0, main.indexOf('?')),
                urls.getString("original").substring(0, urls.getString("original").indexOf('?')));
        assertNotEquals(main, urls.getString("original"));
    }

    @Test
    public void downloadThatDoesNotSucceedIsForbiddenWithItsStatus() {
        assertError(http.putJson(user, photoPath(user.id()),
                "{\"files\":\"" + emulator.baseUri() + "/api/2.0/nothing\"}"), 403,
                "Response status code does not indicate success: 404");
    }
}
