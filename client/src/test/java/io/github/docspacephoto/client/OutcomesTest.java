package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceOutcomeUnknownException;
import io.github.docspacephoto.emulator.Fault;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.Test;

/**
 * What the client reports matches what the server did: a change whose answer was lost is "outcome unknown", not a
 * plain failure or a misleading "not found", and only what is safe to repeat is sent again.
 */
public class OutcomesTest extends ClientTestBase {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    private long count(String method, String pathEnd) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathEnd)).count();
    }

    private static void assertOutcomeUnknown(DocSpaceConnectionException e) {
        assertTrue(e.toString(), e.requestSent());
        assertTrue(e.getMessage(), e.getMessage().contains("outcome is unknown"));
        assertTrue(e.getMessage(), e.getMessage().contains("may have"));
        assertTrue(e.getMessage(), e.getMessage().contains("GET /api/2.0/people/"));
    }

    @Test
    public void aCropOfATemporaryUploadWhoseAnswerIsLostIsNotSentAgain() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        String tmpFile = photos.upload(user.id(), image("png", 400, 300), false).tmpFile();
        String before = photos.get(user.id()).urls().original();
        emulator.faults().add("POST", PHOTO + "/thumbnails", Fault.applyThenReset(), 1);

        DocSpaceConnectionException lost = assertThrows(DocSpaceConnectionException.class,
                () -> photos.thumbnails(user.id(), new CropRectangle(0, 0, 300, 300), tmpFile));

        assertOutcomeUnknown(lost);
        assertEquals("a second try would find the temporary file gone", 1, count("POST", "/thumbnails"));
        assertNotEquals("the server did make it the photo", before, photos.get(user.id()).urls().original());
    }

    @Test
    public void anUploadWhoseAnswerIsLostIsReportedAsUnknown() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        String before = photos.get(user.id()).urls().original();
        emulator.faults().add("POST", PHOTO, Fault.applyThenReset(), 1);

        DocSpaceConnectionException lost = assertThrows(DocSpaceConnectionException.class,
                () -> photos.upload(user.id(), image("png", 60, 60), true));

        assertOutcomeUnknown(lost);
        assertEquals(1, count("POST", "/photo"));
        assertNotEquals(before, photos.get(user.id()).urls().original());
    }

    @Test
    public void anUploadThatTimesOutIsReportedAsUnknown() throws Exception {
        DocSpacePhotos impatient = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .readTimeout(Duration.ofMillis(400)).build());
        emulator.faults().add("POST", PHOTO, Fault.applyThenDelay(Duration.ofMillis(1500)), 1);

        DocSpaceConnectionException late = assertThrows(DocSpaceConnectionException.class,
                () -> impatient.upload(user.id(), image("jpg", 60, 60), true));

        assertOutcomeUnknown(late);
        assertEquals(1, count("POST", "/photo"));
    }

    @Test
    public void anUpdateWhoseEveryAnswerIsLostIsReportedAsUnknownAfterMaxAttempts() {
        emulator.faults().add("PUT", PHOTO, Fault.applyThenReset(), -1);

        DocSpaceConnectionException lost = assertThrows(DocSpaceConnectionException.class,
                () -> photosOf(user).update(user.id(),
                        emulator.baseUri() + "/static/images/default_user_photo_size_82-82.png"));

        assertOutcomeUnknown(lost);
        assertEquals(DocSpaceSettings.DEFAULT_MAX_ATTEMPTS, count("PUT", "/photo"));
    }

    @Test
    public void maxAttemptsBoundsTheRequestsActuallySent() {
        emulator.faults().add("GET", PHOTO, Fault.connectionReset(), -1);
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .maxAttempts(3).build());

        DocSpaceConnectionException reset = assertThrows(DocSpaceConnectionException.class,
                () -> photos.get(user.id()));

        assertFalse("a read changes nothing, so its outcome is never unknown",
                reset.getMessage().contains("outcome is unknown"));
        // RESTEasy's Apache HttpClient engine is built without its own retry handler. Jersey's default connector
        // is the JDK's HttpURLConnection, which itself sends a request without a body once more when the
        // connection breaks before the answer, and offers no way to turn that off per connection.
        boolean jdkResendsOnce = RestClientBuilder.newBuilder().getClass().getName().startsWith("org.glassfish.jersey");
        assertEquals(jdkResendsOnce ? 6 : 3, count("GET", "/photo"));
    }

    @Test
    public void whatARequestCallsSafeToRepeatIsWhatTheClientSendsAgain() throws Exception {
        DocSpacePhotos photos = photosOf(user);
        String tmpFile = photos.upload(user.id(), image("png", 400, 300), false).tmpFile();
        String photoUrl = emulator.baseUri() + photos.get(user.id()).urls().retina();
        CropRectangle crop = new CropRectangle(0, 0, 100, 100);
        List<PhotoRequest> requests = List.of(
                PhotoRequest.builder(PhotoAction.GET, user.id()).build(),
                PhotoRequest.builder(PhotoAction.UPDATE, user.id()).url(photoUrl).build(),
                PhotoRequest.builder(PhotoAction.THUMBNAILS, user.id()).crop(crop).build(),
                PhotoRequest.builder(PhotoAction.THUMBNAILS, user.id()).crop(crop).tmpFile(tmpFile).build(),
                PhotoRequest.builder(PhotoAction.UPLOAD, user.id()).file(image("png", 60, 60)).build(),
                PhotoRequest.builder(PhotoAction.DELETE, user.id()).build());

        for (PhotoRequest request : requests) {
            // the first answer on every route is lost after the server has done what was asked
            emulator.faults().clear();
            for (String method : List.of("GET", "PUT", "POST", "DELETE")) {
                emulator.faults().add(method, PHOTO, Fault.applyThenReset(), 1);
            }
            emulator.faults().add("POST", PHOTO + "/thumbnails", Fault.applyThenReset(), 1);
            if (request.safeToRepeat()) {
                assertEquals(request.toString(), request.action(), photos.execute(request).action());
            } else {
                assertThrows(request.toString(), DocSpaceOutcomeUnknownException.class,
                        () -> photos.execute(request));
            }
        }
        emulator.faults().clear();
        assertEquals("only the upload and the crop of the temporary upload were not repeated", 2,
                requests.stream().filter(request -> !request.safeToRepeat()).count());
    }
}
