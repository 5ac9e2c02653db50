package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.After;
import org.junit.Before;

abstract class EmulatorTestBase {

    protected DocSpaceEmulator emulator;
    protected EmulatorClient http;
    protected SeededUser admin;
    protected SeededUser roomAdmin;
    protected SeededUser user;
    protected SeededUser guest;
    protected SeededUser outsider;

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
    }

    @After
    public void stopEmulator() {
        emulator.close();
    }

    protected static void assertError(HttpResponse<String> response, int status, String message) {
        assertEquals(response.body(), status, response.statusCode());
        JsonObject body = EmulatorClient.json(response);
        assertEquals(1, body.getInt("status"));
        assertEquals(status, body.getInt("statusCode"));
        assertEquals(message, body.getJsonObject("error").getString("message"));
    }

    protected JsonObject uploadAsOwnPhoto(SeededUser owner, byte[] image) {
        HttpResponse<String> response = http.upload(owner, owner.id(), "File", image, "true");
        assertEquals(200, response.statusCode());
        JsonObject result = EmulatorClient.payload(response);
        assertEquals(response.body(), true, result.getBoolean("success"));
        return result.getJsonObject("data");
    }
}
