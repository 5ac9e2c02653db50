package io.github.docspacephoto.emulator;

import static org.junit.Assert.assertFalse;

import java.net.InetAddress;
import org.junit.Test;

/** With the defaults the emulator, like DocSpace, refuses to fetch from blacklisted addresses (NOTES.md §5.4). */
public class SsrfRulesTest extends EmulatorTestBase {

    @Test
    public void loopbackPrivateLinkLocalAndSpecialAddressesAreAccessDenied() {
        for (String url : new String[] {emulator.baseUri() + "/static/images/default_user_photo_size_32-32.png",
                "http://localhost:1/a.png", "http://127.1.2.3/a.png", "http://0.1.2.3/a.png", "http://10.0.0.1/a.png",
                "http://100.64.0.1/a.png", "http://169.254.169.254/latest", "http://172.16.0.1/a.png",
                "http://172.31.255.1/a.png", "http://192.168.1.1/a.png", "http://[::1]/a.png", "http://[::]/a.png",
                "http://[fc00::1]/a.png", "http://[fd12::1]/a.png", "http://[fe80::1]/a.png"}) {
            assertError(http.update(user, user.id(), "{\"files\":\"" + url + "\"}"), 403, "Access denied");
        }
    }

    @Test
    public void relativeUrlsPointAtThePortalItselfWhichIsLoopback() {
        assertError(http.update(user, user.id(), "{\"files\":\"/static/images/default_user_photo_size_32-32.png\"}"),
                403, "Access denied");
        assertError(http.update(user, user.id(), "{\"files\":\"ftp://example.com/a.png\"}"), 403, "Access denied");
    }

    @Test
    public void hostThatDoesNotResolveIsAccessDenied() {
        assertError(http.update(user, user.id(), "{\"files\":\"http://no-such-host.invalid/a.png\"}"), 403,
                "Access denied");
    }

    @Test
    public void addressesJustOutsideTheRangesAreNotBlacklisted() throws Exception {
        AddressBlacklist blacklist = new AddressBlacklist(false);
        for (String address : new String[] {"1.0.0.1", "100.128.0.1", "172.32.0.1", "169.255.0.1", "192.169.0.1",
                "2001:db8::1", "fe00::1"}) {
            assertFalse(address, blacklist.blocks(InetAddress.getByName(address)));
        }
    }
}
