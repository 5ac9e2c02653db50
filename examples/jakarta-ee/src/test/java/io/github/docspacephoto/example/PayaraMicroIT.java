package io.github.docspacephoto.example;

import io.github.docspacephoto.example.server.DeployedApplication;
import io.github.docspacephoto.example.server.PayaraMicro;
import org.junit.ClassRule;

/** The example in Payara Micro (Jersey, Payara's MicroProfile Config and Rest Client, Weld). */
public class PayaraMicroIT extends AvatarsApplicationTests {

    @ClassRule
    public static final DeployedApplication DEPLOYMENT = new DeployedApplication(new PayaraMicro());

    @Override
    protected DeployedApplication deployment() {
        return DEPLOYMENT;
    }
}
