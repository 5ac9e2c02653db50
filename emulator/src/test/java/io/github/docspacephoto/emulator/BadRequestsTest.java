package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** Broken, misdirected and oversized requests get DocSpace's answers, and the server keeps serving. */
public class BadRequestsTest extends EmulatorTestBase {

    private final List<HttpResponse<String>> answers = new ArrayList<>();

    @After
    public void noAnswerShowsAJavaStackTraceAndTheServerStillServes() {
        for (HttpResponse<String> answer : answers) {
            assertFalse(answer.body(), answer.body().contains("at io.github") || answer.body().contains("java."));
        }
        assertEquals(200, http.get(user, user.id()).statusCode());
    }

    @Test
    public void unknownRouteIs404WithAnEmptyBody() {
        assertEmpty(keep(http.send(http.as(user, "/api/2.0/people/" + user.id() + "/avatar").GET())), 404);
        assertEmpty(keep(http.send(http.request("/api/2.0/unknown").GET())), 404);
    }

    @Test
    public void wrongMethodOnARouteIs405WithTheAllowedMethods() {
        HttpResponse<String> patch = keep(http.send(http.as(user, photo(user.id()))
                .method("PATCH", HttpRequest.BodyPublishers.noBody())));
        assertEmpty(patch, 405);
        assertEquals("GET, DELETE, PUT, POST", patch.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> get = keep(http.send(http.as(user, photo(user.id()) + "/thumbnails").GET()));
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    public void routesMatchInAnyCaseAndWithATrailingSlash() {
        assertEquals(200, keep(http.send(http.as(user, "/API/2.0/People/" + user.id() + "/Photo/").GET()))
                .statusCode());
    }

    @Test
    public void brokenJsonIs400WithTheValidationProblemInTheEnvelope() {
        HttpResponse<String> response = keep(http.update(user, user.id(), "{\"files\": nope"));
        JsonObject body = json(response);
        assertEquals(400, response.statusCode());
        assertEquals(1, body.getInt("status"));
        assertEquals(400, body.getInt("statusCode"));
        JsonObject errors = body.getJsonObject("response").getJsonObject("errors");
        assertTrue(errors.toString(), errors.getJsonArray("$").getString(0).startsWith("The JSON payload is not valid."));
        assertEquals("The UpdatePhoto field is required.", errors.getJsonArray("UpdatePhoto").getString(0));
        assertEquals("One or more validation errors occurred.", body.getJsonObject("response").getString("title"));
    }

    @Test
    public void jsonOfTheWrongShapeIs400() {
        JsonObject notAnObject = payload(keep(http.update(user, user.id(), "[1,2]"))).getJsonObject("errors");
        assertTrue(notAnObject.toString(), notAnObject.getJsonArray("$").getString(0)
                .contains("ASC.People.ApiModels.RequestDto.UpdatePhotoMemberRequest"));
        JsonObject wrongType = payload(keep(http.update(user, user.id(), "{\"files\":5}"))).getJsonObject("errors");
        assertTrue(wrongType.toString(), wrongType.getJsonArray("$.files").getString(0).contains("System.String"));
        JsonObject nullCrop = payload(keep(http.thumbnails(user, user.id(), "{\"x\":null}"))).getJsonObject("errors");
        assertTrue(nullCrop.toString(), nullCrop.getJsonArray("$.x").getString(0).contains("System.Int32"));
    }

    @Test
    public void wrongContentTypeIs415WithProblemDetailsInTheEnvelope() {
        HttpResponse<String> response = keep(http.send(http.as(user, photo(user.id()))
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("files=x"))));
        assertEquals(415, response.statusCode());
        assertEquals(415, payload(response).getInt("status"));
        HttpResponse<String> login = keep(http.send(http.request(EmulatorClient.AUTHENTICATION)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertEquals(415, login.statusCode());
    }

    @Test
    public void jsonBodyOverKestrelsLimitIs413WithOrWithoutContentLength() {
        String tooLarge = "Request body too large. The max request body size is 30000000 bytes.";
        byte[] body = new byte[30_000_001];
        assertError(keep(http.send(http.as(user, photo(user.id()) + "/thumbnails")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)))), 413, tooLarge);
        assertError(keep(http.send(http.as(user, photo(user.id()) + "/thumbnails")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))))),
                413, tooLarge);
    }

    @Test
    public void encodedSlashInTheUserIdIsJustAnUnknownUser() {
        assertError(keep(http.get(user, "..%2F..%2Fetc")), 404, "The user could not be found");
    }

    @Test
    public void storagePathsOutsideTheStoreFindNothing() {
        for (String path : new String[] {"/storage/userPhotos/root/..%2F..%2Fmultipart", "/storage/userPhotos/root/",
                "/storage/userPhotos/other/x.png", "/static/images/none.png", "/storage/userPhotos/temp/.."}) {
            assertEmpty(keep(http.send(http.request(path).GET())), 404);
        }
    }

    @Test
    public void malformedHttpIsRefusedWithoutABodyAndLogged() throws Exception {
        try (Socket socket = new Socket(emulator.baseUri().getHost(), emulator.baseUri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/2.0/people/user/photo HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer, answer.startsWith("HTTP/1.1 400"));
            assertTrue(answer, answer.endsWith("\r\n\r\n"));
        }
        RecordedRequest logged = emulator.requestLog().requests().get(0);
        assertEquals("/api/2.0/people/user/photo", logged.path());
        assertEquals(400, logged.status());
    }

    private HttpResponse<String> keep(HttpResponse<String> answer) {
        answers.add(answer);
        return answer;
    }
}
