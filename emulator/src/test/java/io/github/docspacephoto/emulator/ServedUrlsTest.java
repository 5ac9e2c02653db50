package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.Test;

/** Every URL the emulator returns is served, as an image of its size, to anyone who asks (NOTES.md §6). */
public class ServedUrlsTest extends EmulatorTestBase {

    private static final String[] SIZES = {"original", "retina", "max", "big", "medium", "small"};
    private static final int[] SIDES = {0, 360, 200, 82, 48, 32};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator.baseUri().resolve(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonObject urls() {
        return EmulatorClient.payload(http.get(user, user.id()));
    }

    private void assertServed(String url, String contentType, int width, int height) throws Exception {
        HttpResponse<byte[]> response = fetch(url);
        assertEquals(url, 200, response.statusCode());
        assertEquals(url, contentType, response.headers().firstValue("Content-Type").orElse(null));
        assertEquals(url, Long.toString(response.body().length),
                response.headers().firstValue("Content-Length").orElse(null));
        BufferedImage image = EmulatorClient.decode(response.body());
        assertEquals(url, width, image.getWidth());
        assertEquals(url, height, image.getHeight());
    }

    @Test
    public void everySizeOfAPngPhotoIsServedAsPngOfItsSize() throws Exception {
        uploadOwnPhoto(user, EmulatorClient.image("png", 640, 480));
        JsonObject urls = urls();
        assertServed(urls.getString("original"), "image/png", 640, 480);
        for (int i = 1; i < SIZES.length; i++) {
            assertServed(urls.getString(SIZES[i]), "image/png", SIDES[i], SIDES[i]);
        }
    }

    /** DocSpace names a JPEG photo's thumbnails .jpeg but writes them as PNG (NOTES.md §6, code-derived). */
    @Test
    public void aJpegPhotosThumbnailsAreServedAsImageJpegButArePng() throws Exception {
        uploadOwnPhoto(user, EmulatorClient.image("jpeg", 400, 300));
        JsonObject urls = urls();
        assertServed(urls.getString("original"), "image/jpeg", 400, 300);
        for (int i = 1; i < SIZES.length; i++) {
            String url = urls.getString(SIZES[i]);
            assertServed(url, "image/jpeg", SIDES[i], SIDES[i]);
            assertArrayEquals(url, PNG_SIGNATURE, Arrays.copyOf(fetch(url).body(), 4));
        }
    }

    @Test
    public void withoutAPhotoEverySizeIsADefaultAvatar() throws Exception {
        JsonObject urls = urls();
        assertServed(urls.getString("original"), "image/png", 200, 200);
        for (int i = 1; i < SIZES.length; i++) {
            assertServed(urls.getString(SIZES[i]), "image/png", SIDES[i], SIDES[i]);
        }
    }

    @Test
    public void answerFaultReplacesTheAnswer() throws Exception {
        String small = urls().getString("small");
        emulator.faults().add("GET", "/static/images/{userid}",
                Fault.answer(200, "text/html; charset=utf-8", "<html><form>Sign in</form></html>"), 1);
        HttpResponse<byte[]> page = fetch(small);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("<html><form>Sign in</form></html>", new String(page.body(), "UTF-8"));
        assertServed(small, "image/png", 32, 32);
    }

    @Test
    public void truncateFaultAnnouncesTheWholeLengthAndSendsOnlyTheStart() throws Exception {
        String max = urls().getString("max");
        emulator.faults().add("GET", "/static/images/{userid}", Fault.truncateAfter(100), 1);
        IOException cut = assertThrows(IOException.class, () -> fetch(max));
        assertTrue(cut.toString(), cut.getMessage() == null || !cut.getMessage().isEmpty());
        assertServed(max, "image/png", 200, 200);
    }
}
