package io.github.docspacephoto.example;

import io.github.docspacephoto.example.server.DeployedApplication;
import io.github.docspacephoto.example.server.WildFly;
import org.junit.ClassRule;

/** The example in WildFly (RESTEasy, SmallRye MicroProfile Config and Rest Client, Weld). */
public class WildFlyIT extends AvatarsApplicationTests {

    @ClassRule
    public static final DeployedApplication DEPLOYMENT = new DeployedApplication(new WildFly());

    @Override
    protected DeployedApplication deployment() {
        return DEPLOYMENT;
    }
}
