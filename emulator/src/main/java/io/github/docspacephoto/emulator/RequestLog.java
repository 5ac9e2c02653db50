package io.github.docspacephoto.emulator;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request that reached the emulator, in order, including those refused or answered by a fault. */
public final class RequestLog {

    /** Marks a request already logged, so that Jetty's error handling does not log it again. */
    static final String LOGGED = RequestLog.class.getName() + ".logged";

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    void add(RecordedRequest request) {
        requests.add(request);
    }

    /** Logs a request the servlet context saw with the status it was answered, unless it is logged already. */
    void add(HttpServletRequest request, int status) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        add(new RecordedRequest(request.getMethod(), Operation.percentDecode(request.getRequestURI()),
                request.getRequestURI(), request.getQueryString(), headers, status));
    }
}
