package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What the emulator cannot show: that an image reaches the caller while the server is still sending it, and that a
 * photo URL on another origin (a CDN) gets no credentials. Two plain HTTP servers on loopback play portal and CDN.
 */
public class DownloadTransportTest {

    private static final String TOKEN = "secret-token-123";
    /** Sent first; the rest only once the caller has received these bytes. */
    private static final int FIRST_PART = 256 * 1024;
    private static final int TOTAL = 4 * 1024 * 1024;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer portal;
    private HttpServer cdn;
    private final CountDownLatch callerHasFirstPart = new CountDownLatch(1);
    private final AtomicBoolean restSentAfterCallerHadFirstPart = new AtomicBoolean();
    private final AtomicReference<String> portalAuthorization = new AtomicReference<>();
    private final AtomicReference<String> cdnAuthorization = new AtomicReference<>("not asked");

    @Before
    public void start() throws IOException {
        byte[] image = largePngStart();
        cdn = server();
        cdn.createContext("/c.png", exchange -> {
            cdnAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            send(exchange, "image/png", smallPng());
        });
        portal = server();
        String cdnUrl = "http://127.0.0.1:" + cdn.getAddress().getPort() + "/c.png";
        portal.createContext("/api/2.0/people/john/photo", exchange -> send(exchange, "application/json",
                ("{\"response\":{\"original\":\"/storage/big.png?hash=1\",\"retina\":\"" + cdnUrl + "\","
                        + "\"max\":\"/storage/big.png\",\"big\":\"/storage/big.png\",\"medium\":\"/storage/big.png\","
                        + "\"small\":\"/storage/big.png\"},\"status\":0,\"statusCode\":200}")
                        .getBytes(StandardCharsets.UTF_8)));
        portal.createContext("/storage/big.png", exchange -> {
            portalAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, TOTAL);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(image, 0, FIRST_PART);
                body.flush();
                boolean callerHadIt = callerHasFirstPart.await(30, TimeUnit.SECONDS);
                restSentAfterCallerHadFirstPart.set(callerHadIt);
                body.write(image, FIRST_PART, TOTAL - FIRST_PART);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        portal.start();
        cdn.start();
    }

    @After
    public void stop() {
        portal.stop(0);
        cdn.stop(0);
        threads.shutdownNow();
        DocSpacePhotos.clearCache();
    }

    private HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        return server;
    }

    private DocSpacePhotos photos() {
        return DocSpacePhotos.connect(DocSpaceSettings.builder(URI.create("http://127.0.0.1:"
                + portal.getAddress().getPort())).credentials(Credentials.token(TOKEN)).build());
    }

    @Test
    public void theImageReachesTheCallerWhileTheServerIsStillSendingIt() {
        ByteArrayOutputStream received = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                if (size() >= FIRST_PART) {
                    callerHasFirstPart.countDown();
                }
            }
        };
        DownloadedPhoto photo;
        try (PhotoDownload download = photos().download("john", PhotoSize.ORIGINAL)) {
            photo = download.writeTo(received);
        }
        assertTrue("the client waited for the whole image before passing any of it on",
                restSentAfterCallerHadFirstPart.get());
        assertEquals(TOTAL, photo.bytes());
        assertEquals(3000, photo.width());
        assertEquals(2000, photo.height());
        assertEquals("Bearer " + TOKEN, portalAuthorization.get());
    }

    @Test
    public void aPhotoUrlOnAnotherOriginGetsNoCredentials() {
        DownloadedPhoto photo;
        try (PhotoDownload download = photos().download("john", PhotoSize.RETINA)) {
            assertEquals(cdn.getAddress().getPort(), download.url().getPort());
            photo = download.writeTo(OutputStream.nullOutputStream());
        }
        assertNull(cdnAuthorization.get());
        assertEquals(2, photo.width());
    }

    /** A real PNG header of a 3000 x 2000 image, then filler: only the header is ever decoded. */
    private static byte[] largePngStart() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3000, 2000, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        byte[] start = Arrays.copyOf(png.toByteArray(), TOTAL);
        Arrays.fill(start, 33, TOTAL, (byte) 0);
        return start;
    }

    private static byte[] smallPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
