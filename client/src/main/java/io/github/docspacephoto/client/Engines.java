package io.github.docspacephoto.client;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.client.jaxrs.ClientHttpEngine;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.engines.ClientHttpEngineBuilder43;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;

/**
 * The HTTP engine under the MicroProfile client, where the implementation allows choosing it. RESTEasy's default
 * engine is Apache HttpClient 4 with its automatic retry handler on: a GET that meets a reset connection is sent up
 * to four times inside one of our attempts, so {@code maxAttempts} would not bound the requests sent. On RESTEasy
 * the same engine is built without it. Jersey's default connector (HttpURLConnection) needs nothing.
 */
final class Engines {

    private static final String RESTEASY_BUILDER = "org.jboss.resteasy.microprofile.client.RestClientBuilderImpl";
    /** RESTEasy's own default for a MicroProfile client is one connection; concurrent calls share a pool. */
    private static final int CONNECTIONS = 32;

    private Engines() {
    }

    static void withoutHiddenRetries(DocSpaceSettings settings, RestClientBuilder builder) {
        if (builder.getClass().getName().equals(RESTEASY_BUILDER)) {
            builder.register(Resteasy.engine(settings));
        }
    }

    /** Loaded only on RESTEasy, whose classes the client does not otherwise need. */
    private static final class Resteasy {

        @SuppressWarnings("removal") // ClientHttpEngineBuilder43 is still RESTEasy 6.2's default engine builder
        static ClientHttpEngine engine(DocSpaceSettings settings) {
            ResteasyClientBuilder options = new ResteasyClientBuilderImpl()
                    .connectTimeout(settings.connectTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .connectionPoolSize(CONNECTIONS)
                    .maxPooledPerRoute(CONNECTIONS)
                    .disableAutomaticRetries();
            return new ClientHttpEngineBuilder43().resteasyClientBuilder(options).build();
        }
    }
}
