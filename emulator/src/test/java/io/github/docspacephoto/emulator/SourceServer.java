package io.github.docspacephoto.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A plain loopback web server that serves whatever a test tells it to, as the source of a PUT from URL. */
final class SourceServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    private SourceServer(HttpServer server) {
        this.server = server;
    }

    static SourceServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
            return new SourceServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers GET {@code path} with this status and body; returns its full URL. */
    String serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
