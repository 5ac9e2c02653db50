package io.github.docspacephoto.client.api;

import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.FileUploadResultDto;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.ThumbnailsRequest;
import io.github.docspacephoto.client.model.UpdatePhotoMemberRequest;
import io.github.docspacephoto.client.provider.ConfiguredCredentialsFilter;
import io.github.docspacephoto.client.provider.DocSpaceExceptionMapper;
import io.github.docspacephoto.client.provider.EntityPartListTypeFilter;
import io.github.docspacephoto.client.provider.RequestLineFilter;
import io.github.docspacephoto.client.provider.SharedJsonbResolver;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * DocSpace's People / Photos operations, named by their operationId. Inject it with
 * {@code @Inject @RestClient PeoplePhotosApi} and configure {@code docspace/mp-rest/url} (or
 * {@code quarkus.rest-client.docspace.url} and the like) plus the credentials keys of
 * {@link ConfiguredCredentialsFilter}; or build it programmatically through {@code DocSpacePhotos}.
 * Errors arrive as {@code io.github.docspacephoto.client.error.DocSpaceApiException} subclasses; an upload's own
 * failures arrive as HTTP 200 with {@code success:false}, so check {@link FileUploadResultDto#isSuccess()}.
 */
@RegisterRestClient(configKey = "docspace")
@RegisterProvider(SharedJsonbResolver.class)
@RegisterProvider(DocSpaceExceptionMapper.class)
@RegisterProvider(RequestLineFilter.class)
@RegisterProvider(EntityPartListTypeFilter.class)
@RegisterProvider(ConfiguredCredentialsFilter.class)
@Path("/api/2.0/people/{userid}/photo")
@Produces(MediaType.APPLICATION_JSON)
public interface PeoplePhotosApi {

    @GET
    ApiResponse<ThumbnailsDataDto> getMemberPhoto(@PathParam("userid") String userid);

    /** Multipart with a {@code File} part and an {@code Autosave} part (3.6 servers require the latter). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ApiResponse<FileUploadResultDto> uploadMemberPhoto(@PathParam("userid") String userid, List<EntityPart> form);

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    ApiResponse<ThumbnailsDataDto> updateMemberPhoto(@PathParam("userid") String userid,
                                                     UpdatePhotoMemberRequest request);

    @DELETE
    ApiResponse<ThumbnailsDataDto> deleteMemberPhoto(@PathParam("userid") String userid);

    @POST
    @Path("/thumbnails")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiResponse<ThumbnailsDataDto> createMemberPhotoThumbnails(@PathParam("userid") String userid,
                                                               ThumbnailsRequest request);
}
