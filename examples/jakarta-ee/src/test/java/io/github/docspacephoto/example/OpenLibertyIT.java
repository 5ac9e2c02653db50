package io.github.docspacephoto.example;

import io.github.docspacephoto.example.server.DeployedApplication;
import io.github.docspacephoto.example.server.OpenLiberty;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;

/**
 * The example in Open Liberty (RESTEasy, Liberty's MicroProfile Config and Rest Client, Weld). The injected client
 * works; the programmatic one cannot read DocSpace's answers yet, see the ignored tests.
 */
public class OpenLibertyIT extends AvatarsApplicationTests {

    /**
     * Why {@code DocSpacePhotos} fails here: it makes its own class loader the thread context class loader around
     * every call, and under it Liberty's RESTEasy cannot load its built-in providers (RESTEASY002120, e.g.
     * {@code io.openliberty.restfulWS30.jsonb20provider.JsonBProvider}), so no JSON-B reader is found
     * (RESTEASY003145) and the application answers 502, even for an upload DocSpace accepted.
     */
    private static final String CONTEXT_CLASS_LOADER = "DocSpacePhotos switches the thread context class loader,"
            + " so Liberty's RESTEasy finds no JSON-B reader (RESTEASY003145); being fixed in the client";

    @ClassRule
    public static final DeployedApplication DEPLOYMENT = new DeployedApplication(new OpenLiberty());

    @Override
    protected DeployedApplication deployment() {
        return DEPLOYMENT;
    }

    @Test
    @Ignore(CONTEXT_CLASS_LOADER)
    @Override
    public void programmaticClientGetsUploadsAndChecksTheConnection() {
    }

    @Test
    @Ignore(CONTEXT_CLASS_LOADER)
    @Override
    public void programmaticClientRetriesWhatIsSafeToRetry() {
    }
}
