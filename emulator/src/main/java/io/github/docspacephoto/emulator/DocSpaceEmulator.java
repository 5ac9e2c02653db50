package io.github.docspacephoto.emulator;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A local ONLYOFFICE DocSpace that answers the People Photos API as server 3.7 (or 3.6) does, on loopback.
 * Start one per test on port 0 and close it afterwards, or run {@link Main} for a standalone server.
 */
public final class DocSpaceEmulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 8092;
    /** DocSpace's shipped {@code web:max-upload-size} (NOTES.md §6). */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    /** How much a multipart body may exceed the photo limit before it is refused outright with 413. */
    private static final long MULTIPART_OVERHEAD_BYTES = 16L * 1024 * 1024;

    private final Server server;
    private final Users users;
    private final RequestLog requestLog = new RequestLog();
    private final Faults faults = new Faults();
    private final Path dataDirectory;
    private final boolean ownsDataDirectory;
    private final URI baseUri;

    private DocSpaceEmulator(Builder builder) throws Exception {
        this.ownsDataDirectory = builder.dataDirectory == null;
        this.dataDirectory = ownsDataDirectory ? Files.createTempDirectory("docspace-emulator")
                : Files.createDirectories(builder.dataDirectory);
        this.users = Users.seed();
        PhotoStore store = new PhotoStore(dataDirectory);
        Authenticator authenticator = new Authenticator(users);
        PhotoEndpoints photos = new PhotoEndpoints(users, store,
                new PhotoDownloader(builder.allowLoopbackUrls, builder.maxUploadBytes), builder.maxUploadBytes);
        long maxRequestBytes = builder.maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
        DocSpaceServlet servlet = new DocSpaceServlet(users, authenticator, store, photos, faults, requestLog,
                builder.uploadShape, maxRequestBytes);

        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("docspace-emulator");
        threads.setDaemon(true);
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory());
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder("docspace", servlet);
        Path multipartTemp = Files.createDirectories(dataDirectory.resolve("multipart"));
        holder.getRegistration().setMultipartConfig(new MultipartConfigElement(multipartTemp.toString(),
                maxRequestBytes, maxRequestBytes, 1024 * 1024));
        context.addServlet(holder, "/*");
        context.setErrorHandler(new JsonErrorHandler());
        server.setErrorHandler(new JsonErrorHandler());
        server.setHandler(context);
        server.start();
        baseUri = URI.create("http://" + hostForUri(builder.host) + ":" + connector.getLocalPort());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An emulator on a free loopback port with the defaults. */
    public static DocSpaceEmulator start() {
        return builder().port(0).start();
    }

    /** For example {@code http://127.0.0.1:41234}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    public List<SeededUser> users() {
        return users.all();
    }

    public SeededUser user(String userName) {
        return users.byUserName(userName)
                .orElseThrow(() -> new IllegalArgumentException("no seeded user named '" + userName + "'"));
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the emulator did not stop cleanly", e);
        } finally {
            if (ownsDataDirectory) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private Path dataDirectory;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private UploadShape uploadShape = UploadShape.V3_7;
        private boolean allowLoopbackUrls;

        private Builder() {
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Loopback by default; the emulator is not meant to be reached from other machines. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Where photos are kept; by default a temporary folder removed on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public Builder uploadShape(UploadShape uploadShape) {
            this.uploadShape = uploadShape;
            return this;
        }

        /** Lets PUT from URL fetch from loopback addresses, which DocSpace refuses; for tests and the demo. */
        public Builder allowLoopbackUrls(boolean allow) {
            this.allowLoopbackUrls = allow;
            return this;
        }

        public DocSpaceEmulator start() {
            try {
                return new DocSpaceEmulator(this);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the emulator could not start on port " + port + ": " + e, e);
            }
        }
    }
}
