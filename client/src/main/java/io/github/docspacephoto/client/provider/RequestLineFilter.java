package io.github.docspacephoto.client.provider;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Copies the request's method and path onto the response, because a ResponseExceptionMapper sees only the
 * response and the errors should say which call failed. The query is left out; it never carries secrets here,
 * but a path is all an error message needs.
 */
public final class RequestLineFilter implements ClientResponseFilter {

    static final String HEADER = "X-DocSpace-Photo-Request";

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() >= DocSpaceExceptionMapper.FIRST_ERROR_STATUS) { // only the mapper reads it
            response.getHeaders().putSingle(HEADER, request.getMethod() + " " + request.getUri().getRawPath());
        }
    }
}
