package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.time.Duration;
import org.junit.Test;

/** A client made with {@code Credentials.login} keeps working for as long as the password does. */
public class LoginRenewalTest extends ClientTestBase {

    private long logins() {
        return requests().stream().filter(r -> r.path().equals("/api/2.0/authentication")).count();
    }

    @Test
    public void aRevokedTokenIsRenewedOnceByLoggingInAgain() {
        DocSpacePhotos photos = DocSpacePhotos.connect(
                settings(Credentials.login(user.userName(), user.password())).build());
        photos.get(user.id());
        assertEquals(1, logins());

        emulator.revokeIssuedTokens();
        photos.get(user.id());

        assertEquals(2, logins());
        photos.delete(user.id());
        assertEquals("the new token is kept", 2, logins());
    }

    @Test
    public void aTokenAboutToExpireIsRenewedBeforeItIsSent() throws InterruptedException {
        try (DocSpaceEmulator shortLived = DocSpaceEmulator.builder().port(0)
                .tokenLifetime(Duration.ofSeconds(2)).start()) {
            SeededUser someone = shortLived.user("user");
            DocSpacePhotos photos = DocSpacePhotos.connect(DocSpaceSettings.builder(shortLived.baseUri())
                    .credentials(Credentials.login(someone.userName(), someone.password())).build());
            photos.get(someone.id());
            Thread.sleep(2200);
            photos.get(someone.id());
            long logins = shortLived.requestLog().requests().stream()
                    .filter(r -> r.path().equals("/api/2.0/authentication")).count();
            long refused = shortLived.requestLog().requests().stream().filter(r -> r.status() == 401).count();
            assertEquals(2, logins);
            assertEquals("the expired token was never sent", 0, refused);
        }
    }

    @Test
    public void aChangedPasswordFailsAfterOneNewLogin() {
        DocSpacePhotos photos = DocSpacePhotos.connect(
                settings(Credentials.login(user.userName(), user.password())).build());
        photos.get(user.id());
        emulator.revokeIssuedTokens();
        emulator.faults().add("POST", "/api/2.0/authentication", io.github.docspacephoto.emulator.Fault.status(401), -1);

        assertThrows(DocSpaceAuthenticationException.class, () -> photos.get(user.id()));

        assertEquals(2, logins());
    }
}
