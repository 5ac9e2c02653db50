package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

/** Everything refused before sending: each failure names the field, the value and the rule; nothing is sent. */
public class ValidationTest extends ClientTestBase {

    @After
    public void nothingReachedTheServer() {
        assertEquals(List.of(), requests());
    }

    @Test
    public void userIdsThatCouldLeaveTheirPathSegmentAreRefused() {
        DocSpacePhotos photos = photosOf(user);
        for (String id : new String[] {"../admin", "..", "a/b", "a%2Fb", "a\\b", "a b", "ü", "user?x=1", "user#x",
                "a\nb"}) {
            InvalidInputException e = assertRefused("userId", () -> photos.get(id));
            assertTrue(e.getMessage(), e.getMessage().contains("is not a GUID or user name"));
        }
        assertRefused("userId", () -> photos.delete(" "));
        assertRefused("userId", () -> photos.delete(null));
    }

    @Test
    public void uploadFilesAreCheckedByContentAndSize() throws Exception {
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .maxUploadBytes(10_000).build());
        Path missing = folder.getRoot().toPath().resolve("missing.png");
        assertEquals("file '" + missing + "' does not exist",
                assertRefused("file", () -> photos.upload(user.id(), missing, true)).getMessage());
        assertRefused("file", () -> photos.upload(user.id(), folder.getRoot().toPath(), true));
        Path empty = folder.newFile("empty.png").toPath();
        assertTrue(assertRefused("file", () -> photos.upload(user.id(), empty, true)).getMessage()
                .endsWith("is empty"));
        Path gif = image("gif", 10, 10);
        assertTrue(assertRefused("file", () -> photos.upload(user.id(), gif, true)).getMessage()
                .contains("is not a PNG or JPEG image (judged by its content)"));
        Path text = folder.newFile("avatar.png").toPath();
        Files.writeString(text, "hello");
        assertRefused("file", () -> photos.upload(user.id(), text, true));
        Path big = image("png", 1000, 1000);
        Files.write(big, new byte[20_000], java.nio.file.StandardOpenOption.APPEND);
        assertTrue(assertRefused("file", () -> photos.upload(user.id(), big, true)).getMessage()
                .contains("over the upload limit of 10000 bytes"));
        assertRefused("file", () -> photos.upload(user.id(), null, true));
    }

    @Test
    public void cropRectangleMustNotBeNegative() {
        assertRefused("width", () -> new CropRectangle(0, 0, -1, 10));
        assertRefused("x", () -> new CropRectangle(-3, 0, 1, 10));
    }

    @Test
    public void updateUrlMustBeAbsoluteHttp() {
        DocSpacePhotos photos = photosOf(user);
        for (String url : new String[] {"", "relative/a.png", "ftp://example.com/a.png", "file:///etc/passwd",
                "https:///nohost.png", "http://exa mple.com/a.png"}) {
            assertRefused("url", () -> photos.update(user.id(), url));
        }
    }

    @Test
    public void updateUrlsWithUnderscoresOrInternationalHostsAreAccepted() {
        for (String url : new String[] {"https://my_host.example.com/a.png", "https://bücher.example/a.png",
                "http://xn--bcher-kva.example:8080/a.png?size=big"}) {
            PhotoRequest.builder(PhotoAction.UPDATE, "user").url(url).build().validate(1);
        }
    }

    @Test
    public void aServerUrlWithUserInfoIsRefusedSayingSo() {
        InvalidInputException e = assertRefused("server", () -> DocSpaceSettings.builder(
                java.net.URI.create("https://john:secret@docspace.example.com")).build());
        assertTrue(e.getMessage(), e.getMessage().contains("user info"));
        assertFalse("the password is not repeated", e.getMessage().contains("secret"));
    }

    @Test
    public void requestsAreValidatedAsAWhole() {
        assertRefused("action", () -> PhotoAction.parse("rotate"));
        assertTrue(assertRefused("action", () -> PhotoAction.parse("rotate")).getMessage()
                .contains("upload, update, get, delete, thumbnails"));
        assertRefused("crop", () -> photosOf(user).execute(
                PhotoRequest.builder(PhotoAction.THUMBNAILS, "user").build()));
        assertRefused("url", () -> photosOf(user).execute(PhotoRequest.builder(PhotoAction.UPDATE, "user").build()));
    }

    @Test
    public void settingsAreChecked() {
        assertRefused("server", () -> DocSpaceSettings.builder(java.net.URI.create("docspace.example.com")).build());
        assertRefused("credentials", () -> DocSpacePhotos.connect(settings(null).build()));
        assertRefused("maxAttempts", () -> settings(null).maxAttempts(0).build());
    }

    private static InvalidInputException assertRefused(String field, ThrowingRunnable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(e.getMessage(), field, e.field());
        return e;
    }
}
