package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class FaultsAndRobustnessTest extends EmulatorTestBase {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    @Test
    public void statusFaultsAnswerTheGivenTimesThenTheRouteRecovers() {
        emulator.faults().add("GET", PHOTO, Fault.status(503), 2);
        assertError(http.get(user, user.id()), 503, "Service temporarily unavailable");
        assertEquals(503, http.get(user, user.id()).statusCode());
        assertEquals(200, http.get(user, user.id()).statusCode());
        assertEquals("other methods are not affected", 200, http.delete(user, user.id()).statusCode());
    }

    @Test
    public void tooManyRequestsCarriesRetryAfter() {
        emulator.faults().add("GET", PHOTO, Fault.tooManyRequests(7), 1);
        HttpResponse<String> response = http.get(user, user.id());
        assertEquals(429, response.statusCode());
        assertEquals("7", response.headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    public void delayHoldsTheAnswer() {
        emulator.faults().add("GET", PHOTO, Fault.delay(Duration.ofMillis(300)), -1);
        long start = System.nanoTime();
        assertEquals(200, http.get(user, user.id()).statusCode());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    public void connectionResetAnswersNothing() {
        emulator.faults().add("DELETE", PHOTO, Fault.connectionReset(), 1);
        assertThrows(UncheckedIOException.class, () -> http.delete(user, user.id()));
        assertEquals(0, emulator.requestLog().requests().get(0).status());
        assertEquals(200, http.delete(user, user.id()).statusCode());
    }

    @Test
    public void malformedJsonAndHtmlPagesAreServedAsFaults() {
        emulator.faults().add("GET", PHOTO, Fault.malformedJson(), 1).add("GET", PHOTO, Fault.htmlErrorPage(), 1);
        HttpResponse<String> broken = http.get(user, user.id());
        assertEquals(200, broken.statusCode());
        assertFalse(broken.body().endsWith("}"));
        HttpResponse<String> html = http.get(user, user.id());
        assertEquals(502, html.statusCode());
        assertTrue(html.body().contains("<h1>502 Bad Gateway</h1>"));
    }

    @Test
    public void requestLogRecordsEveryRequestWithItsStatus() {
        http.get(user, user.userName());
        http.send(http.request(photoPath(user.id())).GET());
        List<RecordedRequest> requests = emulator.requestLog().requests();
        assertEquals(2, requests.size());
        assertEquals("GET", requests.get(0).method());
        assertEquals("/api/2.0/people/user/photo", requests.get(0).path());
        assertEquals(200, requests.get(0).status());
        assertEquals("Bearer " + user.token(), requests.get(0).header("authorization"));
        assertEquals(401, requests.get(1).status());
        emulator.requestLog().clear();
        assertTrue(emulator.requestLog().requests().isEmpty());
    }

    @Test
    public void badRequestsGetDocSpaceAnswersAndTheServerKeepsServing() {
        assertError(http.send(http.as(user, "/api/2.0/unknown").GET()), 404, "The requested resource was not found");
        HttpResponse<String> broken = http.putJson(user, photoPath(user.id()), "{not json");
        assertEquals(400, broken.statusCode());
        assertEquals(1, EmulatorClient.json(broken).getInt("status"));
        HttpResponse<String> wrongType = http.send(http.as(user, photoPath(user.id()))
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("files=x")));
        assertError(wrongType, 415, "Unsupported Media Type");
        HttpResponse<String> huge = http.send(http.as(user, photoPath(user.id()) + "/thumbnails")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])));
        assertError(huge, 413, "Request body too large");
        HttpResponse<String> escaped = http.send(http.as(user, "/api/2.0/people/..%2F..%2Fx/photo").GET());
        assertEquals(400, escaped.statusCode());
        for (HttpResponse<String> response : List.of(broken, wrongType, huge, escaped)) {
            assertFalse(response.body(), response.body().contains("at io.github"));
            assertFalse(response.body(), response.body().contains("Exception"));
        }
        assertEquals(200, http.get(user, user.id()).statusCode());
    }
}
