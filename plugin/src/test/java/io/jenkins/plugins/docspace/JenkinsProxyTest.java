package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import hudson.ProxyConfiguration;
import hudson.model.Result;
import hudson.util.FormValidation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee9.proxy.ProxyServlet;
import org.eclipse.jetty.ee9.servlet.FilterHolder;
import org.eclipse.jetty.ee9.servlet.ServletContextHandler;
import org.eclipse.jetty.ee9.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Calls go through the proxy of Manage Jenkins » Plugins » Advanced settings (a real forward proxy, Jetty's
 * ProxyServlet), with its credentials, except to hosts its no-proxy patterns name.
 */
public class JenkinsProxyTest {

    private static final String PROXY_USER = "jenkins";
    private static final String PROXY_PASSWORD = "proxy-secret";

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    private final List<String> proxied = new CopyOnWriteArrayList<>();
    private Server proxy;
    private int proxyPort;
    private volatile boolean requireCredentials;

    @Before
    public void startProxy() throws Exception {
        proxy = new Server();
        ServerConnector connector = new ServerConnector(proxy);
        connector.setHost("127.0.0.1");
        proxy.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ProxyServlet()), "/*");
        context.addFilter(new FilterHolder(new Recorder()), "/*", EnumSet.of(DispatcherType.REQUEST));
        proxy.setHandler(context);
        proxy.start();
        proxyPort = connector.getLocalPort();
    }

    @After
    public void stopProxy() throws Exception {
        proxy.stop();
    }

    @Test
    public void stepsAndTestConnectionGoThroughJenkinsProxy() throws Exception {
        j.jenkins.setProxy(new ProxyConfiguration("127.0.0.1", proxyPort));

        j.assertLogContains("small: /static/images/", runGet());
        assertEquals("GET " + docspace.emulator.baseUri() + "/api/2.0/people/user/photo", proxied.get(0));
        assertEquals("every request, the build page's copies included", requestsReceived(), proxied.size());

        proxied.clear();
        FormValidation tested = j.jenkins.getDescriptorByType(DocSpaceServer.DescriptorImpl.class).doTestConnection(
                docspace.emulator.baseUri().toString(), DocSpaceTestSupport.TOKEN_ID, "5", "5");
        assertEquals(tested.getMessage(), FormValidation.Kind.OK, tested.kind);
        assertEquals(1, proxied.size());
    }

    @Test
    public void aHostInTheNoProxyListIsCalledDirectly() throws Exception {
        j.jenkins.setProxy(new ProxyConfiguration("127.0.0.1", proxyPort, null, null, "*.example.com\n127.0.0.1"));

        j.assertLogContains("small: /static/images/", runGet());
        assertTrue(proxied.toString(), proxied.isEmpty());
        assertEquals(1, docspace.apiRequests().size());
    }

    @Test
    public void theProxyCredentialsOfJenkinsAnswerTheProxysChallenge() throws Exception {
        requireCredentials = true;
        j.jenkins.setProxy(new ProxyConfiguration("127.0.0.1", proxyPort, PROXY_USER, PROXY_PASSWORD));

        WorkflowRun run = runGet();
        j.assertLogContains("small: /static/images/", run);
        j.assertLogNotContains(PROXY_PASSWORD, run);
        assertEquals(requestsReceived(), proxied.size());
    }

    private int requestsReceived() {
        return docspace.emulator.requestLog().requests().size();
    }

    private WorkflowRun runGet() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "p" + j.jenkins.getItems().size());
        job.setDefinition(new CpsFlowDefinition("""
                def got = docspacePhoto action: 'get', userId: 'user'
                echo "small: ${got.small}"
                """, true));
        return j.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));
    }

    /** Records what went through the proxy; asks for Basic credentials when told to. */
    private final class Recorder implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (requireCredentials && !expected.equals(request.getHeader("Proxy-Authorization"))) {
                HttpServletResponse response = (HttpServletResponse) res;
                response.setHeader("Proxy-Authenticate", "Basic realm=\"proxy\"");
                response.sendError(407);
                return;
            }
            proxied.add(request.getMethod() + " " + request.getRequestURL());
            chain.doFilter(req, res);
        }
    }
}
