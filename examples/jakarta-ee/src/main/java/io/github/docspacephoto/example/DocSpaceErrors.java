package io.github.docspacephoto.example;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceBadRequestException;
import io.github.docspacephoto.client.error.DocSpaceException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceUnsupportedMediaTypeException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.UploadRejectedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers DocSpace's errors as this application's HTTP statuses. What the caller asked for and may fix (a bad
 * user id or image, an unknown user, someone else's photo) keeps its status; what went wrong between this
 * application and DocSpace (refused credentials, DocSpace failing or not answering) is a 502, and DocSpace's rate
 * limit a 503 with its Retry-After. The messages name the request and DocSpace's own words, never a secret.
 */
@Provider
public class DocSpaceErrors implements ExceptionMapper<DocSpaceException> {

    public record Failure(int status, String message) {
    }

    /** Unprocessable Content: Jakarta REST 3.1 has no constant for it. */
    private static final int UNPROCESSABLE = 422;

    @Override
    public Response toResponse(DocSpaceException e) {
        int status = statusFor(e);
        Response.ResponseBuilder answer = (status == UNPROCESSABLE
                ? Response.status(status, "Unprocessable Content") : Response.status(status))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Failure(status, e.getMessage()));
        if (e instanceof DocSpaceRateLimitedException limited && limited.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, limited.retryAfter().toSeconds());
        }
        return answer.build();
    }

    private static int statusFor(DocSpaceException e) {
        if (e instanceof InvalidInputException || e instanceof DocSpaceBadRequestException) {
            return 400;
        }
        if (e instanceof DocSpaceAccessDeniedException) {
            return 403;
        }
        if (e instanceof DocSpaceNotFoundException) {
            return 404;
        }
        if (e instanceof DocSpaceUnsupportedMediaTypeException) {
            return 415;
        }
        if (e instanceof UploadRejectedException) {
            return UNPROCESSABLE;
        }
        if (e instanceof DocSpaceRateLimitedException) {
            return 503;
        }
        // 401 (this application's token was refused), 5xx, broken answers, no answer
        return 502;
    }
}
