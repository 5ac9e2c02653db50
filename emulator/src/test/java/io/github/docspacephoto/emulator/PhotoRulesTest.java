package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.Test;

public class PhotoRulesTest extends EmulatorTestBase {

    private static final Map<String, Integer> THUMBNAIL_SIZES =
            Map.of("retina", 360, "max", 200, "big", 82, "medium", 48, "small", 32);

    @Test
    public void successIsWrappedInTheEnvelopeWithOneLinkToTheRequest() {
        HttpResponse<String> response = http.get(user, user.userName());
        JsonObject body = json(response);
        assertEquals(200, response.statusCode());
        assertEquals(0, body.getInt("status"));
        assertEquals(200, body.getInt("statusCode"));
        assertEquals(1, body.getInt("count"));
        JsonObject link = body.getJsonArray("links").getJsonObject(0);
        assertEquals(emulator.baseUri() + photoPath(user.userName()), link.getString("href"));
        assertEquals("GET", link.getString("action"));
    }

    @Test
    public void userWithoutPhotoGetsDefaultAvatarsOfTheStatedSizes() {
        JsonObject urls = payload(http.get(user, user.id()));
        assertTrue(urls.getString("original").startsWith("/static/images/default_user_photo_size_200-200.png?hash="));
        assertEquals(200, http.download(urls.getString("original")).getWidth());
        THUMBNAIL_SIZES.forEach((key, size) -> assertSquare(urls.getString(key), size));
    }

    @Test
    public void autosavedUploadBecomesThePhotoScaledToFit1280WithThumbnailsOfEachSize() {
        JsonObject data = uploadAsOwnPhoto(user, image("png", 2560, 1600));
        String main = data.getString("main");
        assertTrue(main, main.matches("/storage/userPhotos/root/" + user.id() + "_orig_1280-800\\.png\\?hash=\\d+"));
        BufferedImage original = http.download(main);
        assertEquals(1280, original.getWidth());
        assertEquals(800, original.getHeight());
        THUMBNAIL_SIZES.forEach((key, size) -> assertSquare(data.getString(key), size));

        JsonObject got = payload(http.get(admin, user.id()));
        assertEquals(main, got.getString("original"));
    }

    @Test
    public void jpegUploadKeepsTheJpegExtension() {
        JsonObject data = uploadAsOwnPhoto(user, image("jpg", 400, 300));
        assertTrue(data.getString("small"), data.getString("small").contains("_size_32-32.jpeg?hash="));
        assertSquare(data.getString("small"), 32);
    }

    @Test
    public void everyWriteChangesTheHash() {
        String afterUpload = hash(uploadAsOwnPhoto(user, image("png", 300, 300)).getString("main"));
        String afterCrop = hash(payload(http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"x\":0,\"y\":0,\"width\":100,\"height\":100}")).getString("original"));
        String afterDelete = hash(payload(http.delete(user, user.id())).getString("original"));
        assertNotEquals(afterUpload, afterCrop);
        assertNotEquals(afterCrop, afterDelete);
        assertEquals(afterDelete, hash(payload(http.get(user, user.id())).getString("original")));
    }

    @Test
    public void thumbnailsAreCutFromTheCropRectangle() {
        // the test image's top-left quarter is blue, the rest orange
        uploadAsOwnPhoto(user, image("png", 400, 400));
        JsonObject blue = payload(http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"x\":0,\"y\":0,\"width\":150,\"height\":150}"));
        assertEquals(0x0000ff, http.download(blue.getString("max")).getRGB(100, 100) & 0xffffff);
        JsonObject orange = payload(http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"x\":250,\"y\":250,\"width\":\"100\",\"height\":\"100\"}"));
        BufferedImage max = http.download(orange.getString("max"));
        assertEquals(200, max.getWidth());
        assertEquals(0xffc800, max.getRGB(100, 100) & 0xffffff);
    }

    @Test
    public void negativeCropSizeIsAValidationError() {
        HttpResponse<String> response = http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"x\":0,\"y\":0,\"width\":-5,\"height\":10}");
        JsonObject body = json(response);
        assertEquals(400, response.statusCode());
        assertEquals(1, body.getInt("status"));
        assertEquals(400, body.getInt("statusCode"));
        assertTrue(body.getJsonObject("response").getJsonObject("errors").containsKey("$.width"));
    }

    @Test
    public void uploadWithoutAutosaveKeepsATemporaryFileThatThumbnailsMakeThePhoto() {
        HttpResponse<String> upload = http.upload(user, user.id(), "File", image("png", 500, 300), null);
        String tmpFile = payload(upload).getString("data");
        assertTrue(tmpFile, tmpFile.matches("/storage/userPhotos/temp/[0-9a-f-]+\\.png"));
        assertTrue(payload(http.get(user, user.id())).getString("original").startsWith("/static/images/"));

        JsonObject photo = payload(http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"tmpFile\":\"" + emulator.baseUri() + tmpFile + "\",\"x\":0,\"y\":0,\"width\":0,\"height\":0}"));
        assertTrue(photo.getString("original").contains("_orig_500-300.png"));
        assertSquare(photo.getString("retina"), 360);

        HttpResponse<String> again = http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"tmpFile\":\"" + tmpFile + "\"}");
        assertError(again, 404, "File not found");
    }

    @Test
    public void deletePointsBackAtTheDefaultAvatars() {
        uploadAsOwnPhoto(user, image("png", 300, 300));
        JsonObject urls = payload(http.delete(user, user.userName()));
        THUMBNAIL_SIZES.forEach((key, size) -> assertTrue(urls.getString(key).startsWith(
                "/static/images/default_user_photo_size_" + size + "-" + size + ".png?hash=")));
        assertEquals(200, http.delete(user, user.userName()).statusCode());
    }

    @Test
    public void onlyTheUserMayChangeTheirPhotoNotEvenAnAdmin() {
        assertError(http.delete(admin, user.id()), 403, "Access denied");
        assertError(http.postJson(admin, photoPath(user.id()) + "/thumbnails", "{}"), 403, "Access denied");
        assertError(http.putJson(admin, photoPath(user.id()), "{\"files\":\"https://example.com/a.png\"}"), 403,
                "Access denied");
    }

    @Test
    public void unknownUserIsNotFound() {
        assertError(http.get(user, "nobody"), 404, "The user could not be found");
        assertError(http.get(user, "00000000-0000-0000-0000-000000000000"), 404, "The user could not be found");
        assertError(http.get(user, "@self"), 404, "The user could not be found");
    }

    @Test
    public void userIdIsAGuidInAnyNetFormatOrAUserName() {
        String n = user.id().replace("-", "");
        for (String id : new String[] {user.id(), user.id().toUpperCase(), n, "%7B" + user.id() + "%7D", "user"}) {
            assertEquals(id, 200, http.get(user, id).statusCode());
        }
    }

    @Test
    public void viewingOthersFollowsTheRoles() {
        assertEquals(200, http.get(admin, guest.id()).statusCode());
        assertEquals(200, http.get(roomAdmin, user.id()).statusCode());
        assertEquals("a room admin sees the guests they invited", 200, http.get(roomAdmin, guest.id()).statusCode());
        assertError(http.get(roomAdmin, outsider.id()), 403, "Access denied");
        assertError(http.get(user, admin.id()), 403, "Access denied");
        assertError(http.get(guest, user.id()), 403, "Access denied");
        assertEquals(200, http.get(guest, guest.id()).statusCode());
    }

    private void assertSquare(String url, int size) {
        assertTrue(url, url.matches(".*\\?hash=\\d+"));
        BufferedImage image = http.download(url);
        assertEquals(url, size, image.getWidth());
        assertEquals(url, size, image.getHeight());
    }

    private static String hash(String url) {
        return url.substring(url.indexOf("?hash="));
    }
}
