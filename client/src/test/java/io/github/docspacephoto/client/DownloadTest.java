package io.github.docspacephoto.client;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceConnectionException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.emulator.Fault;
import io.github.docspacephoto.emulator.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DownloadTest extends ClientTestBase {

    private static final String DEFAULTS = "/static/images/{userid}";
    private static final String STORED = "/storage/userPhotos/root/{userid}";

    private DocSpacePhotos photos() {
        return photosOf(user);
    }

    private static DownloadedPhoto write(PhotoDownload download, OutputStream out) {
        try (download) {
            return download.writeTo(out);
        }
    }

    private byte[] served(String url) throws IOException {
        try (InputStream in = URI.create(emulator.baseUri() + url).toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    private List<RecordedRequest> fileRequests() {
        return requests().stream().filter(r -> !r.path().startsWith("/api/")).toList();
    }

    @Test
    public void everySizeComesAsTheImageTheUrlServesWithItsPixelSize() throws Exception {
        photos().upload(user.id(), image("png", 640, 480), true);
        PhotoResult got = photos().get(user.id());
        int[][] expected = {{640, 480}, {360, 360}, {200, 200}, {82, 82}, {48, 48}, {32, 32}};
        for (PhotoSize size : PhotoSize.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PhotoDownload download = photos().download(user.id(), size);
            assertEquals(URI.create(got.absoluteUrls().url(size)), download.url());
            assertEquals("image/png", download.mediaType());
            DownloadedPhoto photo = write(download, out);
            assertArrayEquals(size.id(), served(got.urls().url(size)), out.toByteArray());
            assertEquals(size.id(), expected[size.ordinal()][0], photo.width());
            assertEquals(size.id(), expected[size.ordinal()][1], photo.height());
            assertEquals(out.size(), photo.bytes());
            assertEquals("image/png", photo.mediaType());
        }
    }

    @Test
    public void aResultsPhotoIsDownloadedWithoutAskingForItsUrlsAgain() throws Exception {
        PhotoResult uploaded = photos().upload(user.id(), image("png", 300, 200), true);
        emulator.requestLog().clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DownloadedPhoto medium = write(photos().download(uploaded, PhotoSize.MEDIUM), out);
        assertEquals("only the image was asked for", 1, requests().size());
        assertEquals(48, medium.width());
        assertArrayEquals(served(uploaded.urls().medium()), out.toByteArray());
        PhotoResult temporary = photos().upload(user.id(), image("png", 60, 60), false);
        assertThrows(InvalidInputException.class, () -> photos().download(temporary, PhotoSize.SMALL));
    }

    @Test
    public void theFileRequestCarriesTheSameCredentialsAsTheApiCalls() {
        write(photos().download(user.id(), "small"), OutputStream.nullOutputStream());
        RecordedRequest file = fileRequests().get(0);
        assertEquals("Bearer " + user.token(), file.header("Authorization"));
        assertEquals("image/*", file.header("Accept"));
        assertEquals(null, file.header("X-DocSpace-Photo-Target"));
    }

    /** DocSpace serves a JPEG photo's thumbnails as image/jpeg but writes them as PNG: the content decides. */
    @Test
    public void aJpegPhotoIsJpegAndItsThumbnailsArePngByContent() throws Exception {
        photos().upload(user.id(), image("jpeg", 400, 300), true);
        DownloadedPhoto original = write(photos().download(user.id(), PhotoSize.ORIGINAL),
                OutputStream.nullOutputStream());
        assertEquals("image/jpeg", original.mediaType());
        assertEquals(400, original.width());
        assertEquals(300, original.height());
        try (PhotoDownload small = photos().download(user.id(), PhotoSize.SMALL)) {
            assertEquals("image/png", small.mediaType());
            assertEquals(user.id() + "-small.png", small.defaultFileName());
        }
    }

    @Test
    public void aUserWithoutAPhotoGetsTheDefaultAvatar() {
        DownloadedPhoto photo = write(photos().download(user.userName(), PhotoSize.BIG),
                OutputStream.nullOutputStream());
        assertEquals(82, photo.width());
        assertTrue(photo.url().toString(), photo.url().toString()
                .startsWith(emulator.baseUri() + "/static/images/default_user_photo_size_82-82.png?hash="));
    }

    @Test
    public void anUnknownSizeNameIsRefusedNamingTheAllowedOnesBeforeSending() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> photos().download(user.id(), "huge"));
        assertEquals("size", e.field());
        assertEquals("size 'huge' is not a photo size: give one of original, retina, max, big, medium, small",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> photos().download(user.id(), (PhotoSize) null));
        assertThrows(InvalidInputException.class, () -> photos().download("../john", PhotoSize.SMALL));
        assertThrows(InvalidInputException.class, () -> photos().download(" ", "small"));
        assertEquals(PhotoSize.RETINA, PhotoSize.parse(" Retina "));
        assertTrue(requests().isEmpty());
    }

    @Test
    public void aLoginPageWhereTheImageBelongsIsAClearError() {
        emulator.faults().add("GET", DEFAULTS, Fault.answer(200, "text/html; charset=utf-8",
                "<html><body><form action=\"/login\">Sign in</form></body></html>"), -1);
        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                () -> photos().download(user.id(), PhotoSize.SMALL));
        assertTrue(e.getMessage(), e.getMessage().matches("GET /static/images/default_user_photo_size_32-32.png: "
                + "http://127.0.0.1:\\d+ answered text/html;\\s?charset=utf-8 instead of an image \\(a login or error"
                + " page\\?\\)"));
        assertEquals("not retried", 1, fileRequests().size());
    }

    @Test
    public void aJsonAnswerOrTextLabelledAsAnImageIsAClearError() {
        emulator.faults().add("GET", DEFAULTS, Fault.answer(200, "application/json",
                "{\"response\":null,\"status\":1}"), 1);
        assertTrue(assertThrows(UnexpectedResponseException.class, () -> photos().download(user.id(), "max"))
                .getMessage().contains("answered application/json instead of an image"));
        emulator.faults().add("GET", DEFAULTS, Fault.answer(200, "image/png", "<html>not an image</html>"), 1);
        assertTrue(assertThrows(UnexpectedResponseException.class, () -> photos().download(user.id(), "max"))
                .getMessage().endsWith("answered image/png, but the content is not a PNG, JPEG, GIF, BMP or WebP"
                        + " image"));
    }

    @Test
    public void aBrokenImageHeaderIsAClearErrorWhenRead() {
        emulator.faults().add("GET", DEFAULTS, Fault.answer(200, "image/gif", "GIF89abroken"), 1);
        PhotoDownload download = photos().download(user.id(), "max");
        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                () -> write(download, OutputStream.nullOutputStream()));
        assertTrue(e.getMessage(), e.getMessage().contains("the answer is not a readable image/gif image"));
    }

    @Test
    public void theFileRequestIsRetriedAsGetIs() {
        emulator.faults().add("GET", DEFAULTS, Fault.status(503), 1).add("GET", DEFAULTS, Fault.connectionReset(), 1);
        DownloadedPhoto photo = write(photos().download(user.id(), PhotoSize.SMALL), OutputStream.nullOutputStream());
        assertEquals(32, photo.width());
        assertEquals(3, fileRequests().size());

        emulator.faults().add("GET", DEFAULTS, Fault.status(503), -1);
        assertThrows(DocSpaceServerException.class, () -> photos().download(user.id(), PhotoSize.SMALL));
        assertEquals(3 + DocSpaceSettings.DEFAULT_MAX_ATTEMPTS, fileRequests().size());
    }

    @Test
    public void aMissingFileIsNotFoundAndNotRetried() throws Exception {
        photos().upload(user.id(), image("png", 100, 100), true);
        emulator.faults().add("GET", STORED, Fault.answer(404, "text/plain", ""), 1);
        DocSpaceNotFoundException e = assertThrows(DocSpaceNotFoundException.class,
                () -> photos().download(user.id(), PhotoSize.MEDIUM));
        assertTrue(e.getMessage(), e.getMessage().startsWith("GET /storage/userPhotos/root/" + user.id()
                + "_size_48-48.png: "));
        assertEquals(1, fileRequests().size());
    }

    @Test
    public void secretsAServerEchoesAreMasked() {
        emulator.faults().add("GET", DEFAULTS, Fault.echoCredentials(403), 1);
        DocSpaceAccessDeniedException e = assertThrows(DocSpaceAccessDeniedException.class,
                () -> photos().download(user.id(), PhotoSize.SMALL));
        assertTrue(e.getMessage(), e.getMessage().contains("Bearer ****"));
        assertFalse(e.getMessage(), e.getMessage().contains(user.token()));
    }

    @Test
    public void aBodyCutOffMidwayIsAConnectionErrorWhenStreamed() {
        emulator.faults().add("GET", DEFAULTS, Fault.truncateAfter(300), 1);
        PhotoDownload download = photos().download(user.id(), PhotoSize.RETINA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocSpaceConnectionException e = assertThrows(DocSpaceConnectionException.class, () -> write(download, out));
        assertTrue(e.getMessage(), e.getMessage().startsWith(
                "GET /static/images/default_user_photo_size_360-360.png: the"));
        assertTrue(e.requestSent());
        assertTrue(out.size() <= 300);
    }

    @Test
    public void aFailingDestinationIsTheCallersOwnError() {
        PhotoDownload download = photos().download(user.id(), PhotoSize.RETINA);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> write(download, full));
        assertTrue(e.getMessage(), e.getMessage().endsWith("No space left on device"));
    }

    @Test
    public void savingWritesTheFileWholeAndRetriesABodyCutOffMidway() throws Exception {
        Path file = folder.getRoot().toPath().resolve("avatar.png");
        emulator.faults().add("GET", DEFAULTS, Fault.truncateAfter(300), 1);
        DownloadedPhoto photo = photos().download(user.id(), PhotoSize.RETINA, file, false);
        assertEquals(file, photo.file());
        assertEquals("sent again after the cut", 2, fileRequests().size());
        assertArrayEquals(served(photos().get(user.id()).urls().retina()), Files.readAllBytes(file));
        assertEquals(360, photo.height());
        try (var left = Files.list(folder.getRoot().toPath())) {
            assertEquals("no partial file left", List.of(file), left.toList());
        }
        Map<String, Object> map = photo.toMap();
        assertEquals("download", map.get("action"));
        assertEquals("retina", map.get("size"));
        assertEquals(360, map.get("width"));
        assertEquals(file.toString(), map.get("file"));
    }

    @Test
    public void anExistingFileIsReplacedOnlyWhenAllowed() throws Exception {
        Path file = folder.newFile("taken.png").toPath();
        Files.writeString(file, "keep me");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> photos().download(user.id(), PhotoSize.SMALL, file, false));
        assertEquals("file '" + file + "' already exists: allow overwriting to replace it", e.getMessage());
        assertTrue("nothing sent", requests().isEmpty());
        assertEquals("keep me", Files.readString(file));

        photos().download(user.id(), PhotoSize.SMALL, file, true);
        assertEquals(32, javax.imageio.ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    public void aFolderGetsTheDefaultFileNameAndAMissingFolderIsRefused() throws Exception {
        Path folderPath = folder.newFolder("avatars").toPath();
        DownloadedPhoto photo = photos().download(user.userName(), PhotoSize.MAX, folderPath, false);
        assertEquals(folderPath.resolve(user.userName() + "-max.png"), photo.file());
        assertTrue(Files.isRegularFile(photo.file()));
        InvalidInputException existing = assertThrows(InvalidInputException.class,
                () -> photos().download(user.userName(), PhotoSize.MAX, folderPath, false));
        assertTrue(existing.getMessage(), existing.getMessage().endsWith("already exists: allow overwriting to"
                + " replace it"));

        Path nowhere = folder.getRoot().toPath().resolve("missing").resolve("a.png");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> photos().download(user.id(), PhotoSize.MAX, nowhere, false));
        assertEquals("file '" + nowhere + "' is in a folder that does not exist", missing.getMessage());
    }

    @Test
    public void everyResultGivesAbsoluteUrlsResolvedAgainstTheServer() throws Exception {
        PhotoResult uploaded = photos().upload(user.id(), image("png", 300, 200), true);
        for (PhotoResult result : List.of(uploaded, photos().get(user.id()),
                photos().thumbnails(user.id(), new CropRectangle(0, 0, 100, 100), null), photos().delete(user.id()))) {
            for (PhotoSize size : PhotoSize.values()) {
                assertEquals(emulator.baseUri() + result.urls().url(size), result.absoluteUrls().url(size));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> absolute = (Map<String, Object>) result.toMap().get("absoluteUrls");
            assertEquals(result.absoluteUrls().small(), absolute.get("small"));
            assertTrue(result.summary(), result.summary().endsWith(result.absoluteUrls().original()));
        }
    }

    @Test
    public void urlsResolveAsABrowserOnThePortalWould() {
        PhotoUrls urls = new PhotoUrls("/storage/a.png?hash=1", "storage/b.png", "https://cdn.example.com/c.png",
                "//other.example.com/d.png", "not a url", null);
        PhotoUrls resolved = urls.resolvedAgainst(URI.create("https://docspace.example.com"));
        assertEquals("https://docspace.example.com/storage/a.png?hash=1", resolved.original());
        assertEquals("https://docspace.example.com/storage/b.png", resolved.retina());
        assertEquals("https://cdn.example.com/c.png", resolved.max());
        assertEquals("https://other.example.com/d.png", resolved.big());
        assertEquals("not a url", resolved.medium());
        assertEquals(null, resolved.small());
    }
}
