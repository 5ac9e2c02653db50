package io.github.docspacephoto.example;

import io.github.docspacephoto.example.server.DeployedApplication;
import io.github.docspacephoto.example.server.OpenLiberty;
import org.junit.ClassRule;

/**
 * The example in Open Liberty (RESTEasy, Liberty's MicroProfile Config and Rest Client, Weld), both the injected and
 * the programmatic client. The latter keeps Liberty's thread context class loader, which sees Liberty's own
 * providers: with the library's loader in its place, RESTEasy found no JSON-B reader (RESTEASY003145).
 */
public class OpenLibertyIT extends AvatarsApplicationTests {

    @ClassRule
    public static final DeployedApplication DEPLOYMENT = new DeployedApplication(new OpenLiberty());

    @Override
    protected DeployedApplication deployment() {
        return DEPLOYMENT;
    }
}
