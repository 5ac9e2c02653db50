package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;

import org.junit.Test;

/** By default the emulator, like DocSpace, refuses to fetch from private and loopback addresses. */
public class SsrfRulesTest extends EmulatorTestBase {

    @Test
    public void loopbackAndPrivateAddressesAreAccessDenied() {
        for (String url : new String[] {emulator.baseUri() + "/static/images/default_user_photo_size_32-32.png",
                "http://localhost:1/a.png", "http://10.0.0.1/a.png", "http://192.168.1.1/a.png",
                "http://169.254.169.254/latest", "http://[::1]/a.png", "ftp://example.com/a.png"}) {
            assertError(http.putJson(user, photoPath(user.id()), "{\"files\":\"" + url + "\"}"), 403,
                    "Access denied");
        }
    }
}
