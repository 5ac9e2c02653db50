package io.github.docspacephoto.example;

import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes {@link DocSpacePhotos} injectable, configured by the same MicroProfile Config keys as the injected client.
 * The token is required: without {@code docspace.token} (the environment variable {@code DOCSPACE_TOKEN}) the
 * application does not deploy.
 */
@ApplicationScoped
public class DocSpaceConnection {

    @Inject
    @ConfigProperty(name = "docspace/mp-rest/url")
    String server;

    @Inject
    @ConfigProperty(name = "docspace.token")
    String token;

    /** Dependent, as the class is final; {@link DocSpacePhotos#connect} shares one client per settings anyway. */
    @Produces
    DocSpacePhotos docSpacePhotos() {
        return DocSpacePhotos.connect(DocSpaceSettings.builder(URI.create(server))
                .credentials(Credentials.token(token))
                .build());
    }
}
