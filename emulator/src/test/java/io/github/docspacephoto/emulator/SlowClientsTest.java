package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * Clients that send their bodies a byte every two seconds (slow loris) neither stop the emulator from answering
 * others nor hold it for long: their requests are ended for sending too slowly. Bounded: the slow clients stop when
 * the test ends, and every wait has a limit.
 */
public class SlowClientsTest extends EmulatorTestBase {

    private static final int SLOW_CLIENTS = 40;
    private static final int DECLARED_BODY_BYTES = 1_000;
    private static final long ENDED_WITHIN_MILLIS = 15_000;

    private final List<Socket> slow = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @After
    public void stopTheSlowClients() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : slow) {
            socket.close();
        }
    }

    @Test
    public void othersAreAnsweredWhileSlowClientsTrickleAndTheSlowRequestsAreEnded() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slow.add(startSlowRequest(i % 2 == 0 ? thumbnailsHead() : uploadHead()));
        }
        trickle.scheduleAtFixedRate(this::sendAByteEach, 2, 2, TimeUnit.SECONDS);
        Thread.sleep(500);

        try {
            assertEquals(200, http.send(http.as(user, EmulatorClient.photo(user.id())).GET()
                    .timeout(Duration.ofSeconds(5))).statusCode());
        } catch (UncheckedIOException e) {
            throw new AssertionError("a GET got no answer within 5 s while " + SLOW_CLIENTS + " clients trickled", e);
        }

        long deadline = System.currentTimeMillis() + ENDED_WITHIN_MILLIS;
        for (Socket socket : slow) {
            String ending = ending(socket, deadline);
            assertTrue("a slow request still open after " + ENDED_WITHIN_MILLIS + " ms: " + ending,
                    ending.startsWith("HTTP/1.1 4") || ending.equals("closed"));
        }
    }

    private String thumbnailsHead() {
        return "POST " + String.format(EmulatorClient.THUMBNAILS, user.id()) + " HTTP/1.1\r\n"
                + "Content-Type: application/json\r\n";
    }

    private String uploadHead() {
        return "POST " + EmulatorClient.photo(user.id()) + " HTTP/1.1\r\n"
                + "Content-Type: multipart/form-data; boundary=slow\r\n";
    }

    /** Headers and the first byte of a body that declares many more. */
    private Socket startSlowRequest(String head) throws IOException {
        Socket socket = new Socket(emulator.baseUri().getHost(), emulator.baseUri().getPort());
        OutputStream out = socket.getOutputStream();
        out.write((head + "Host: 127.0.0.1\r\nAuthorization: Bearer " + user.token() + "\r\n"
                + "Content-Length: " + DECLARED_BODY_BYTES + "\r\n\r\n-").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private void sendAByteEach() {
        for (Socket socket : slow) {
            try {
                socket.getOutputStream().write('-');
                socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
                // that one has been ended
            }
        }
    }

    /** The status line the server ended the request with, "closed", or "still open" at the deadline. */
    private static String ending(Socket socket, long deadline) throws IOException {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            return "still open";
        }
        socket.setSoTimeout((int) left);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int b = in.read(); b != -1 && b != '\r'; b = in.read()) {
                line.append((char) b);
            }
        } catch (SocketTimeoutException e) {
            return "still open";
        } catch (IOException reset) {
            return "closed";
        }
        return line.length() == 0 ? "closed" : line.toString();
    }
}
