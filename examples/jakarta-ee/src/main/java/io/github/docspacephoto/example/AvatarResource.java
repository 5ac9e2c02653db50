package io.github.docspacephoto.example;

import io.github.docspacephoto.client.api.PeoplePhotosApi;
import io.github.docspacephoto.client.error.UnexpectedResponseException;
import io.github.docspacephoto.client.error.UploadRejectedException;
import io.github.docspacephoto.client.model.FileUploadResultDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Avatars through the injected MicroProfile Rest Client: {@code docspace/mp-rest/url} and {@code docspace.token}
 * come from MicroProfile Config, DocSpace's errors arrive as the client's exceptions and {@link DocSpaceErrors}
 * answers them.
 */
@Path("avatars/{userId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AvatarResource {

    @Inject
    @RestClient
    PeoplePhotosApi docSpace;

    @GET
    public Avatar get(@PathParam("userId") String userId) {
        return Avatar.of(userId, docSpace.getMemberPhoto(userId).getResponse());
    }

    /** The request body is the image itself; it is streamed on to DocSpace as the multipart form it expects. */
    @PUT
    @Consumes({"image/png", "image/jpeg"})
    public Avatar upload(@PathParam("userId") String userId, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                         InputStream image) throws IOException {
        List<EntityPart> form = List.of(
                EntityPart.withName("File").fileName(userId + "." + type.getSubtype()).mediaType(type)
                        .content(image).build(),
                // DocSpace 3.6 fails without it; 3.7 would keep a temporary file instead of the photo.
                EntityPart.withName("Autosave").content("true").build());
        FileUploadResultDto result = docSpace.uploadMemberPhoto(userId, form).getResponse();
        // DocSpace answers a refused upload with HTTP 200 and success:false.
        if (!result.isSuccess()) {
            throw new UploadRejectedException(userId, result.message());
        }
        if (result.photoUrls() == null) {
            throw new UnexpectedResponseException("the upload for '" + userId + "' answered no photo URLs", null);
        }
        return Avatar.of(userId, result.photoUrls());
    }

    /** Back to DocSpace's default avatar. */
    @DELETE
    public Avatar reset(@PathParam("userId") String userId) {
        return Avatar.of(userId, docSpace.deleteMemberPhoto(userId).getResponse());
    }
}
