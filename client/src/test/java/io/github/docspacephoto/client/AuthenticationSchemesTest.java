package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceApiException;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.TwoFactorRequiredException;
import io.github.docspacephoto.emulator.RecordedRequest;
import io.github.docspacephoto.emulator.SeededUser;
import org.junit.Test;

public class AuthenticationSchemesTest extends ClientTestBase {

    @Test
    public void tokenIsSentAsBearerByDefault() {
        photosOf(user).get(user.id());
        assertEquals("Bearer " + user.token(), requests().get(0).header("Authorization"));
    }

    @Test
    public void tokenCanBeSentAsTheAscAuthKeyCookie() {
        DocSpacePhotos.connect(settings(Credentials.cookieToken(user.token())).build()).get(user.id());
        RecordedRequest request = requests().get(0);
        assertEquals("asc_auth_key=" + user.token(), request.header("Cookie"));
        assertNull(request.header("Authorization"));
    }

    @Test
    public void apiKeyIsABearerAndItsScopeCounts() throws Exception {
        DocSpacePhotos write = DocSpacePhotos.connect(settings(Credentials.apiKey(user.apiKeyWrite())).build());
        write.delete(user.id());
        assertEquals("Bearer " + user.apiKeyWrite(), requests().get(0).header("Authorization"));

        DocSpacePhotos read = DocSpacePhotos.connect(settings(Credentials.apiKey(user.apiKeyRead())).build());
        read.get(user.id());
        assertThrows(DocSpaceAccessDeniedException.class, () -> read.delete(user.id()));
    }

    @Test
    public void basicUsesTheEmailAndPassword() {
        DocSpacePhotos.connect(settings(Credentials.basic(user.email(), user.password())).build()).get(user.id());
        assertTrue(requests().get(0).header("Authorization").startsWith("Basic "));
        DocSpacePhotos wrong = DocSpacePhotos.connect(settings(Credentials.basic(user.email(), "wrong")).build());
        assertThrows(DocSpaceAuthenticationException.class, () -> wrong.get(user.id()));
    }

    @Test
    public void loginCredentialsAreExchangedOnceForAToken() {
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.login(user.userName(),
                user.password())).build());
        photos.get(user.id());
        photos.get(user.id());
        assertEquals("/api/2.0/authentication", requests().get(0).path());
        assertEquals(3, requests().size());
        String bearer = requests().get(1).header("Authorization");
        assertTrue(bearer.startsWith("Bearer "));
        assertFalse("a fresh token, not the seeded one", bearer.endsWith(user.token()));
    }

    @Test
    public void loginReturnsAWorkingToken() {
        String token = DocSpacePhotos.login(settings(null).build(), user.email(), user.password());
        DocSpacePhotos.connect(settings(Credentials.token(token)).build()).get(user.id());
    }

    @Test
    public void loginFailuresAreClear() {
        DocSpaceAuthenticationException wrong = assertThrows(DocSpaceAuthenticationException.class,
                () -> DocSpacePhotos.login(settings(null).build(), user.userName(), "wrong"));
        assertEquals("User authentication failed", wrong.serverMessage());
        DocSpaceApiException unknown = assertThrows(DocSpaceApiException.class,
                () -> DocSpacePhotos.login(settings(null).build(), "nobody", "x"));
        assertTrue(unknown.getMessage(), unknown.status() == 401 || unknown.status() == 404);
        SeededUser tfa = emulator.user("tfa");
        TwoFactorRequiredException twoFactor = assertThrows(TwoFactorRequiredException.class,
                () -> DocSpacePhotos.login(settings(null).build(), tfa.userName(), tfa.password()));
        assertTrue(twoFactor.getMessage(), twoFactor.getMessage().contains("two-factor"));
    }

    @Test
    public void checkConnectionAcceptsGoodCredentialsAndNamesBadOnes() {
        assertTrue(photosOf(user).checkConnection().startsWith("Connected to " + emulator.baseUri()));
        DocSpacePhotos wrong = DocSpacePhotos.connect(settings(Credentials.token("wrong")).build());
        assertThrows(DocSpaceAuthenticationException.class, wrong::checkConnection);
    }
}
