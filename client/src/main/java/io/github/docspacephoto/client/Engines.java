package io.github.docspacephoto.client;

import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.HttpClientConnectionManager;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.HttpClientBuilder;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.client.jaxrs.ClientHttpEngine;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.engines.ApacheHttpClient43Engine;
import org.jboss.resteasy.client.jaxrs.engines.ClientHttpEngineBuilder43;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;

/**
 * The HTTP connection under the MicroProfile client: timeouts, the proxy, and no retries but ours.
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

    /** Loaded only on RESTEasy, whose classes the client does not otherwise need. */
    private static final class Resteasy {

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
            HttpClientBuilder http = HttpClientBuilder.create()
                    .setConnectionManager(connections)
                    .evictExpiredConnections()
                    .evictIdleConnections(MAX_IDLE_SECONDS, TimeUnit.SECONDS)
                    .setDefaultRequestConfig(requests.setProxy(defaultProxy).build())
                    .disableContentCompression()
                    .disableCookieManagement()
                    .disableAutomaticRetries();
            if (proxy != null && proxy.hasCredentials()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.userName(), proxy.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            ApacheHttpClient43Engine engine = new ApacheHttpClient43Engine(http.build(), true);
            engine.setResponseBufferSize(responseBufferSize);
            engine.setHostnameVerifier(verifier);
            engine.setSslContext(tls);
            engine.setFollowRedirects(false);
            return engine;
        }
    }
}
