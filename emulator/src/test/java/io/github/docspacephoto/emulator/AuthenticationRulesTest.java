package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.Test;

/** DocSpace's choice of scheme (NOTES.md §4.2) and the login endpoint (§4.3). */
public class AuthenticationRulesTest extends EmulatorTestBase {

    @Test
    public void tokenWorksAsRawHeaderAsBearerAndAsCookie() {
        assertEquals(200, getWith("Authorization", user.token()).statusCode());
        assertEquals(200, getWith("Authorization", "Bearer " + user.token()).statusCode());
        assertEquals(200, getWith("Cookie", "asc_auth_key=" + user.token()).statusCode());
    }

    @Test
    public void cookieIsReadBeforeTheAuthorizationHeader() {
        HttpResponse<String> response = http.send(http.request(photo(user.id()))
                .header("Cookie", "asc_auth_key=" + user.token()).header("Authorization", "wrong").GET());
        assertEquals(200, response.statusCode());
    }

    @Test
    public void missingOrWrongCredentialsAre401WithAnEmptyBody() {
        assertEmpty(http.send(http.request(photo(user.id())).GET()), 401);
        assertEmpty(getWith("Authorization", "Bearer wrong"), 401);
        assertEmpty(getWith("Cookie", "asc_auth_key=wrong"), 401);
        assertEmpty(http.send(http.request(photo(user.id())).DELETE()), 401);
    }

    @Test
    public void schemeNamesAreCaseSensitive() {
        assertEmpty(getWith("Authorization", "bearer " + user.token()), 401);
        assertEmpty(getWith("Authorization", "basic " + base64(user.email() + ":" + user.password())), 401);
    }

    @Test
    public void basicTakesTheEmailAndPasswordAndAlwaysAnswersWithTheChallenge() {
        HttpResponse<String> ok = getWith("Authorization", basic(user.email(), user.password()));
        assertEquals(200, ok.statusCode());
        assertEquals("Basic", ok.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> wrong = getWith("Authorization", basic(user.email(), "nope"));
        assertEmpty(wrong, 401);
        assertEquals("Basic", wrong.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    public void basicWithTheUserNameInsteadOfTheEmailIs401() {
        assertEmpty(getWith("Authorization", basic(user.userName(), user.password())), 401);
    }

    @Test
    public void readScopedApiKeyMayOnlyRead() {
        assertEquals(200, http.send(withKey(user.apiKeyRead(), photo(user.id())).GET()).statusCode());
        assertEmpty(http.send(withKey(user.apiKeyRead(), photo(user.id())).DELETE()), 403);
        assertEmpty(http.send(withKey(user.apiKeyRead(), photo(user.id())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"files\":\"x\"}"))), 403);
        assertEmpty(http.send(withKey(user.apiKeyRead(), photo(user.id()) + "/thumbnails")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))), 403);
    }

    @Test
    public void writeScopedApiKeyMayWrite() {
        assertEquals(200, http.send(withKey(user.apiKeyWrite(), photo(user.id())).DELETE()).statusCode());
        assertEquals(200, http.send(withKey(user.apiKeyWrite(), photo(user.id())).GET()).statusCode());
    }

    @Test
    public void unknownApiKeyIs401() {
        assertEmpty(getWith("Authorization", "Bearer sk-unknown"), 401);
    }

    @Test
    public void loginByEmailIdOrUserNameGivesAWorkingTokenThatExpiresInAYear() {
        for (String login : new String[] {user.email(), user.id(), user.userName()}) {
            HttpResponse<String> response = http.login(login, user.password());
            JsonObject token = payload(response);
            assertFalse(token.getBoolean("tfa"));
            String expires = token.getString("expires");
            assertTrue(expires, expires.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z"));
            Duration untilExpiry = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(expires));
            assertTrue(untilExpiry.toString(), untilExpiry.toDays() >= 364 && untilExpiry.toDays() <= 366);
            assertEquals(200, getWith("Authorization", token.getString("token")).statusCode());
            assertTrue(response.headers().firstValue("Set-Cookie").orElse("")
                    .startsWith("asc_auth_key=" + token.getString("token") + ";"));
        }
    }

    @Test
    public void revokedLoginTokensAre401WhileSeededTokensStillWork() {
        String token = payload(http.login(user.userName(), user.password())).getString("token");
        assertEquals(200, getWith("Authorization", token).statusCode());
        emulator.revokeIssuedTokens();
        assertEquals(401, getWith("Authorization", token).statusCode());
        assertEquals(200, getWith("Authorization", user.token()).statusCode());
    }

    @Test
    public void aLoginTokenAnswers401AfterItsLifetime() throws InterruptedException {
        try (DocSpaceEmulator shortLived = DocSpaceEmulator.builder().port(0)
                .tokenLifetime(Duration.ofMillis(300)).start()) {
            EmulatorClient client = new EmulatorClient(shortLived.baseUri());
            SeededUser someone = shortLived.user("user");
            JsonObject login = payload(client.login(someone.userName(), someone.password()));
            Duration lifetime = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(login.getString("expires")));
            assertTrue(lifetime.toString(), lifetime.toMillis() <= 300);
            HttpRequest.Builder get = client.request(String.format(EmulatorClient.PHOTO, someone.id()))
                    .header("Authorization", login.getString("token")).GET();
            assertEquals(200, client.send(get).statusCode());
            Thread.sleep(400);
            assertEquals(401, client.send(get).statusCode());
        }
    }

    @Test
    public void everyLoginIssuesANewRandomToken() {
        String first = payload(http.login(user.userName(), user.password())).getString("token");
        String second = payload(http.login(user.userName(), user.password())).getString("token");
        assertNotEquals(first, second);
        assertTrue(first, first.matches("[0-9a-f]{64}"));
    }

    @Test
    public void wrongPasswordIs401UserAuthenticationFailed() {
        JsonObject error = assertError(http.login(user.userName(), "wrong"), 401, "User authentication failed");
        assertTrue("AuthenticationException is sent without type", error.isNull("type"));
    }

    @Test
    public void unknownUserFailsLikeAWrongPassword() {
        assertError(http.login("nobody", "x"), 401, "User authentication failed");
    }

    @Test
    public void twoFactorUserGetsTfaAndAConfirmUrlButNoToken() {
        JsonObject answer = payload(http.login(tfa.userName(), tfa.password()));
        assertTrue(answer.getBoolean("tfa"));
        assertFalse(answer.containsKey("token"));
        assertTrue(answer.getString("confirmUrl"),
                answer.getString("confirmUrl").startsWith(emulator.baseUri() + "/confirm/TfaAuth?"));
        assertError(http.login(tfa.userName(), "wrong"), 401, "User authentication failed");
    }

    @Test
    public void seededTokenOfTheTwoFactorUserStillWorks() {
        assertEquals(200, http.upload(tfa, tfa.id(), image("png", 20, 20), "true").statusCode());
    }

    @Test
    public void seededUsersKeepTheirSecretsOutOfToString() {
        for (SeededUser seeded : emulator.users()) {
            for (String secret : new String[] {seeded.password(), seeded.token(), seeded.apiKeyRead(),
                    seeded.apiKeyWrite()}) {
                assertFalse(seeded.toString().contains(secret));
            }
        }
    }

    private HttpResponse<String> getWith(String header, String value) {
        return http.send(http.request(photo(user.id())).header(header, value).GET());
    }

    private HttpRequest.Builder withKey(String apiKey, String path) {
        return http.request(path).header("Authorization", "Bearer " + apiKey);
    }

    private static String basic(String name, String password) {
        return "Basic " + base64(name + ":" + password);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
