package io.github.docspacephoto.example;

import io.github.docspacephoto.client.DocSpacePhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * The same avatars through the programmatic entry point {@link DocSpacePhotos}, which checks the user id and the
 * image before sending (a bad one is a 400 here, and DocSpace never sees it) and retries what is safe to retry.
 */
@Path("checked/avatars/{userId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckedAvatarResource {

    @Inject
    DocSpacePhotos docSpace;

    @GET
    public Avatar get(@PathParam("userId") String userId) {
        return Avatar.of(docSpace.get(userId));
    }

    @PUT
    @Consumes({"image/png", "image/jpeg"})
    public Avatar upload(@PathParam("userId") String userId, InputStream image) throws IOException {
        // One byte over the limit is enough for DocSpacePhotos to refuse an oversized image by name.
        byte[] content = image.readNBytes(Math.toIntExact(docSpace.settings().maxUploadBytes() + 1));
        java.nio.file.Path file = Files.createTempFile("avatar-", ".upload");
        try {
            Files.write(file, content);
            return Avatar.of(docSpace.upload(userId, file, true));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
