package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Requests Jetty refuses before the servlet (a bad URI, say) get DocSpace's error body, never a stack trace. */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        String message = status == 400 ? "Bad request" : status == 404 ? "The requested resource was not found"
                : status == 413 ? "Request body too large" : "An internal error occurred";
        String body = Json.createObjectBuilder()
                .add("status", 1)
                .add("statusCode", status)
                .add("error", Json.createObjectBuilder().add("message", message).add("hresult", 0))
                .build()
                .toString();
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
