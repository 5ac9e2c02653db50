package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.noisyPng;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.After;
import org.junit.Test;

/** PUT .../photo with {files: url}, with loopback allowed so that tests can serve the photos (NOTES.md §5.4). */
public class UpdateFromUrlRulesTest extends EmulatorTestBase {

    private final SourceServer source = SourceServer.start();

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.allowLoopbackUrls(true).maxUploadBytes(100_000);
    }

    @After
    public void stopSource() {
        source.close();
    }

    @Test
    public void emptyOrMissingFilesIs400TheUploadedFileCouldNotBeFound() {
        for (String body : new String[] {"{\"files\":\"\"}", "{\"files\":null}", "{}"}) {
            JsonObject error = assertError(http.update(user, user.id(), body), 400,
                    "The uploaded file could not be found");
            assertEquals("System.ArgumentException", error.getString("type"));
        }
    }

    @Test
    public void photoIsFetchedFromTheUrlAndGoesThroughTheUploadPipeline() {
        String url = source.serve("/a.png", 200, image("png", 2560, 1280));
        JsonObject urls = payload(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"));
        assertTrue(urls.getString("original"), urls.getString("original")
                .matches("/storage/userPhotos/root/" + user.id() + "_orig_1280-640\\.png\\?hash=\\d+"));
        assertEquals(640, http.image(urls.getString("original")).getHeight());
        PhotoReadRulesTest.THUMBNAIL_SIZES.forEach((key, size) -> assertSquareImage(urls.getString(key), size));
    }

    @Test
    public void anyFormatImageIoReadsIsTakenWithItsOwnExtension() {
        String url = source.serve("/a.gif", 200, image("gif", 60, 40));
        JsonObject urls = payload(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"));
        assertTrue(urls.getString("original"), urls.getString("original").contains("_orig_60-40.gif?hash="));
        assertSquareImage(urls.getString("small"), 32);
    }

    @Test
    public void urlWithoutSchemeIsTakenRelativeToThePortal() {
        for (String files : new String[] {"/static/images/default_user_photo_size_82-82.png",
                "static/images/default_user_photo_size_48-48.png"}) {
            JsonObject urls = payload(http.update(user, user.id(), "{\"files\":\"" + files + "\"}"));
            String size = files.substring(files.lastIndexOf('_') + 1, files.indexOf('.'));
            assertTrue(urls.getString("original"), urls.getString("original").contains("_orig_" + size + ".png"));
        }
    }

    @Test
    public void currentOriginalUrlIsNotDownloadedAgainButTheUserIsStillUpdated() {
        String main = uploadOwnPhoto(user, image("png", 100, 100)).getString("main");
        emulator.requestLog().clear();
        JsonObject urls = payload(http.update(user, user.id(), "{\"files\":\"" + withoutHash(main) + "\"}"));
        assertEquals(withoutHash(main), withoutHash(urls.getString("original")));
        assertNotEquals(hash(main), hash(urls.getString("original")));
        assertEquals("only the PUT itself reached the emulator", 1, emulator.requestLog().requests().size());
    }

    @Test
    public void downloadThatDoesNotSucceedIs403WithItsStatusName() {
        String url = source.serve("/missing.png", 404, new byte[0]);
        JsonObject error = assertError(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"), 403,
                "Failed to download photo: NotFound");
        assertEquals("System.InvalidOperationException", error.getString("type"));
    }

    @Test
    public void redirectsAreNotFollowed() {
        String url = source.serve("/moved.png", 302, new byte[0]);
        assertError(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"), 403, "Failed to download photo: Found");
    }

    @Test
    public void downloadOverTheSizeLimitIs500() {
        String url = source.serve("/big.png", 200, noisyPng(300, 300));
        assertError(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"), 500, "image size is too large");
    }

    @Test
    public void downloadThatIsNoImageIs500() {
        String url = source.serve("/page.png", 200, "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertError(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"), 500,
                "no decode delegate for this image format `' @ error/blob.c/BlobToImage/458");
    }

    @Test
    public void unreachableSourceIs500() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JsonObject error = assertError(http.update(user, user.id(),
                "{\"files\":\"http://127.0.0.1:" + closedPort + "/a.png\"}"), 500,
                "Connection refused (127.0.0.1:" + closedPort + ")");
        assertEquals("System.Net.Http.HttpRequestException", error.getString("type"));
    }
}
