package io.github.docspacephoto.example;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.Fault;
import io.github.docspacephoto.emulator.RecordedRequest;
import io.github.docspacephoto.example.ApplicationClient.Answer;
import io.github.docspacephoto.example.server.DeployedApplication;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * The example WAR deployed in a real server against the DocSpace emulator: the injected client and the
 * programmatic entry point, configured from the server's environment, each getting and uploading a photo, and
 * DocSpace's errors answered as HTTP statuses. One subclass per server.
 */
public abstract class AvatarsApplicationTests {

    private static final String PHOTO_ROUTE = "/api/2.0/people/{userid}/photo";

    protected abstract DeployedApplication deployment();

    private ApplicationClient app;

    @Before
    public void forgetEarlierRequests() {
        deployment().emulator().faults().clear();
        deployment().emulator().requestLog().clear();
        app = new ApplicationClient(deployment().application());
    }

    @Test
    public void injectedClientGetsThePhotoWithTheTokenFromTheEnvironment() {
        Answer answer = app.get("api/avatars/user");

        assertEquals(answer.toString(), 200, answer.status());
        assertEquals("user", answer.field("userId"));
        assertThat(answer.field("small"), containsString("_size_32-32."));
        RecordedRequest sent = onlyRequest();
        assertEquals("GET /api/2.0/people/user/photo", sent.method() + " " + sent.path());
        assertEquals("Bearer " + deployment().user().token(), sent.header("Authorization"));
    }

    @Test
    public void injectedClientUploadsTheRequestBodyAsDocSpacesForm() {
        Answer uploaded = app.put("api/avatars/user", "image/png", TestImages.png(300, Color.ORANGE));

        assertEquals(uploaded.toString(), 200, uploaded.status());
        assertThat(uploaded.field("original"), containsString("_orig_300-300.png"));
        RecordedRequest sent = onlyRequest();
        assertEquals("POST", sent.method());
        assertThat(sent.header("Content-Type"), containsString("multipart/form-data"));
        Answer now = app.get("api/avatars/user");
        assertEquals(uploaded.field("original"), now.field("original"));
    }

    @Test
    public void injectedClientResetsThePhotoToDocSpacesDefault() {
        app.put("api/avatars/user", "image/png", TestImages.png(100, Color.RED));

        Answer reset = app.delete("api/avatars/user");

        assertEquals(reset.toString(), 200, reset.status());
        assertThat(reset.field("original"), containsString("default_user_photo"));
    }

    @Test
    public void injectedClientErrorsBecomeTheApplicationsStatuses() {
        Answer unknown = app.get("api/avatars/nobody");
        assertEquals(unknown.toString(), 404, unknown.status());
        assertThat(unknown.field("message"), containsString("The user could not be found"));

        Answer someoneElses = app.get("api/avatars/admin");
        assertEquals(someoneElses.toString(), 403, someoneElses.status());
        assertThat(someoneElses.field("message"), containsString("Access denied"));

        // DocSpace refuses an upload with HTTP 200 and success:false
        Answer refused = app.put("api/avatars/admin", "image/png", TestImages.png(64, Color.BLUE));
        assertEquals(refused.toString(), 422, refused.status());
        assertThat(refused.field("message"), containsString("'admin'"));

        deployment().emulator().faults().add("GET", PHOTO_ROUTE, Fault.status(500), 1);
        Answer failing = app.get("api/avatars/user");
        assertEquals(failing.toString(), 502, failing.status());
        assertThat(failing.field("message"), containsString("DocSpace answered 500"));

        deployment().emulator().faults().add("GET", PHOTO_ROUTE, Fault.tooManyRequests(7), 1);
        Answer limited = app.get("api/avatars/user");
        assertEquals(limited.toString(), 503, limited.status());
        assertEquals("7", limited.retryAfter().orElse(null));

        String token = deployment().user().token();
        for (Answer answer : List.of(unknown, someoneElses, refused, failing, limited)) {
            assertThat(answer.body(), not(containsString(token)));
        }
    }

    @Test
    public void programmaticClientGetsUploadsAndChecksTheConnection() {
        Answer before = app.get("api/checked/avatars/user");
        assertEquals(before.toString(), 200, before.status());

        Answer uploaded = app.put("api/checked/avatars/user", "image/png", TestImages.png(240, Color.GREEN));
        assertEquals(uploaded.toString(), 200, uploaded.status());
        assertThat(uploaded.field("original"), containsString("_orig_240-240.png"));
        assertEquals(uploaded.field("original"), app.get("api/checked/avatars/user").field("original"));

        Answer connection = app.get("api/docspace/connection");
        assertEquals(connection.toString(), 200, connection.status());
        assertThat(connection.field("status"), containsString("credentials were accepted"));
        for (RecordedRequest sent : deployment().emulator().requestLog().requests()) {
            assertEquals("Bearer " + deployment().user().token(), sent.header("Authorization"));
        }
    }

    @Test
    public void programmaticClientRefusesBadInputBeforeSending() {
        Answer badId = app.get("api/checked/avatars/a..b");
        assertEquals(badId.toString(), 400, badId.status());
        assertThat(badId.field("message"), containsString("'a..b'"));

        Answer notAnImage = app.put("api/checked/avatars/user", "image/png",
                "not a picture".getBytes(StandardCharsets.US_ASCII));
        assertEquals(notAnImage.toString(), 400, notAnImage.status());
        assertThat(notAnImage.field("message"), containsString("PNG"));

        assertEquals(List.of(), deployment().emulator().requestLog().requests());
    }

    @Test
    public void programmaticClientRetriesWhatIsSafeToRetry() {
        deployment().emulator().faults().add("GET", PHOTO_ROUTE, Fault.status(503), 2);

        Answer answer = app.get("api/checked/avatars/user");

        assertEquals(answer.toString(), 200, answer.status());
        List<Integer> statuses = deployment().emulator().requestLog().requests().stream()
                .map(RecordedRequest::status).toList();
        assertEquals(List.of(503, 503, 200), statuses);
    }

    private RecordedRequest onlyRequest() {
        List<RecordedRequest> requests = deployment().emulator().requestLog().requests();
        assertTrue("expected one request to DocSpace, got " + requests, requests.size() == 1);
        return requests.get(0);
    }
}
