package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** Upload answers HTTP 200 with success:false for every failure of its own (NOTES.md §5.5). */
public class UploadRulesTest extends EmulatorTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.maxUploadBytes(200_000);
    }

    @Test
    public void noFileIsReportedInTheBody() {
        assertRejected(http.upload(user, user.id(), "File", null, "true"), "The uploaded file could not be found");
    }

    @Test
    public void gifIsAnUnknownImageFileTypeWhateverItsName() {
        assertRejected(http.upload(user, user.id(), "File", image("gif", 50, 50), "true"), "Unknown image file type");
        assertRejected(http.upload(user, user.id(), "File", "not an image".getBytes(StandardCharsets.UTF_8), "true"),
                "Unknown image file type");
    }

    @Test
    public void fileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        byte[] big = new byte[250_000];
        System.arraycopy(image("png", 10, 10), 0, big, 0, 8);
        assertRejected(http.upload(user, user.id(), "File", big, "true"),
                "The maximum file size is exceeded (195.31 KB).");
    }

    @Test
    public void someoneElsesProfileIsASecurityError() {
        assertRejected(http.upload(admin, user.id(), "File", image("png", 50, 50), "true"), "Security error.");
        assertRejected(http.upload(admin, "nobody", "File", image("png", 50, 50), "true"),
                "The user could not be found");
    }

    @Test
    public void filePartNameIsMatchedIgnoringCase() {
        HttpResponse<String> response = http.upload(user, user.id(), "file", image("png", 50, 50), "true");
        assertEquals(true, payload(response).getBoolean("success"));
    }

    @Test
    public void filePartWithAnotherNameIsNotFoundOn37() {
        assertRejected(http.upload(user, user.id(), "photo", image("png", 50, 50), "true"),
                "The uploaded file could not be found");
    }

    @Test
    public void nonMultipartUploadIsUnsupportedMediaType() {
        HttpResponse<String> response = http.send(http.as(user, photoPath(user.id()))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image("png", 10, 10))));
        assertError(response, 415, "Unsupported Media Type");
    }

    @Test
    public void readOnlyApiKeyMayNotUpload() {
        HttpResponse<String> response = http.send(http.request(photoPath(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyRead())
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));
        assertEquals(403, response.statusCode());
        assertEquals("", response.body());
    }

    private static void assertRejected(HttpResponse<String> response, String message) {
        assertEquals(response.body(), 200, response.statusCode());
        JsonObject result = payload(response);
        assertFalse(result.getBoolean("success"));
        assertEquals(message, result.getString("message"));
        assertFalse("no data on failure", result.containsKey("data"));
    }
}
