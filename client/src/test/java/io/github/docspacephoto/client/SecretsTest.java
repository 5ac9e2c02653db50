package io.github.docspacephoto.client;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.Fault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Tokens, passwords and API keys never appear in messages, toString() or log output. */
public class SecretsTest extends ClientTestBase {

    private static final Logger OWN = Logger.getLogger("io.github.docspacephoto");

    private final List<String> logged = new ArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Level originalLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(new java.util.logging.SimpleFormatter().format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Before
    public void captureLogs() {
        // Our own logger at its most verbose; others at their defaults. Apache HttpClient's FINE header log
        // prints the Authorization header of any client, so docs/client.md warns never to turn it on.
        originalLevel = OWN.getLevel();
        OWN.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @After
    public void restoreLogs() {
        Logger.getLogger("").removeHandler(capture);
        OWN.setLevel(originalLevel);
        System.setErr(originalErr);
    }

    @Test
    public void noSecretInExceptionsToStringOrLogs() throws Exception {
        String password = user.password();
        List<Object> seen = new ArrayList<>();
        Credentials[] all = {Credentials.token(user.token()), Credentials.cookieToken(user.token()),
                Credentials.apiKey(user.apiKeyWrite()), Credentials.basic(user.email(), password),
                Credentials.login(user.userName(), password)};
        for (Credentials credentials : all) {
            DocSpaceSettings settings = settings(credentials).build();
            seen.add(credentials);
            seen.add(settings);
            DocSpacePhotos photos = DocSpacePhotos.connect(settings);
            emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.status(503), 1);
            seen.add(photos.get(user.id()));
            seen.add(assertThrows(RuntimeException.class, () -> photos.delete(admin.id())));
            seen.add(assertThrows(RuntimeException.class, () -> photos.upload(admin.id(), image("png", 9, 9), true)));
        }
        DocSpacePhotos wrong = DocSpacePhotos.connect(settings(Credentials.token(user.token() + "x")).build());
        seen.add(assertThrows(RuntimeException.class, () -> wrong.get(user.id())));
        seen.add(assertThrows(RuntimeException.class,
                () -> DocSpacePhotos.login(settings(null).build(), user.userName(), password + "x")));

        StringBuilder everything = new StringBuilder();
        for (Object o : seen) {
            everything.append(o).append('\n');
            if (o instanceof Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                everything.append(trace);
            }
        }
        logged.forEach(everything::append);
        everything.append(stderr.toString(StandardCharsets.UTF_8));
        String text = everything.toString();
        assertFalse("a retry was logged", logged.isEmpty());
        for (String secret : new String[] {user.token(), password, user.apiKeyWrite()}) {
            assertFalse("secret " + secret.substring(0, 4) + "... found", text.contains(secret));
        }
    }

    @Test
    public void secretsThatTheServerEchoesAreMaskedInMessagesAndLogs() throws Exception {
        String password = user.password();
        String basicPair = java.util.Base64.getEncoder()
                .encodeToString((user.email() + ":" + password).getBytes(StandardCharsets.UTF_8));
        Credentials[] all = {Credentials.token(user.token()), Credentials.cookieToken(user.token()),
                Credentials.apiKey(user.apiKeyWrite()), Credentials.basic(user.email(), password),
                Credentials.login(user.userName(), password)};
        StringBuilder everything = new StringBuilder();
        for (Credentials credentials : all) {
            DocSpacePhotos photos = DocSpacePhotos.connect(settings(credentials).build());
            // a 503 is retried, so its message is logged; a 403 is thrown (a 401 would renew a login)
            emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.echoCredentials(503), 1);
            photos.get(user.id());
            emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.echoCredentials(403), 1);
            RuntimeException refused = assertThrows(RuntimeException.class, () -> photos.get(user.id()));
            assertTrue(refused.getMessage(), refused.getMessage().contains("Invalid credentials: Authorization="));
            StringWriter trace = new StringWriter();
            refused.printStackTrace(new PrintWriter(trace));
            everything.append(trace).append('\n');
        }
        logged.forEach(everything::append);
        everything.append(stderr.toString(StandardCharsets.UTF_8));
        String text = everything.toString();
        assertTrue("the echo was logged", text.contains("Invalid credentials"));
        for (String secret : new String[] {user.token(), password, user.apiKeyWrite(), basicPair}) {
            assertFalse("secret " + secret.substring(0, 4) + "... found in:\n" + text, text.contains(secret));
        }
        assertFalse("the token the login obtained was found", text.matches("(?s).*[0-9a-f]{64}.*"));
    }
}
