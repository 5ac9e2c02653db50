package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import io.github.docspacephoto.emulator.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.Test;

public class RetryTest extends ClientTestBase {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    private long count(String method) {
        return requests().stream().filter(r -> r.method().equals(method)).count();
    }

    @Test
    public void idempotentCallsAreRetriedOn502503And504() {
        emulator.faults().add("GET", PHOTO, Fault.status(503), 1).add("GET", PHOTO, Fault.status(502), 1);
        photosOf(user).get(user.id());
        assertEquals(3, count("GET"));
        emulator.faults().add("DELETE", PHOTO, Fault.status(504), 1);
        photosOf(user).delete(user.id());
        assertEquals(2, count("DELETE"));
    }

    @Test
    public void attemptsAreBoundedAndTheLastFailureIsThrown() {
        emulator.faults().add("GET", PHOTO, Fault.status(503), -1);
        long start = System.nanoTime();
        DocSpaceServerException e = assertThrows(DocSpaceServerException.class, () -> photosOf(user).get(user.id()));
        assertEquals(503, e.status());
        assertEquals(DocSpaceSettings.DEFAULT_MAX_ATTEMPTS, count("GET"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    public void tooManyRequestsIsRetriedAfterRetryAfter() {
        emulator.faults().add("POST", PHOTO + "/thumbnails", Fault.tooManyRequests(1), 1);
        long start = System.nanoTime();
        photosOf(user).thumbnails(user.id(), CropRectangle.WHOLE_PHOTO, null);
        assertTrue(System.nanoTime() - start >= 1_000_000_000L);
        assertEquals(2, count("POST"));
    }

    @Test
    public void retryAfterLongerThanTheCapIsNotWaitedFor() {
        emulator.faults().add("GET", PHOTO, Fault.tooManyRequests(3600), 1);
        assertThrows(DocSpaceRateLimitedException.class, () -> photosOf(user).get(user.id()));
        assertEquals(1, count("GET"));
    }

    @Test
    public void resetConnectionIsRetriedForIdempotentCalls() {
        emulator.faults().add("PUT", PHOTO, Fault.connectionReset(), 1);
        photosOf(user).update(user.id(), emulator.baseUri() + "/static/images/default_user_photo_size_82-82.png");
        assertEquals(2, count("PUT"));
    }

    @Test
    public void internalServerErrorIsNotRetried() {
        emulator.faults().add("GET", PHOTO, Fault.status(500), 1);
        assertThrows(DocSpaceServerException.class, () -> photosOf(user).get(user.id()));
        assertEquals(1, count("GET"));
    }

    @Test
    public void anUploadThatReachedTheServerIsNeverRetried() throws IOException {
        Path photo = image("png", 50, 50);
        emulator.faults().add("POST", PHOTO, Fault.status(503), 1);
        // RESTEasy reads the 503; Jersey, still streaming the body when the answer comes, may report the broken
        // write instead. Either way the request reached the server, and it is not sent again.
        DocSpaceException refused = assertThrows(DocSpaceException.class,
                () -> photosOf(user).upload(user.id(), photo, true));
        assertTrue(refused.toString(), refused instanceof DocSpaceServerException
                || refused instanceof DocSpaceConnectionException sent && sent.requestSent());
        emulator.faults().add("POST", PHOTO, Fault.connectionReset(), 1);
        DocSpaceConnectionException reset = assertThrows(DocSpaceConnectionException.class,
                () -> photosOf(user).upload(user.id(), photo, true));
        assertTrue(reset.requestSent());
        assertEquals(2, count("POST"));
    }

    @Test
    public void refusedConnectionsAreRetriedEvenForUploadsAndReportedAsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DocSpacePhotos nowhere = DocSpacePhotos.connect(DocSpaceSettings.builder(
                URI.create("http://127.0.0.1:" + closedPort)).credentials(Credentials.token(user.token())).build());
        Path photo = image("png", 50, 50);
        long start = System.nanoTime();
        DocSpaceConnectionException e = assertThrows(DocSpaceConnectionException.class,
                () -> nowhere.upload(user.id(), photo, true));
        assertFalse(e.requestSent());
        assertTrue(e.getMessage(), e.getMessage().contains("cannot connect to http://127.0.0.1:" + closedPort));
        // two backoffs (200 ms, 400 ms) prove the retries; the whole stays bounded
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis + " ms", elapsedMillis >= 600 && elapsedMillis < 10_000);
    }

    @Test
    public void readTimeoutEndsASlowCall() {
        emulator.faults().add("GET", PHOTO, Fault.delay(Duration.ofSeconds(2)), -1);
        DocSpacePhotos impatient = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .readTimeout(Duration.ofMillis(300)).maxAttempts(2).build());
        DocSpaceConnectionException e = assertThrows(DocSpaceConnectionException.class,
                () -> impatient.get(user.id()));
        assertTrue(e.getMessage(), e.getMessage().contains("read timeout"));
    }
}
