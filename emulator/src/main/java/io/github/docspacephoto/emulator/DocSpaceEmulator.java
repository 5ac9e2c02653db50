package io.github.docspacephoto.emulator;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A local ONLYOFFICE DocSpace that answers the People Photos API as server 3.7 (or 3.6) does, on 127.0.0.1.
 * Start one per test on port 0 and close it afterwards, or run {@link Main} for a standalone server.
 */
public final class DocSpaceEmulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 8092;
    /** DocSpace's shipped {@code web:max-upload-size} (NOTES.md §6). */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    private static final String HOST = "127.0.0.1";
    /** Kestrel's default MaxRequestBodySize, which DocSpace's People service keeps. */
    private static final long KESTREL_MAX_REQUEST_BYTES = 30_000_000L;
    /**
     * A slower body is ended, so a trickling client holds a thread only briefly. Kestrel's MinRequestBodyDataRate is
     * 240 bytes a second after a 5-second grace; Jetty checks from the first byte without one, so a tenth of that:
     * a body whose first bytes wait a few seconds for the rest on a busy machine still passes.
     */
    private static final long MIN_REQUEST_BYTES_PER_SECOND = 24;
    /** Jetty's default: enough that clients reading bodies do not keep others waiting. */
    private static final int MAX_THREADS = 200;

    private final Server server;
    private final Users users;
    private final RequestLog requestLog = new RequestLog();
    private final Faults faults = new Faults();
    private final Path dataDirectory;
    private final boolean ownsDataDirectory;
    private final URI baseUri;
    private final Authenticator authenticator;

    private DocSpaceEmulator(Builder builder) throws Exception {
        ownsDataDirectory = builder.dataDirectory == null;
        dataDirectory = ownsDataDirectory ? Files.createTempDirectory("docspace-emulator")
                : Files.createDirectories(builder.dataDirectory);
        users = Users.seed();
        long maxRequestBytes = Math.max(KESTREL_MAX_REQUEST_BYTES, builder.maxUploadBytes + 1024 * 1024);
        PhotoStore store = new PhotoStore(dataDirectory);
        authenticator = new Authenticator(users, builder.tokenLifetime);
        PhotoDownloader downloader = new PhotoDownloader(new AddressBlacklist(builder.allowLoopbackUrls),
                builder.maxUploadBytes);
        DocSpaceServlet servlet = new DocSpaceServlet(authenticator, new LoginEndpoint(users, authenticator),
                new PhotoEndpoints(users, store, downloader), new PhotoUpload(users, store, builder.maxUploadBytes),
                store, faults, requestLog, builder.uploadShape, maxRequestBytes);

        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("docspace-emulator");
        threads.setDaemon(true);
        server = new Server(threads);
        server.addConnector(connector(server, builder.port));

        MultipartConfigElement multipart = new MultipartConfigElement(
                Files.createDirectories(dataDirectory.resolve("multipart")).toString(),
                maxRequestBytes, maxRequestBytes, 1024 * 1024);
        server.setErrorHandler(new KestrelErrorHandler(requestLog));
        server.setHandler(DocSpaceContext.create(servlet, multipart, requestLog));
        try {
            server.start();
        } catch (Exception e) {
            try {
                close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        baseUri = URI.create("http://" + HOST + ":" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    private static ServerConnector connector(Server server, int port) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setUriCompliance(UriCompliance.UNSAFE);
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(HOST);
        connector.setPort(port);
        // Small JSON answers must not wait for Nagle: the client benchmark compares against raw HTTP.
        connector.setAcceptedTcpNoDelay(true);
        return connector;
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

    /** A seeded user: admin, roomadmin, user, guest, outsider or tfa. */
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

    /** Signs out every session opened by logging in: their tokens answer 401 from now on. */
    public void revokeIssuedTokens() {
        authenticator.revokeIssuedTokens();
    }

    /** Stops the server; a temporary data directory goes with it. Closing twice does no harm. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the emulator did not stop cleanly", e);
        } finally {
            if (ownsDataDirectory && Files.exists(dataDirectory)) {
                deleteRecursively(dataDirectory);
            }
        }
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
        private int port = DEFAULT_PORT;
        private Path dataDirectory;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private UploadShape uploadShape = UploadShape.V3_7;
        private boolean allowLoopbackUrls;
        private Duration tokenLifetime = Duration.ofDays(365);

        private Builder() {
        }

        /** {@value DocSpaceEmulator#DEFAULT_PORT} unless set; 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Where photos are kept; by default a temporary folder removed on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** DocSpace's {@code web:max-upload-size}; 5 MiB unless set. */
        public Builder maxUploadBytes(long maxUploadBytes) {
            if (maxUploadBytes <= 0) {
                throw new IllegalArgumentException("maxUploadBytes must be positive, not " + maxUploadBytes);
            }
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** Server 3.7's upload form unless set. */
        public Builder uploadShape(UploadShape uploadShape) {
            this.uploadShape = uploadShape;
            return this;
        }

        /** Lets PUT from URL fetch from loopback addresses, which DocSpace refuses; for tests and the demo. */
        public Builder allowLoopbackUrls(boolean allow) {
            this.allowLoopbackUrls = allow;
            return this;
        }

        /** How long a token from logging in is valid (its {@code expires}); a year unless set. */
        public Builder tokenLifetime(Duration tokenLifetime) {
            if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive, not " + tokenLifetime);
            }
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        public DocSpaceEmulator start() {
            try {
                return new DocSpaceEmulator(this);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                String reason = bindFailure(e).map(bind -> "cannot listen on " + HOST + ":" + port + " ("
                        + bind.getMessage() + ")").orElse(e.toString());
                throw new IllegalStateException("the emulator could not start: " + reason, e);
            }
        }
    }

    /** The socket's refusal to listen (a port in use, say) among the causes of a failed start. */
    static Optional<BindException> bindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(bind);
            }
        }
        return Optional.empty();
    }
}
