package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.Test;

/** DocSpace's scheme selection (NOTES.md §4.2) and the login endpoint (§4.3). */
public class AuthenticationRulesTest extends EmulatorTestBase {

    @Test
    public void tokenWorksAsRawHeaderBearerHeaderAndCookie() {
        assertEquals(200, getWith("Authorization", user.token()).statusCode());
        assertEquals(200, getWith("Authorization", "Bearer " + user.token()).statusCode());
        assertEquals(200, getWith("Cookie", "asc_auth_key=" + user.token()).statusCode());
    }

    @Test
    public void missingOrWrongTokenIs401WithAnEmptyBody() {
        HttpResponse<String> none = http.send(http.request(photoPath(user.id())).GET());
        assertEquals(401, none.statusCode());
        assertEquals("", none.body());
        assertEquals(401, getWith("Authorization", "Bearer wrong").statusCode());
        assertEquals("", getWith("Cookie", "asc_auth_key=wrong").body());
    }

    @Test
    public void basicTakesTheEmailAndPassword() {
        assertEquals(200, getWith("Authorization", basic(user.email(), user.password())).statusCode());
        HttpResponse<String> wrong = getWith("Authorization", basic(user.email(), "nope"));
        assertEquals(401, wrong.statusCode());
        assertEquals("Basic", wrong.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("the user name is not an e-mail", 401,
                getWith("Authorization", basic(user.userName(), user.password())).statusCode());
    }

    @Test
    public void apiKeysCarryTheirScopes() {
        assertEquals(200, getWith("Authorization", "Bearer " + user.apiKeyRead()).statusCode());
        HttpResponse<String> readOnlyWrite = http.send(http.request(photoPath(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyRead()).DELETE());
        assertEquals(403, readOnlyWrite.statusCode());
        assertEquals("", readOnlyWrite.body());
        assertEquals(200, http.send(http.request(photoPath(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyWrite()).DELETE()).statusCode());
        assertEquals(401, getWith("Authorization", "Bearer sk-unknown").statusCode());
    }

    @Test
    public void loginByUserNameOrEmailGivesAWorkingTokenThatExpiresInAYear() {
        for (String login : new String[] {user.userName(), user.email()}) {
            JsonObject token = payload(login(login, user.password()));
            assertFalse(token.getBoolean("tfa"));
            assertTrue(token.getString("expires"), token.getString("expires")
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z"));
            assertEquals(200, getWith("Authorization", token.getString("token")).statusCode());
        }
    }

    @Test
    public void loginFailures() {
        assertError(login(user.userName(), "wrong"), 401, "User authentication failed");
        assertError(login("nobody", "x"), 404, "The user could not be found");
    }

    @Test
    public void twoFactorLoginAnswersWithoutAToken() {
        SeededUser tfa = emulator.user("tfa");
        JsonObject answer = payload(login(tfa.userName(), tfa.password()));
        assertTrue(answer.getBoolean("tfa"));
        assertFalse(answer.containsKey("token"));
        assertTrue(answer.getString("confirmUrl").contains("TfaAuth"));
    }

    @Test
    public void seededUsersDoNotShowTheirSecretsInToString() {
        assertFalse(user.toString().contains(user.token()));
        assertFalse(user.toString().contains(user.password()));
    }

    private HttpResponse<String> getWith(String header, String value) {
        return http.send(http.request(photoPath(user.id())).header(header, value).GET());
    }

    private HttpResponse<String> login(String userName, String password) {
        return http.send(http.request("/api/2.0/authentication").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"userName\":\"" + userName + "\",\"password\":\"" + password + "\"}")));
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
