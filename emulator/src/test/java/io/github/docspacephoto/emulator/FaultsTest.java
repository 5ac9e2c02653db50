package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.Test;

/** Faults set per route, with a number of turns (Faults, Fault). */
public class FaultsTest extends EmulatorTestBase {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    @Test
    public void statusFaultFailsTheGivenNumberOfTimesThenTheRouteRecovers() {
        emulator.faults().add("GET", PHOTO, Fault.status(503), 2);
        assertError(http.get(user, user.id()), 503, "Service temporarily unavailable");
        assertEquals(503, http.get(user, user.userName()).statusCode());
        assertEquals(200, http.get(user, user.id()).statusCode());
    }

    @Test
    public void faultAppliesOnlyToItsMethodAndPath() {
        emulator.faults().add("GET", PHOTO, Fault.status(500), -1);
        assertEquals(200, http.delete(user, user.id()).statusCode());
        assertEquals("{userid} is one segment, not more", 200,
                http.thumbnails(user, user.id(), "{}").statusCode());
        assertEquals(500, http.get(user, "anyone").statusCode());
    }

    @Test
    public void serverErrorFaultsAnswerTheirStatusWithDocSpacesErrorBody() {
        for (int status : new int[] {500, 502, 503, 504}) {
            emulator.faults().add("GET", PHOTO, Fault.status(status), 1);
            HttpResponse<String> response = http.get(user, user.id());
            assertEquals(status, response.statusCode());
            assertEquals(status, EmulatorClient.json(response).getInt("statusCode"));
        }
    }

    @Test
    public void alwaysFaultLastsUntilCleared() {
        emulator.faults().add("GET", PHOTO, Fault.status(500), -1);
        for (int i = 0; i < 3; i++) {
            assertEquals(500, http.get(user, user.id()).statusCode());
        }
        emulator.faults().clear();
        assertEquals(200, http.get(user, user.id()).statusCode());
    }

    @Test
    public void tooManyRequestsCarriesRetryAfterAndTheRateLimitHeaders() {
        emulator.faults().add("POST", "/api/2.0/authentication", Fault.tooManyRequests(7), 1);
        HttpResponse<String> response = http.login(user.userName(), user.password());
        assertEmpty(response, 429);
        assertEquals("7", response.headers().firstValue("Retry-After").orElse(""));
        assertEquals("0", response.headers().firstValue("X-RateLimit-Remaining").orElse(""));
        assertEquals(200, http.login(user.userName(), user.password()).statusCode());
    }

    @Test
    public void delayHoldsTheAnswerThenAnswersNormally() {
        emulator.faults().add("GET", PHOTO, Fault.delay(Duration.ofMillis(300)), 1);
        long start = System.nanoTime();
        assertEquals(200, http.get(user, user.id()).statusCode());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    public void connectionResetAnswersNothingAndIsLoggedWithStatusZero() {
        emulator.faults().add("DELETE", PHOTO, Fault.connectionReset(), 1);
        assertThrows(UncheckedIOException.class, () -> http.delete(user, user.id()));
        assertEquals(0, emulator.requestLog().requests().get(0).status());
        assertEquals(200, http.delete(user, user.id()).statusCode());
    }

    @Test
    public void malformedJsonIsA200WhoseBodyIsCutOff() {
        emulator.faults().add("GET", PHOTO, Fault.malformedJson(), 1);
        HttpResponse<String> broken = http.get(user, user.id());
        assertEquals(200, broken.statusCode());
        assertTrue(broken.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertThrows(jakarta.json.JsonException.class, () -> EmulatorClient.json(broken));
    }

    @Test
    public void htmlErrorPageIsA502FromTheProxy() {
        emulator.faults().add("POST", PHOTO, Fault.htmlErrorPage(), 1);
        HttpResponse<String> html = http.send(http.as(user, photo(user.id()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(502, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>502 Bad Gateway</h1>"));
        assertFalse(html.body().startsWith("{"));
    }

    @Test
    public void applyThenResetMakesTheChangeButLosesTheAnswer() {
        String before = payload(http.get(user, user.id())).getString("original");
        emulator.faults().add("POST", PHOTO, Fault.applyThenReset(), 1);
        assertThrows(UncheckedIOException.class,
                () -> http.upload(user, user.id(), EmulatorClient.image("png", 64, 64), "true"));
        String after = payload(http.get(user, user.id())).getString("original");
        assertFalse("the upload was applied although its answer was lost", before.equals(after));
        assertEquals("logged with the status it would have had", 200,
                emulator.requestLog().requests().get(1).status());
    }

    @Test
    public void applyThenDelayMakesTheChangeBeforeTheLateAnswer() {
        emulator.faults().add("DELETE", PHOTO, Fault.applyThenDelay(Duration.ofMillis(300)), 1);
        long start = System.nanoTime();
        assertEquals(200, http.delete(user, user.id()).statusCode());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        assertEquals(1, emulator.requestLog().requests().size());
    }

    @Test
    public void echoCredentialsRepeatsTheAuthorizationHeaderInTheErrorMessage() {
        emulator.faults().add("GET", PHOTO, Fault.echoCredentials(401), 1);
        HttpResponse<String> response = http.get(user, user.id());
        assertEquals(401, response.statusCode());
        assertTrue(response.body(), EmulatorClient.json(response).getJsonObject("error").getString("message")
                .contains(user.token()));
    }
}
