package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.json;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.Test;

/** GET .../photo: the envelope, {userid} resolution and who may view whom (NOTES.md §3.3, §5.0, §5.3). */
public class PhotoReadRulesTest extends EmulatorTestBase {

    static final Map<String, Integer> THUMBNAIL_SIZES = Map.of("retina", 360, "max", 200, "big", 82, "medium", 48,
            "small", 32);

    @Test
    public void successIsWrappedInTheEnvelopeWithOneLinkToTheFullRequestUrl() {
        HttpResponse<String> response = http.send(http.as(user, photo(user.userName()) + "?x=1").GET());
        JsonObject body = json(response);
        assertEquals(200, response.statusCode());
        assertEquals(0, body.getInt("status"));
        assertEquals(200, body.getInt("statusCode"));
        assertEquals(1, body.getInt("count"));
        assertEquals(1, body.getJsonArray("links").size());
        JsonObject link = body.getJsonArray("links").getJsonObject(0);
        assertEquals(emulator.baseUri() + photo(user.userName()) + "?x=1", link.getString("href"));
        assertEquals("GET", link.getString("action"));
        assertEquals(6, body.getJsonObject("response").size());
    }

    @Test
    public void userWithoutPhotoGetsTheDefaultAvatarsWithThe200DefaultAsOriginal() {
        JsonObject urls = payload(http.get(user, user.id()));
        assertTrue(urls.getString("original"),
                urls.getString("original").matches("/static/images/default_user_photo_size_200-200\\.png\\?hash=\\d+"));
        assertSquareImage(urls.getString("original"), 200);
        THUMBNAIL_SIZES.forEach((key, size) -> {
            assertTrue(urls.getString(key), urls.getString(key)
                    .startsWith("/static/images/default_user_photo_size_" + size + "-" + size + ".png?hash="));
            assertSquareImage(urls.getString(key), size);
        });
    }

    @Test
    public void userIdIsAGuidInAnyDotNetFormatOrAUserName() {
        String n = user.id().replace("-", "");
        for (String id : new String[] {user.id(), user.id().toUpperCase(), n, "%7B" + user.id() + "%7D",
                "(" + user.id() + ")", user.userName(), "USER"}) {
            HttpResponse<String> response = http.get(admin, id);
            assertEquals(id, 200, response.statusCode());
        }
    }

    @Test
    public void atSelfIsNotSpecialButLookedUpAsAUserName() {
        assertError(http.get(user, "@self"), 404, "The user could not be found");
    }

    @Test
    public void unknownUserIs404TheUserCouldNotBeFound() {
        JsonObject error = assertError(http.get(user, "nobody"), 404, "The user could not be found");
        assertEquals("ASC.Common.Web.ItemNotFoundException", error.getString("type"));
        assertError(http.get(user, "00000000-0000-0000-0000-000000000000"), 404, "The user could not be found");
    }

    @Test
    public void everyoneMayViewThemselves() {
        for (SeededUser self : emulator.users()) {
            assertEquals(self.userName(), 200, http.get(self, self.id()).statusCode());
        }
    }

    @Test
    public void docSpaceAdminMayViewAnyone() {
        for (SeededUser other : emulator.users()) {
            assertEquals(other.userName(), 200, http.get(admin, other.id()).statusCode());
        }
    }

    @Test
    public void usersAndGuestsMayNotViewOthers() {
        assertError(http.get(user, admin.id()), 403, "Access denied");
        assertError(http.get(user, guest.id()), 403, "Access denied");
        assertError(http.get(guest, user.id()), 403, "Access denied");
        assertError(http.get(guest, roomAdmin.id()), 403, "Access denied");
    }

    @Test
    public void roomAdminMayViewNonGuestsAndTheGuestsTheyInvitedOnly() {
        assertEquals(200, http.get(roomAdmin, user.id()).statusCode());
        assertEquals(200, http.get(roomAdmin, admin.id()).statusCode());
        assertEquals("guest was invited by roomadmin", 200, http.get(roomAdmin, guest.id()).statusCode());
        assertError(http.get(roomAdmin, outsider.id()), 403, "Access denied");
    }

    @Test
    public void accessDeniedCarriesTheDotNetExceptionDetails() {
        JsonObject error = assertError(http.get(user, admin.id()), 403, "Access denied");
        assertEquals("System.Security.SecurityException", error.getString("type"));
        assertEquals(-2146233078, error.getInt("hresult"));
        assertTrue(error.getString("stack"), error.getString("stack").contains("PhotoController.GetMemberPhoto"));
    }
}
