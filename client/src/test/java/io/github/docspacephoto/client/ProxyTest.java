package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Calls go through a real forward HTTP proxy (Jetty's ProxyServlet) when one is set, with its credentials. */
public class ProxyTest extends ClientTestBase {

    private static final String USER = "jenkins";
    private static final String PASSWORD = "proxy-secret";

    private final List<String> proxied = new CopyOnWriteArrayList<>();
    private Server proxy;
    private int proxyPort;
    private boolean requireCredentials;

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

    /** Records what went through the proxy; asks for Basic credentials when told to. */
    private final class Recorder implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
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

    @Test
    public void callsAndTheLoginGoThroughTheProxy() {
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.login(user.userName(), user.password()))
                .proxy(ProxySettings.of("127.0.0.1", proxyPort)).build());
        photos.get(user.id());
        assertEquals(List.of("POST " + emulator.baseUri() + "/api/2.0/authentication",
                "GET " + emulator.baseUri() + "/api/2.0/people/" + user.id() + "/photo"), proxied);
        assertEquals(2, requests().size());
    }

    @Test
    public void withoutAProxyNothingGoesThroughIt() {
        photosOf(user).get(user.id());
        assertTrue(proxied.isEmpty());
        assertEquals(1, requests().size());
    }

    @Test
    public void proxyCredentialsAnswerTheProxysChallenge() throws Exception {
        requireCredentials = true;
        DocSpacePhotos photos = DocSpacePhotos.connect(settings(Credentials.token(user.token()))
                .proxy(new ProxySettings("127.0.0.1", proxyPort, USER, PASSWORD)).build());
        photos.upload(user.id(), image("png", 30, 30), true);
        assertEquals(1, proxied.size());
        assertTrue(DocSpaceSettings.builder(emulator.baseUri())
                .proxy(new ProxySettings("127.0.0.1", proxyPort, USER, PASSWORD)).build().toString()
                .contains("password ****"));
    }
}
