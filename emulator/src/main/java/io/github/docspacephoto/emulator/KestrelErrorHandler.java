package io.github.docspacephoto.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach the servlet (a malformed request, say) get what Kestrel answers: the
 * status and no body; never an HTML page or a stack trace. They are logged like any other request.
 */
final class KestrelErrorHandler extends ErrorHandler {

    private final RequestLog log;

    KestrelErrorHandler(RequestLog log) {
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        if (request.getAttribute(RequestLog.LOGGED) == null) {
            HttpURI uri = request.getHttpURI();
            String rawPath = uri == null || uri.getPath() == null ? "" : uri.getPath();
            log.add(new RecordedRequest(request.getMethod(), Operation.percentDecode(rawPath), rawPath,
                    uri == null ? null : uri.getQuery(), headers(request), status));
        }
        response.setStatus(status);
        response.getHeaders().put("Content-Length", "0");
        response.write(true, null, callback);
        return true;
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }
}
