package io.github.docspacephoto.client;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpEntity;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.HttpClient;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.HttpClientConnectionManager;
import org.apache.http.entity.AbstractHttpEntity;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.HttpClientBuilder;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.client.jaxrs.ClientHttpEngine;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.engines.ApacheHttpClient43Engine;
import org.jboss.resteasy.client.jaxrs.engines.ClientHttpEngineBuilder43;
import org.jboss.resteasy.client.jaxrs.internal.ClientInvocation;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;

/**
 * The HTTP connection under the MicroProfile client: timeouts, the proxy, no retries but ours, and uploads streamed
 * from their files.
 *
 * <p>On RESTEasy the client builds the Apache HttpClient 4 engine itself: RESTEasy's own keeps HttpClient's retry
 * handler on (a GET that meets a reset connection is sent up to four times inside one of our attempts, so
 * {@code maxAttempts} would not bound the requests sent), and cannot carry proxy credentials. Elsewhere the
 * portable {@link RestClientBuilder#proxyAddress} is used, with Jersey's proxy credential properties; so it is on
 * RESTEasy where the application cannot see Apache HttpClient (a WildFly deployment), whose engine then keeps its
 * own retries.
 */
final class Engines {

    private static final String RESTEASY_BUILDER = "org.jboss.resteasy.microprofile.client.RestClientBuilderImpl";
    /** RESTEasy's own default for a MicroProfile client is one connection; concurrent calls share a pool. */
    private static final int CONNECTIONS = 32;

    private Engines() {
    }

    static RestClientBuilder configure(DocSpaceSettings settings, RestClientBuilder builder) {
        builder.connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (builder.getClass().getName().equals(RESTEASY_BUILDER)) {
            try {
                return builder.register(Resteasy.engine(settings));
            } catch (LinkageError apacheNotVisible) {
                // An application server whose deployments see RESTEasy but not Apache HttpClient (WildFly):
                // RESTEasy's own engine, configured the portable way below.
            }
        }
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            builder.proxyAddress(proxy.host(), proxy.port());
            if (proxy.hasCredentials()) {
                builder.property("jersey.config.client.proxy.username", proxy.userName())
                        .property("jersey.config.client.proxy.password", proxy.password());
            }
        }
        return builder;
    }

    /**
     * Loads and initializes the classes of the Apache engine (its HttpClient, pool and the public suffix list its
     * host name check reads) by building an HttpClient that is never used: a head start for the first client.
     * Fails with a {@link LinkageError} where Apache HttpClient is not visible.
     */
    static void loadApacheEngine() throws IOException, NoSuchAlgorithmException {
        Resteasy.loadHttpClient();
    }

    /** Loaded only on RESTEasy, whose classes the client does not otherwise need. */
    private static final class Resteasy {

        static void loadHttpClient() throws IOException, NoSuchAlgorithmException {
            HttpClientBuilder.create().setSSLContext(SSLContext.getDefault()).build().close();
        }

        static ClientHttpEngine engine(DocSpaceSettings settings) {
            ResteasyClientBuilder options = new ResteasyClientBuilderImpl()
                    .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .connectionPoolSize(CONNECTIONS)
                    .maxPooledPerRoute(CONNECTIONS);
            ProxySettings proxy = settings.proxy();
            if (proxy != null) {
                options.defaultProxy(proxy.host(), proxy.port(), "http");
            }
            return new EngineBuilder(proxy).resteasyClientBuilder(options).build();
        }
    }

    /** RESTEasy's builder for the Apache engine (connection manager, TLS, timeouts), with our HttpClient. */
    @SuppressWarnings("removal") // still RESTEasy 6.2's engine builder; its replacement arrives in 6.3
    private static final class EngineBuilder extends ClientHttpEngineBuilder43 {

        private static final long MAX_IDLE_SECONDS = 60;

        private final ProxySettings proxy;

        EngineBuilder(ProxySettings proxy) {
            this.proxy = proxy;
        }

        @Override
        protected ClientHttpEngine createEngine(HttpClientConnectionManager connections,
                                                RequestConfig.Builder requests, HttpHost defaultProxy,
                                                int responseBufferSize, HostnameVerifier verifier, SSLContext tls) {
            // Each step left out is one less on every call: RESTEasy asks for no redirects anyway, and the client
            // has no per-user connection state (NTLM, TLS client certificates) to keep connections apart by.
            HttpClientBuilder http = HttpClientBuilder.create()
                    .setConnectionManager(connections)
                    .evictExpiredConnections()
                    .evictIdleConnections(MAX_IDLE_SECONDS, TimeUnit.SECONDS)
                    .setDefaultRequestConfig(requests.setProxy(defaultProxy).build())
                    .disableContentCompression()
                    .disableCookieManagement()
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableConnectionState();
            boolean proxyLogin = proxy != null && proxy.hasCredentials();
            if (proxyLogin) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.userName(), proxy.password()));
                http.setDefaultCredentialsProvider(credentials);
            } else {
                http.disableAuthCaching();
            }
            // Behind a proxy that asks for a login the body is sent twice (without, then with credentials), so
            // only there is it copied first, as RESTEasy does; elsewhere an upload streams from its file.
            ApacheHttpClient43Engine engine = proxyLogin
                    ? new ApacheHttpClient43Engine(http.build(), true)
                    : new StreamingEngine(http.build());
            engine.setResponseBufferSize(responseBufferSize);
            engine.setHostnameVerifier(verifier);
            engine.setSslContext(tls);
            engine.setFollowRedirects(false);
            return engine;
        }
    }

    /**
     * RESTEasy's Apache engine writes every request body to memory, or past 1 MB to a temporary file, before
     * sending it (and refuses past 50 MB): an upload was written to disk and read back on every call. This one
     * streams multipart bodies straight from the part's stream to the connection, chunked, as the client asks
     * Jersey to; the small JSON bodies keep their Content-Length.
     */
    @SuppressWarnings("removal") // as EngineBuilder
    private static final class StreamingEngine extends ApacheHttpClient43Engine {

        private static final String BOUNDARY = "boundary";

        StreamingEngine(HttpClient http) {
            super(http, true);
        }

        @Override
        protected HttpEntity buildEntity(ClientInvocation request) throws IOException {
            MediaType type = request.getHeaders().getMediaType();
            if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                return super.buildEntity(request);
            }
            if (!type.getParameters().containsKey(BOUNDARY)) {
                // The headers go out before the body is written, so the boundary is chosen here, not by the writer.
                Map<String, String> parameters = new HashMap<>(type.getParameters());
                parameters.put(BOUNDARY, UUID.randomUUID().toString());
                type = new MediaType(type.getType(), type.getSubtype(), parameters);
                request.getHeaders().setMediaType(type);
            }
            StreamedBody body = new StreamedBody(request);
            body.setContentType(type.toString());
            body.setChunked(true);
            return body;
        }
    }

    /** A request body written by RESTEasy's message body writer as the connection takes it; sent once. */
    private static final class StreamedBody extends AbstractHttpEntity {

        private final ClientInvocation request;

        StreamedBody(ClientInvocation request) {
            this.request = request;
        }

        @Override
        public void writeTo(OutputStream connection) throws IOException {
            request.getDelegatingOutputStream().setDelegate(connection);
            request.writeRequestBody(request.getEntityStream());
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public InputStream getContent() {
            throw new UnsupportedOperationException("a streamed request body is written, not read");
        }

        @Override
        public boolean isStreaming() {
            return false;
        }
    }
}
