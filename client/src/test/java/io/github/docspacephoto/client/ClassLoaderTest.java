package io.github.docspacephoto.client;

import static org.junit.Assert.assertSame;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.Test;

/**
 * The library switches the thread context class loader only where the current one cannot see a MicroProfile Rest
 * Client implementation (a Jenkins plugin on a core thread), and keeps the application's own loader elsewhere (an
 * application server, whose loader sees its own implementation).
 */
public class ClassLoaderTest {

    private static ClassLoader contextDuring(ClassLoader context) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(context);
        try {
            return LibraryClassLoader.run(() -> Thread.currentThread().getContextClassLoader());
        } finally {
            assertSame("restored afterwards", context, thread.getContextClassLoader());
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    public void aContextLoaderThatSeesAnImplementationIsKept() throws Exception {
        try (URLClassLoader application = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            assertSame(application, contextDuring(application));
        }
    }

    @Test
    public void aContextLoaderThatSeesNoImplementationIsReplacedByTheLibrarysOwn() throws Exception {
        try (URLClassLoader core = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertSame(LibraryClassLoader.class.getClassLoader(), contextDuring(core));
        }
    }
}
