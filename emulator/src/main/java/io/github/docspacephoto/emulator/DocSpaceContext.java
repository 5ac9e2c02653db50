package io.github.docspacephoto.emulator;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee9.servlet.ServletContextHandler;
import org.eclipse.jetty.ee9.servlet.ServletHolder;

/** The servlet context: one servlet at every path, its multipart settings, and error answers without details. */
final class DocSpaceContext {

    private DocSpaceContext() {
    }

    static ServletContextHandler create(HttpServlet servlet, MultipartConfigElement multipart, RequestLog log) {
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder("docspace", servlet);
        holder.getRegistration().setMultipartConfig(multipart);
        context.addServlet(holder, "/*");
        context.setErrorHandler(new ServletErrorHandler(log));
        return context;
    }
}
