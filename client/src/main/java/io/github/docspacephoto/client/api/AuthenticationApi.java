package io.github.docspacephoto.client.api;

import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.AuthRequestsDto;
import io.github.docspacephoto.client.model.AuthenticationTokenDto;
import io.github.docspacephoto.client.provider.DocSpaceExceptionMapper;
import io.github.docspacephoto.client.provider.RequestLineFilter;
import io.github.docspacephoto.client.provider.SharedJsonbResolver;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** {@code POST /api/2.0/authentication}: a user name (or e-mail) and password for a personal access token. */
@RegisterRestClient(configKey = "docspace")
@RegisterProvider(SharedJsonbResolver.class)
@RegisterProvider(DocSpaceExceptionMapper.class)
@RegisterProvider(RequestLineFilter.class)
@Path("/api/2.0/authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AuthenticationApi {

    @POST
    ApiResponse<AuthenticationTokenDto> authenticateMe(AuthRequestsDto request);
}
