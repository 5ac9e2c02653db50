package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.github.docspacephoto.emulator.EmulatorClient.Multipart;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.Test;

/**
 * A multipart body the form reader cannot read never reaches the upload action: MVC's form value provider turns the
 * reader's exception into a model-state error and [ApiController] answers 400 with ValidationProblemDetails, whose
 * only error, under the empty key, is "Failed to read the request form. " and the reader's message.
 */
public class MalformedUploadTest extends EmulatorTestBase {

    private static final String END_OF_STREAM =
            "Unexpected end of Stream, the content may have already been read by another component. ";

    @Test
    public void bodyWithoutItsClosingBoundaryIs400() {
        Multipart form = new Multipart().file("File", "a.png", image("png", 20, 20)).text("Autosave", "true");
        byte[] whole = form.bytes();
        byte[] unclosed = Arrays.copyOf(whole, whole.length - ("--\r\n".length() + form.boundary().length() + 2));
        assertFormUnreadable(post(form.contentType(), unclosed), END_OF_STREAM);
    }

    @Test
    public void bodyThatEndsInsideAPartIs400() {
        Multipart form = new Multipart().file("File", "a.png", new byte[100]);
        byte[] whole = form.bytes();
        assertFormUnreadable(post(form.contentType(), Arrays.copyOf(whole, whole.length - 30)), END_OF_STREAM);
    }

    @Test
    public void boundaryParameterThatIsNotTheBodysIs400() {
        Multipart form = new Multipart().file("File", "a.png", image("png", 20, 20));
        assertFormUnreadable(post("multipart/form-data; boundary=not-the-one", form.bytes()), END_OF_STREAM);
    }

    @Test
    public void contentTypeWithoutBoundaryIs400() {
        Multipart form = new Multipart().file("File", "a.png", image("png", 20, 20));
        assertFormUnreadable(post("multipart/form-data", form.bytes()), "Missing content-type boundary.");
        assertFormUnreadable(post("multipart/form-data; boundary=", form.bytes()), "Missing content-type boundary.");
    }

    @Test
    public void boundaryOverSeventyCharactersIs400() {
        assertFormUnreadable(post("multipart/form-data; boundary=" + "b".repeat(71), new byte[10]),
                "Multipart boundary length limit 70 exceeded.");
    }

    @Test
    public void garbageBodyIs400() {
        assertFormUnreadable(post("multipart/form-data; boundary=abc",
                "this is not a form at all\r\n".repeat(50).getBytes(StandardCharsets.US_ASCII)), END_OF_STREAM);
    }

    @Test
    public void partWithoutContentDispositionIs400() {
        String body = "--abc\r\nContent-Type: image/png\r\n\r\nxyz\r\n--abc--\r\n";
        assertFormUnreadable(post("multipart/form-data; boundary=abc", body.getBytes(StandardCharsets.US_ASCII)),
                "Form section has invalid Content-Disposition value: ");
    }

    /** FormFeature reads a body of Content-Length 0 as the empty form, before it looks for a boundary. */
    @Test
    public void emptyBodyIsAnEmptyFormSoTheFileIsMissing() {
        for (String contentType : new String[] {"multipart/form-data; boundary=abc", "multipart/form-data"}) {
            HttpResponse<String> response = post(contentType, new byte[0]);
            assertEquals(response.body(), 200, response.statusCode());
            assertFalse(payload(response).getBoolean("success"));
            assertEquals("The uploaded file could not be found", payload(response).getString("message"));
        }
    }

    /** Kestrel's BadHttpRequestException is an IOException, which the form value provider catches as well. */
    @Test
    public void bodyOverKestrelsLimitIsTheSame400WithOrWithoutContentLength() {
        Multipart form = new Multipart().file("File", "a.png", new byte[30_000_001]);
        String tooLarge = "Request body too large. The max request body size is 30000000 bytes.";
        assertFormUnreadable(post(form.contentType(), form.bytes()), tooLarge);
        assertFormUnreadable(http.send(http.as(user, photo(user.id())).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunks(form.bytes())))), tooLarge);
    }

    @Test
    public void theServerStillUploadsAfterMalformedForms() {
        post("multipart/form-data; boundary=abc", "garbage".getBytes(StandardCharsets.US_ASCII));
        post("multipart/form-data", new byte[10]);
        assertEquals(true, payload(http.upload(user, user.id(), image("png", 20, 20), "true")).getBoolean("success"));
    }

    private HttpResponse<String> post(String contentType, byte[] body) {
        return http.send(http.as(user, photo(user.id())).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A stream of unknown length, so that the JDK client sends it chunked. */
    private static SequenceInputStream chunks(byte[] body) {
        int half = body.length / 2;
        return new SequenceInputStream(new ByteArrayInputStream(body, 0, half),
                new ByteArrayInputStream(body, half, body.length - half));
    }

    static void assertFormUnreadable(HttpResponse<String> response, String reason) {
        assertEquals(response.body(), 400, response.statusCode());
        JsonObject body = json(response);
        assertEquals(1, body.getInt("status"));
        assertEquals(400, body.getInt("statusCode"));
        JsonObject problem = body.getJsonObject("response");
        assertEquals("One or more validation errors occurred.", problem.getString("title"));
        assertEquals(1, problem.getJsonObject("errors").size());
        assertEquals("Failed to read the request form. " + reason,
                problem.getJsonObject("errors").getJsonArray("").getString(0));
    }
}
