package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.noisyPng;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.EmulatorClient.Multipart;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** POST .../photo on server 3.7: every failure of its own is HTTP 200 with success:false (NOTES.md §5.5). */
public class UploadRulesTest extends EmulatorTestBase {

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.maxUploadBytes(200_000);
    }

    @Test
    public void uploadWithoutAFileAnswers200WithTheUploadedFileCouldNotBeFound() {
        assertRejected(http.upload(user, user.id(), new Multipart().text("Autosave", "true")),
                "The uploaded file could not be found");
    }

    @Test
    public void uploadOfGifAnswers200WithUnknownImageFileType() {
        assertRejected(http.upload(user, user.id(), image("gif", 50, 50), "true"), "Unknown image file type");
        assertRejected(http.upload(user, user.id(), image("bmp", 50, 50), "true"), "Unknown image file type");
    }

    @Test
    public void emptyFileIsAnUnknownImageFileType() {
        assertRejected(http.upload(user, user.id(), new byte[0], "true"), "Unknown image file type");
    }

    @Test
    public void bytesNoDecoderReadsAnswerImageMagicksHtmlEncodedMessage() {
        assertRejected(http.upload(user, user.id(), "not an image".getBytes(StandardCharsets.UTF_8), "true"),
                "no decode delegate for this image format `&#39; @ error/blob.c/BlobToImage/458");
    }

    @Test
    public void formatIsJudgedByContentNotByName() {
        HttpResponse<String> response = http.upload(user, user.id(),
                new Multipart().file("File", "photo.gif", image("png", 40, 40)).text("Autosave", "true"));
        assertTrue(response.body(), payload(response).getBoolean("success"));
    }

    @Test
    public void fileOverTheLimitAnswersTheMaximumFileSizeIsExceededWithTheLimit() {
        byte[] big = noisyPng(300, 300);
        assertTrue(big.length > 200_000);
        assertRejected(http.upload(user, user.id(), big, "true"), "The maximum file size is exceeded (195.31 KB).");
    }

    @Test
    public void limitIsWrittenAsDocSpaceWritesFileSizes() {
        assertEquals("5 MB", PhotoUpload.sizeText(DocSpaceEmulator.DEFAULT_MAX_UPLOAD_BYTES));
        assertEquals("1.5 KB", PhotoUpload.sizeText(1536));
        assertEquals("1,000 bytes", PhotoUpload.sizeText(1000));
    }

    @Test
    public void someoneElsesProfileAnswers200WithSecurityError() {
        assertRejected(http.upload(admin, user.id(), image("png", 50, 50), "true"), "Security error.");
    }

    @Test
    public void unknownUserAnswers200WithTheUserCouldNotBeFound() {
        assertRejected(http.upload(user, "nobody", image("png", 50, 50), "true"), "The user could not be found");
    }

    @Test
    public void missingFileIsReportedBeforeTheUserIsLookedUp() {
        assertRejected(http.upload(user, "nobody", new Multipart().text("Autosave", "true")),
                "The uploaded file could not be found");
    }

    @Test
    public void filePartNamedFileIsMatchedInAnyCase() {
        for (String name : new String[] {"file", "FILE"}) {
            HttpResponse<String> response = http.upload(user, user.id(),
                    new Multipart().file(name, "a.png", image("png", 50, 50)).text("autosave", "TRUE"));
            assertTrue(response.body(), payload(response).getBoolean("success"));
            assertEquals(JsonValue.ValueType.OBJECT, payload(response).get("data").getValueType());
        }
    }

    @Test
    public void filePartWithAnotherNameIsNoFileOn37() {
        assertRejected(http.upload(user, user.id(),
                new Multipart().file("photo", "a.png", image("png", 50, 50)).text("Autosave", "true")),
                "The uploaded file could not be found");
    }

    @Test
    public void autosaveThatIsNoBooleanIsA400ValidationProblem() {
        HttpResponse<String> response = http.upload(user, user.id(), image("png", 50, 50), "yes");
        JsonObject body = json(response);
        assertEquals(400, response.statusCode());
        assertEquals(1, body.getInt("status"));
        assertEquals("The value 'yes' is not valid for Autosave.",
                body.getJsonObject("response").getJsonObject("errors").getJsonArray("Autosave").getString(0));
    }

    @Test
    public void nonMultipartUploadIs415() {
        HttpResponse<String> response = http.send(http.as(user, photo(user.id()))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image("png", 10, 10))));
        assertEquals(415, response.statusCode());
        assertEquals("Unsupported Media Type", payload(response).getString("title"));
    }

    @Test
    public void readOnlyApiKeyMayNotUpload() {
        Multipart form = new Multipart().file("File", "a.png", image("png", 10, 10));
        HttpResponse<String> response = http.send(http.request(photo(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyRead())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        assertEmpty(response, 403);
    }

    private static void assertRejected(HttpResponse<String> response, String message) {
        assertEquals(response.body(), 200, response.statusCode());
        JsonObject result = payload(response);
        assertFalse(result.getBoolean("success"));
        assertEquals(message, result.getString("message"));
        assertFalse("no data on failure", result.containsKey("data"));
        assertEquals(0, json(response).getInt("status"));
    }
}
