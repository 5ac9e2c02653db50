package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** What {@code java -jar docspace-emulator.jar} prints is enough to call it at once. */
public class StandaloneTest extends EmulatorTestBase {

    @Test
    public void welcomeNamesTheUrlAndEveryUserWithIdEmailPasswordRoleAndAWorkingToken() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.printWelcome(emulator, new PrintStream(out, true, StandardCharsets.UTF_8));
        String welcome = out.toString(StandardCharsets.UTF_8);
        assertTrue(welcome, welcome.startsWith("DocSpace People Photos emulator listening on " + emulator.baseUri()));
        for (SeededUser seeded : emulator.users()) {
            assertTrue(seeded.userName(), welcome.contains(seeded.userName() + " (" + seeded.role().docSpaceName()));
            for (String detail : new String[] {seeded.id(), seeded.email(), seeded.password(), seeded.token()}) {
                assertTrue(seeded.userName() + ": " + detail, welcome.contains(detail));
            }
        }
        Matcher token = Pattern.compile("token +(\\w+)").matcher(welcome);
        while (token.find()) {
            int status = http.send(http.request(EmulatorClient.photo("admin"))
                    .header("Authorization", token.group(1)).GET()).statusCode();
            assertTrue(token.group(1) + " answered " + status, status == 200 || status == 403);
        }
        Matcher curl = Pattern.compile("curl -H 'Authorization: Bearer (\\w+)' (\\S+)\\n").matcher(welcome);
        assertTrue(welcome, curl.find());
        assertEquals(200, http.send(http.request(curl.group(2).substring(emulator.baseUri().toString().length()))
                .header("Authorization", "Bearer " + curl.group(1)).GET()).statusCode());
    }
}
