package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceApiException;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.DocSpaceBadRequestException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import io.github.docspacephoto.client.error.DocSpaceUnsupportedMediaTypeException;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.client.error.UploadRejectedException;
import io.github.docspacephoto.emulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.Test;

public class ErrorMappingTest extends ClientTestBase {

    private static final String PHOTO = "/api/2.0/people/{userid}/photo";

    private DocSpacePhotos once() {
        return DocSpacePhotos.connect(settings(Credentials.token(user.token())).maxAttempts(1).build());
    }

    @Test
    public void wrongTokenIs401() {
        DocSpacePhotos wrong = DocSpacePhotos.connect(settings(Credentials.token("not-a-token")).build());
        DocSpaceAuthenticationException e = assertThrows(DocSpaceAuthenticationException.class,
                () -> wrong.get(user.id()));
        assertEquals(401, e.status());
        assertEquals("GET", e.method());
        assertEquals("/api/2.0/people/" + user.id() + "/photo", e.path());
    }

    @Test
    public void someoneElsesPhotoIs403WithDocSpacesMessage() {
        DocSpaceAccessDeniedException e = assertThrows(DocSpaceAccessDeniedException.class,
                () -> photosOf(admin).delete(user.id()));
        assertEquals("Access denied", e.serverMessage());
        assertEquals("DELETE /api/2.0/people/" + user.id() + "/photo: DocSpace answered 403 \"Access denied\"",
                e.getMessage());
    }

    @Test
    public void unknownUserIs404() {
        DocSpaceNotFoundException e = assertThrows(DocSpaceNotFoundException.class,
                () -> photosOf(user).get("nobody"));
        assertEquals("The user could not be found", e.serverMessage());
    }

    @Test
    public void badRequestCarriesTheServersMessage() {
        emulator.faults().add("PUT", PHOTO, Fault.status(400), 1);
        DocSpaceBadRequestException e = assertThrows(DocSpaceBadRequestException.class,
                () -> once().update(user.id(), "https://example.com/a.png"));
        assertEquals("PUT", e.method());
    }

    @Test
    public void unsupportedMediaTypeIs415() {
        emulator.faults().add("GET", PHOTO, Fault.status(415), 1);
        assertEquals(415, assertThrows(DocSpaceUnsupportedMediaTypeException.class,
                () -> once().get(user.id())).status());
    }

    @Test
    public void tooManyRequestsCarriesRetryAfter() {
        emulator.faults().add("GET", PHOTO, Fault.tooManyRequests(12), 1);
        DocSpaceRateLimitedException e = assertThrows(DocSpaceRateLimitedException.class,
                () -> once().get(user.id()));
        assertEquals(Duration.ofSeconds(12), e.retryAfter());
    }

    @Test
    public void serverErrorsAre5xx() {
        emulator.faults().add("GET", PHOTO, Fault.status(500), 1);
        DocSpaceServerException e = assertThrows(DocSpaceServerException.class, () -> once().get(user.id()));
        assertEquals(500, e.status());
        assertTrue(e.getMessage(), e.serverMessage() != null && !e.serverMessage().isBlank());
    }

    @Test
    public void proxyHtmlPageIsAServerErrorWithTheReasonPhrase() {
        emulator.faults().add("GET", PHOTO, Fault.htmlErrorPage(), 1);
        DocSpaceServerException e = assertThrows(DocSpaceServerException.class, () -> once().get(user.id()));
        assertEquals(502, e.status());
        assertTrue(e.getMessage(), e.getMessage().contains("502"));
    }

    @Test
    public void malformedJsonIsAnUnexpectedResponse() {
        emulator.faults().add("GET", PHOTO, Fault.malformedJson(), 1);
        assertThrows(UnexpectedResponseException.class, () -> once().get(user.id()));
    }

    @Test
    public void uploadRefusalsAnsweredWith200BecomeUploadRejected() throws Exception {
        Path notAPhoto = image("gif", 20, 20);
        Path disguised = folder.newFile("really-a-gif.png").toPath();
        Files.write(disguised, Files.readAllBytes(image("png", 20, 20)));
        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> photosOf(admin).upload(user.id(), disguised, true));
        assertEquals("Security error.", e.serverMessage());
        assertTrue(e.getMessage().contains(user.id()));
        assertTrue(Files.exists(notAPhoto));
    }
}
