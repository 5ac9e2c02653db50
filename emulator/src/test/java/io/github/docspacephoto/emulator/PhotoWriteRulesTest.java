package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static io.github.docspacephoto.emulator.EmulatorClient.rgb;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.Test;

/** Uploads that become the photo, thumbnails, the hash, DELETE and who may write (NOTES.md §5.0-5.2, §5.5, §6). */
public class PhotoWriteRulesTest extends EmulatorTestBase {

    private static final int BLUE = 0x0000ff;
    private static final int ORANGE = 0xffc800;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    public void autosavedUploadBecomesThePhotoWithTheOriginalFittedInto1280() {
        JsonObject data = uploadOwnPhoto(user, image("png", 2560, 1600));
        String main = data.getString("main");
        assertTrue(main, main.matches("/storage/userPhotos/root/" + user.id() + "_orig_1280-800\\.png\\?hash=\\d+"));
        BufferedImage original = http.image(main);
        assertEquals(1280, original.getWidth());
        assertEquals(800, original.getHeight());
        PhotoReadRulesTest.THUMBNAIL_SIZES.forEach((key, size) -> {
            assertTrue(data.getString(key), data.getString(key).startsWith(
                    "/storage/userPhotos/root/" + user.id() + "_size_" + size + "-" + size + ".png?hash="));
            assertSquareImage(data.getString(key), size);
        });
        assertEquals("GET shows the same photo", main, payload(http.get(user, user.id())).getString("original"));
    }

    @Test
    public void tallOriginalIsFittedByItsHeightWithDocSpacesRounding() {
        String main = uploadOwnPhoto(user, image("png", 1001, 3000)).getString("main");
        assertTrue(main, main.contains("_orig_427-1280.png"));
    }

    @Test
    public void originalThatFitsIsKeptAsUploadedWhileThumbnailsArePngBytesWhateverTheExtension() {
        byte[] jpeg = image("jpg", 400, 300);
        JsonObject data = uploadOwnPhoto(user, jpeg);
        assertTrue(data.getString("main"), data.getString("main").contains("_orig_400-300.jpeg?hash="));
        assertArrayEquals(jpeg, http.download(data.getString("main")));
        assertTrue(data.getString("small"), data.getString("small").contains("_size_32-32.jpeg?hash="));
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(http.download(data.getString("small")), 4));
    }

    @Test
    public void thumbnailsOfAnUploadAreCutFromTheCentredSquare() {
        // blue left half, orange right half: the centred square of a 900x300 image straddles the middle
        BufferedImage max = http.image(uploadOwnPhoto(user, image("png", 900, 300)).getString("max"));
        assertEquals(BLUE, rgb(max, 10, 100));
        assertEquals(ORANGE, rgb(max, 190, 100));
    }

    @Test
    public void thumbnailsAreCutFromTheCropRectangleWithNumbersAlsoAsStrings() {
        uploadOwnPhoto(user, image("png", 400, 400));
        JsonObject blue = payload(http.thumbnails(user, user.id(), "{\"x\":0,\"y\":0,\"width\":150,\"height\":150}"));
        BufferedImage left = http.image(blue.getString("retina"));
        assertEquals(360, left.getWidth());
        assertEquals(BLUE, rgb(left, 350, 350));
        JsonObject orange = payload(http.thumbnails(user, user.id(),
                "{\"X\":\"250\",\"y\":\"0\",\"width\":\"100\",\"height\":\"100\"}"));
        BufferedImage right = http.image(orange.getString("max"));
        assertEquals(ORANGE, rgb(right, 5, 5));
        assertSquareImage(orange.getString("small"), 32);
    }

    @Test
    public void cropReachingPastTheImageIsClampedToItsEdges() {
        uploadOwnPhoto(user, image("png", 400, 400));
        JsonObject urls = payload(http.thumbnails(user, user.id(),
                "{\"x\":350,\"y\":350,\"width\":5000,\"height\":5000}"));
        BufferedImage max = http.image(urls.getString("max"));
        assertEquals(200, max.getWidth());
        assertEquals(ORANGE, rgb(max, 0, 0));
    }

    @Test
    public void zeroByZeroCropIsTheCentredSquare() {
        uploadOwnPhoto(user, image("png", 900, 300));
        BufferedImage max = http.image(payload(http.thumbnails(user, user.id(),
                "{\"x\":0,\"y\":0,\"width\":0,\"height\":0}")).getString("max"));
        assertEquals(BLUE, rgb(max, 10, 100));
        assertEquals(ORANGE, rgb(max, 190, 100));
    }

    @Test
    public void cropWithOneSideZeroReachesTheImageEdge() {
        uploadOwnPhoto(user, image("png", 900, 300));
        BufferedImage max = http.image(payload(http.thumbnails(user, user.id(),
                "{\"x\":600,\"y\":0,\"width\":0,\"height\":300}")).getString("max"));
        assertEquals(ORANGE, rgb(max, 10, 100));
    }

    @Test
    public void thumbnailsWithoutAPhotoChangeNothingButTheHash() {
        String before = payload(http.get(user, user.id())).getString("small");
        JsonObject urls = payload(http.thumbnails(user, user.id(), "{\"x\":1,\"y\":1,\"width\":10,\"height\":10}"));
        assertEquals(withoutHash(before), withoutHash(urls.getString("small")));
        assertTrue(urls.getString("original").startsWith("/static/images/default_user_photo_size_200-200.png"));
        assertNotEquals(hash(before), hash(urls.getString("small")));
    }

    @Test
    public void everyWriteChangesTheHashAndReadsKeepIt() {
        String initial = hash(payload(http.get(user, user.id())).getString("original"));
        assertEquals(initial, hash(payload(http.get(user, user.id())).getString("small")));
        String uploaded = hash(uploadOwnPhoto(user, image("png", 300, 300)).getString("main"));
        String cropped = hash(payload(http.thumbnails(user, user.id(),
                "{\"x\":0,\"y\":0,\"width\":100,\"height\":100}")).getString("original"));
        String deleted = hash(payload(http.delete(user, user.id())).getString("original"));
        assertNotEquals(initial, uploaded);
        assertNotEquals(uploaded, cropped);
        assertNotEquals(cropped, deleted);
        assertEquals(deleted, hash(payload(http.get(user, user.id())).getString("retina")));
    }

    @Test
    public void negativeCropSizeIsA400ValidationProblemInTheEnvelope() {
        HttpResponse<String> response = http.thumbnails(user, user.id(), "{\"x\":0,\"y\":0,\"width\":-5,\"height\":9}");
        JsonObject body = json(response);
        assertEquals(400, response.statusCode());
        assertEquals(1, body.getInt("status"));
        assertEquals(400, body.getInt("statusCode"));
        JsonObject errors = body.getJsonObject("response").getJsonObject("errors");
        assertTrue(errors.toString(), errors.getJsonArray("$.width").getString(0)
                .startsWith("The JSON value could not be converted to System.UInt32."));
        assertTrue(errors.toString(), errors.containsKey("Thumbnails"));
        assertEquals(400, body.getJsonObject("response").getInt("status"));
    }

    @Test
    public void missingThumbnailsBodyIsA400ValidationProblem() {
        JsonObject body = json(http.thumbnails(user, user.id(), ""));
        assertEquals(1, body.getInt("status"));
        assertEquals(400, body.getInt("statusCode"));
        assertEquals("A non-empty request body is required.",
                body.getJsonObject("response").getJsonObject("errors").getJsonArray("").getString(0));
    }

    @Test
    public void uploadWithoutAutosaveKeepsATemporaryFileThatThumbnailsMakeThePhoto() {
        String tmpFile = payload(http.upload(user, user.id(), image("png", 2000, 1000), null)).getString("data");
        assertTrue(tmpFile, tmpFile.matches("/storage/userPhotos/temp/[0-9a-f-]{36}\\.png"));
        assertEquals(1280, http.image(tmpFile).getWidth());
        assertTrue("not the photo yet", payload(http.get(user, user.id())).getString("original")
                .startsWith("/static/images/"));

        JsonObject photo = payload(http.thumbnails(user, user.id(),
                "{\"tmpFile\":\"" + emulator.baseUri() + tmpFile + "\",\"x\":0,\"y\":0,\"width\":0,\"height\":0}"));
        assertTrue(photo.getString("original"), photo.getString("original").contains(user.id() + "_orig_1280-640.png"));
        assertSquareImage(photo.getString("retina"), 360);
        assertEquals("the temporary file is gone", 404,
                http.send(http.request(tmpFile).GET()).statusCode());
        assertError(http.thumbnails(user, user.id(), "{\"tmpFile\":\"" + tmpFile + "\"}"), 404, "File not found");
    }

    @Test
    public void tmpFileIsTakenByItsFileNameSoABareNameWorks() {
        String tmpFile = payload(http.upload(user, user.id(), image("jpg", 100, 80), "false")).getString("data");
        String name = tmpFile.substring(tmpFile.lastIndexOf('/') + 1);
        JsonObject photo = payload(http.thumbnails(user, user.id(), "{\"tmpFile\":\"" + name + "\"}"));
        assertTrue(photo.getString("original"), photo.getString("original").contains("_orig_100-80.jpeg"));
    }

    @Test
    public void cropIsIgnoredWithATmpFileBecauseSavingThePhotoCentresIt() {
        String tmpFile = payload(http.upload(user, user.id(), image("png", 900, 300), "false")).getString("data");
        JsonObject photo = payload(http.thumbnails(user, user.id(),
                "{\"tmpFile\":\"" + tmpFile + "\",\"x\":0,\"y\":0,\"width\":100,\"height\":100}"));
        BufferedImage max = http.image(photo.getString("max"));
        assertEquals(ORANGE, rgb(max, 190, 100));
    }

    @Test
    public void deletePointsBackAtTheDefaultAvatarsAndRemovesTheFiles() {
        String main = uploadOwnPhoto(user, image("png", 300, 300)).getString("main");
        JsonObject urls = payload(http.delete(user, user.userName()));
        assertTrue(urls.getString("original").startsWith("/static/images/default_user_photo_size_200-200.png?hash="));
        PhotoReadRulesTest.THUMBNAIL_SIZES.forEach((key, size) -> assertTrue(urls.getString(key).startsWith(
                "/static/images/default_user_photo_size_" + size + "-" + size + ".png?hash=")));
        assertEquals(404, http.send(http.request(main).GET()).statusCode());
    }

    @Test
    public void deletingWithoutAPhotoStillSucceeds() {
        assertEquals(200, http.delete(user, user.id()).statusCode());
    }

    @Test
    public void onlyTheUserMayChangeTheirPhotoNotEvenADocSpaceAdmin() {
        assertError(http.delete(admin, user.id()), 403, "Access denied");
        assertError(http.thumbnails(admin, user.id(), "{}"), 403, "Access denied");
        assertError(http.update(admin, user.id(), "{\"files\":\"https://example.com/a.png\"}"), 403,
                "Access denied");
    }

    @Test
    public void writesToAnUnknownUserAre404() {
        assertError(http.delete(user, "nobody"), 404, "The user could not be found");
        assertError(http.thumbnails(user, "nobody", "{}"), 404, "The user could not be found");
        assertError(http.update(user, "nobody", "{\"files\":\"x\"}"), 404, "The user could not be found");
    }
}
