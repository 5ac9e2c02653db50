package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import org.junit.After;
import org.junit.Before;

/** One fresh emulator per test on a free port, with the seeded users at hand. */
abstract class EmulatorTestBase {

    protected DocSpaceEmulator emulator;
    protected EmulatorClient http;
    protected SeededUser admin;
    protected SeededUser roomAdmin;
    protected SeededUser user;
    protected SeededUser guest;
    protected SeededUser outsider;
    protected SeededUser tfa;

    /** Subclasses change the emulator's settings here. */
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder;
    }

    @Before
    public void startEmulator() {
        emulator = configure(DocSpaceEmulator.builder().port(0)).start();
        http = new EmulatorClient(emulator.baseUri());
        admin = emulator.user("admin");
        roomAdmin = emulator.user("roomadmin");
        user = emulator.user("user");
        guest = emulator.user("guest");
        outsider = emulator.user("outsider");
        tfa = emulator.user("tfa");
    }

    @After
    public void stopEmulator() {
        emulator.close();
    }

    /** DocSpace's error body with this status and message. */
    protected static JsonObject assertError(HttpResponse<String> response, int status, String message) {
        assertEquals(response.body(), status, response.statusCode());
        JsonObject body = EmulatorClient.json(response);
        assertEquals(1, body.getInt("status"));
        assertEquals(status, body.getInt("statusCode"));
        assertEquals(message, body.getJsonObject("error").getString("message"));
        return body.getJsonObject("error");
    }

    /** A status with an empty body, as the authentication pipeline and routing answer. */
    protected static void assertEmpty(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("", response.body());
    }

    /** Uploads with Autosave=true as the owner and returns the {@code data} URLs. */
    protected JsonObject uploadOwnPhoto(SeededUser owner, byte[] image) {
        HttpResponse<String> response = http.upload(owner, owner.id(), image, "true");
        assertEquals(200, response.statusCode());
        JsonObject result = EmulatorClient.payload(response);
        assertEquals(response.body(), true, result.getBoolean("success"));
        return result.getJsonObject("data");
    }

    /** The URL ends in ?hash=N and downloads as a square image of this size. */
    protected void assertSquareImage(String url, int size) {
        assertTrue(url, url.matches("/.+\\?hash=\\d+"));
        BufferedImage image = http.image(url);
        assertEquals(url, size, image.getWidth());
        assertEquals(url, size, image.getHeight());
    }

    protected static String hash(String url) {
        return url.substring(url.indexOf("?hash="));
    }

    protected static String withoutHash(String url) {
        return url.substring(0, url.indexOf('?'));
    }
}
