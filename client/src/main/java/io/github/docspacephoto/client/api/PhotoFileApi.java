package io.github.docspacephoto.client.api;

import io.github.docspacephoto.client.provider.PhotoFileTargetFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The image behind a photo URL ({@code /storage/userPhotos/...}, {@code /static/images/...}), streamed. Built by
 * {@code DocSpacePhotos} with a {@link PhotoFileTargetFilter}, which aims the request at {@code url}; not for
 * injection.
 */
@Produces("image/*")
public interface PhotoFileApi {

    /** The answer, unread: the caller checks it and closes it. */
    @GET
    Response fetch(@HeaderParam(PhotoFileTargetFilter.TARGET_HEADER) String url);
}
