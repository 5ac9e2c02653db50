package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.api.PeoplePhotosApi;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.provider.ConfiguredCredentialsFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.After;
import org.junit.Test;

/** {@code @Inject @RestClient PeoplePhotosApi} in a real CDI container (Weld SE) configured by SmallRye Config. */
public class CdiInjectionTest extends ClientTestBase {

    @ApplicationScoped
    public static class AvatarService {
        @Inject
        @RestClient
        PeoplePhotosApi photos;

        String smallAvatarOf(String userId) {
            ThumbnailsDataDto urls = photos.getMemberPhoto(userId).getResponse();
            return urls.small();
        }
    }

    @After
    public void clearConfig() {
        System.clearProperty("docspace/mp-rest/url");
        System.clearProperty(ConfiguredCredentialsFilter.TOKEN);
        System.clearProperty(ConfiguredCredentialsFilter.AUTH_SCHEME);
    }

    @Test
    public void injectedClientIsConfiguredByMicroProfileConfig() {
        System.setProperty("docspace/mp-rest/url", emulator.baseUri().toString());
        System.setProperty(ConfiguredCredentialsFilter.TOKEN, user.token());
        System.setProperty(ConfiguredCredentialsFilter.AUTH_SCHEME, "cookie");
        // Discovery on, as in an application server: the client jar is a bean archive by its beans.xml, and the
        // MicroProfile Rest Client implementation's CDI extension registers PeoplePhotosApi.
        try (WeldContainer container = new Weld().addBeanClass(AvatarService.class).initialize()) {
            String small = container.select(AvatarService.class).get().smallAvatarOf(user.userName());
            assertTrue(small, small.contains("default_user_photo_size_32-32.png"));
        }
        assertEquals("asc_auth_key=" + user.token(), requests().get(0).header("Cookie"));
    }
}
