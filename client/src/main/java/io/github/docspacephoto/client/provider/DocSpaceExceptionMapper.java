package io.github.docspacephoto.client.provider;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceApiException;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.DocSpaceBadRequestException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceRateLimitedException;
import io.github.docspacephoto.client.error.DocSpaceServerException;
import io.github.docspacephoto.client.error.DocSpaceUnsupportedMediaTypeException;
import io.github.docspacephoto.client.error.SecretMask;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns DocSpace's error answers into the typed exceptions: its {@code error.message} where the body has one
 * (NOTES.md §3.4), the validation problem's title and errors for ASP.NET's automatic 400s (§3.3), and the
 * reason phrase for empty, HTML or broken bodies.
 */
public final class DocSpaceExceptionMapper implements ResponseExceptionMapper<DocSpaceApiException> {

    static final int FIRST_ERROR_STATUS = 400;
    private static final int MAX_BODY_CHARS = 64 * 1024;

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= FIRST_ERROR_STATUS;
    }

    @Override
    public DocSpaceApiException toThrowable(Response response) {
        int status = response.getStatus();
        String requestLine = response.getHeaderString(RequestLineFilter.HEADER);
        String method = requestLine == null ? null : requestLine.substring(0, requestLine.indexOf(' '));
        String path = requestLine == null ? null : requestLine.substring(requestLine.indexOf(' ') + 1);
        // An injected client's credentials come from MicroProfile Config; a server may echo them.
        String message = ConfiguredCredentialsFilter.fromConfig()
                .map(credentials -> SecretMask.of(credentials.secrets()).apply(serverMessage(response)))
                .orElseGet(() -> serverMessage(response));
        return switch (status) {
            case 400 -> new DocSpaceBadRequestException(status, message, method, path);
            case 401 -> new DocSpaceAuthenticationException(status, message, method, path);
            case 403 -> new DocSpaceAccessDeniedException(status, message, method, path);
            case 404 -> new DocSpaceNotFoundException(status, message, method, path);
            case 415 -> new DocSpaceUnsupportedMediaTypeException(status, message, method, path);
            case 429 -> new DocSpaceRateLimitedException(message, method, path,
                    retryAfter(response.getHeaderString(HttpHeaders.RETRY_AFTER)));
            default -> status >= 500
                    ? new DocSpaceServerException(status, message, method, path)
                    : new DocSpaceApiException(status, message, method, path);
        };
    }

    private static String serverMessage(Response response) {
        String reason = response.getStatusInfo().getReasonPhrase();
        MediaType type = response.getMediaType();
        if (type != null && !type.getSubtype().contains("json")) {
            return reason;
        }
        try {
            String body = response.readEntity(String.class);
            if (body == null || body.isBlank() || body.length() > MAX_BODY_CHARS) {
                return reason;
            }
            JsonValue json = SharedJsonbResolver.jsonb().fromJson(body, JsonValue.class);
            return json instanceof JsonObject object ? messageOf(object, reason) : reason;
        } catch (JsonbException | IllegalStateException | jakarta.ws.rs.ProcessingException unreadable) {
            return reason;
        }
    }

    private static String messageOf(JsonObject body, String fallback) {
        if (body.get("error") instanceof JsonObject error && error.get("message") instanceof JsonString message) {
            return message.getString();
        }
        if (body.get("response") instanceof JsonObject problem && problem.get("title") instanceof JsonString title) {
            StringBuilder text = new StringBuilder(title.getString());
            if (problem.get("errors") instanceof JsonObject errors) {
                for (Map.Entry<String, JsonValue> field : errors.entrySet()) {
                    text.append(' ').append(field.getKey()).append(": ");
                    if (field.getValue() instanceof JsonArray list && !list.isEmpty()
                            && list.get(0) instanceof JsonString first) {
                        text.append(first.getString());
                    }
                }
            }
            return text.toString();
        }
        return fallback;
    }

    /** Retry-After in seconds; an HTTP date or garbage is treated as absent. */
    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
