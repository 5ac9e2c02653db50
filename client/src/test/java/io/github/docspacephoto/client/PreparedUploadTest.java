package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.image.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

/** Uploads with {@code prepare}: what reaches DocSpace, what never leaves, and what is left behind (nothing). */
public class PreparedUploadTest extends ClientTestBase {

    private static final long LIMIT = 60_000;

    private final String name = "phone-" + UUID.randomUUID();

    @Test
    public void aPhonePhotoOverTheLimitIsUploadedUprightSmallAndWithoutItsGpsPosition() throws Exception {
        Path photo = TestImages.withExif(TestImages.jpeg(TestImages.quadrants(4000, 3000),
                folder.getRoot().toPath().resolve(name + ".jpg"), false), 6);
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .maxUploadBytes(LIMIT).build());
        assertTrue(Files.size(photo) > LIMIT);
        assertThrows("without prepare, the file is refused as it is", InvalidInputException.class,
                () -> photos.upload(user.id(), photo, true));
        assertEquals(List.of(), requests());

        PhotoResult result = photos.upload(user.id(), photo, true, true);

        byte[] original = bytes(result.urls().original());
        String text = new String(original, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(TestImages.GPS_MARKER));
        assertFalse(text.contains("Exif"));
        BufferedImage stored = download(result.urls().original());
        assertEquals("turned upright: EXIF 6 is a quarter turn clockwise", 960, stored.getWidth());
        assertEquals(1280, stored.getHeight());
        Color topLeft = new Color(stored.getRGB(240, 320));
        assertTrue("the stored bottom-left (blue) is now top-left, got " + topLeft,
                topLeft.getBlue() > 200 && topLeft.getRed() < 60 && topLeft.getGreen() < 60);
        assertNothingLeftBehind();
    }

    @Test
    public void aGifIsPreparedThroughARequestAndKeptAsATemporaryFile() throws Exception {
        Path gif = TestImages.animatedGif(folder.getRoot().toPath().resolve(name + ".gif"), 400, 300);
        PhotoResult result = photosOf(user).execute(PhotoRequest.builder(PhotoAction.UPLOAD, user.id())
                .file(gif).autosave(false).prepare(true).build());
        assertNotNull(result.tmpFile());
        BufferedImage kept = download(result.tmpFile());
        assertEquals(400, kept.getWidth());
        Color first = new Color(kept.getRGB(200, 150));
        assertTrue("the first frame (red), got " + first, first.getRed() > 200 && first.getBlue() < 60);
        assertNothingLeftBehind();
    }

    @Test
    public void thePreparedFileIsDeletedWhenTheUploadFails() throws Exception {
        Path photo = TestImages.jpeg(TestImages.quadrants(2000, 1500),
                folder.getRoot().toPath().resolve(name + ".jpg"), false);
        DocSpacePhotos photos = photosOf(user);
        assertThrows("only the user may change their own photo", DocSpaceException.class,
                () -> photos.upload(admin.id(), photo, true, true));
        assertEquals("the prepared photo was sent", 1, requests().size());
        assertNothingLeftBehind();
    }

    @Test
    public void badImagesAreRefusedBeforeSendingAnything() throws Exception {
        Path dir = folder.getRoot().toPath();
        Path text = Files.writeString(dir.resolve("avatar.gif"), "GIF? no.");
        Path bomb = TestImages.pngDeclaring(dir.resolve("bomb.png"), 100_000, 100_000);
        Path truncated = TestImages.truncate(TestImages.jpeg(TestImages.noise(800, 600, 5), dir.resolve("cut.jpg"),
                false), 0.6);
        Path empty = Files.createFile(dir.resolve("empty.webp"));
        DocSpacePhotos photos = photosOf(user);
        for (Path bad : new Path[] {text, bomb, truncated, empty, dir.resolve("missing.bmp")}) {
            InvalidInputException e = assertThrows(bad.toString(), InvalidInputException.class,
                    () -> photos.upload(user.id(), bad, true, true));
            assertTrue(e.getMessage(), e.getMessage().startsWith("file '" + bad + "' "));
            InvalidInputException viaRequest = assertThrows(InvalidInputException.class, () -> photos.execute(
                    PhotoRequest.builder(PhotoAction.UPLOAD, user.id()).file(bad).prepare(true).build()));
            assertEquals("file", viaRequest.field());
        }
        assertThrows(InvalidInputException.class, () -> photos.upload("../admin", text, true, true));
        assertEquals(List.of(), requests());
    }

    private byte[] bytes(String url) throws IOException {
        try (InputStream in = URI.create(emulator.baseUri() + url).toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    /** No prepared copy of this test's photo stays in a preparation folder. */
    private void assertNothingLeftBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, "docspace-photo-*")) {
            for (Path preparation : folders) {
                assertFalse(Files.exists(preparation.resolve(name + ".jpg")));
                assertFalse(Files.exists(preparation.resolve(name + ".png")));
            }
        }
    }
}
