package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * An exception that escapes the servlet is answered as Kestrel answers an unhandled one: 500 and an empty body,
 * never Jetty's page with the exception's message (here a path of this machine) and stack trace. The emulator's
 * own servlet context, around a servlet that fails.
 */
public class ErrorPagesTest {

    /** An absolute path of this machine, made at run time, that an error page must never show. */
    private static final String LOCAL_PATH = java.nio.file.Path.of("docspace-data", "userPhotos", "root", "x.png")
            .toAbsolutePath().toString();

    private final RequestLog log = new RequestLog();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;
    private URI base;

    @Before
    public void start() throws Exception {
        HttpServlet failing = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                throw new UncheckedIOException(new NoSuchFileException(LOCAL_PATH));
            }
        };
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(DocSpaceContext.create(failing, null, log));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @After
    public void stop() throws Exception {
        server.stop();
    }

    @Test
    public void anEscapedExceptionIs500WithAnEmptyBodyForEveryMethodAndIsLogged() throws Exception {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/storage/userPhotos/root/x.png"))
                    .header("Accept", "text/html,application/json,*/*")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(method, 500, answer.statusCode());
            assertEquals(method, "", answer.body());
            assertFalse(method, answer.headers().firstValue("Content-Type").isPresent());
        }
        assertEquals(4, log.requests().size());
        assertEquals("DELETE", log.requests().get(3).method());
        assertEquals(500, log.requests().get(3).status());
    }
}
