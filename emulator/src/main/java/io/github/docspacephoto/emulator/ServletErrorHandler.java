package io.github.docspacephoto.emulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee9.nested.ErrorHandler;
import org.eclipse.jetty.ee9.nested.Request;

/**
 * Errors inside the servlet context (an exception that escaped the servlet, say) get what Kestrel answers an
 * unhandled exception with: the status and an empty body. Jetty's own page would show the exception's message, which
 * may name a file of this machine, and its stack trace. The request is logged unless the servlet logged it.
 */
final class ServletErrorHandler extends ErrorHandler {

    private final RequestLog log;

    ServletErrorHandler(RequestLog log) {
        this.log = log;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
        setCacheControl(null);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) {
        log.add(request, code);
        response.setContentLength(0);
    }

    /** Every method, so that every such request is logged; Jetty's default skips all but GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }
}
