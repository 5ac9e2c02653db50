package io.github.docspacephoto.example;

import io.github.docspacephoto.client.DocSpacePhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Whether DocSpace answers and accepts this application's token, changing nothing; for a readiness check. */
@Path("docspace/connection")
@RequestScoped
public class ConnectionResource {

    public record Connection(String status) {
    }

    @Inject
    DocSpacePhotos docSpace;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Connection check() {
        return new Connection(docSpace.checkConnection());
    }
}
