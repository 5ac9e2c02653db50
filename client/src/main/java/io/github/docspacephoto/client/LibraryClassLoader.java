package io.github.docspacephoto.client;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Runs code with this library's class loader as the thread context class loader, but only where the current
 * context loader cannot see the MicroProfile Rest Client API this library was linked against. MicroProfile's
 * RestClientBuilder, and RESTEasy's HeaderFillerFactory and EntityPart.Builder, are found through the context
 * loader: in a Jenkins plugin it is core's loader, which cannot see the plugin's jars. In an application server
 * the application's own loader (or the server's wrapper around it) sees the server's implementation and is kept:
 * replacing it there hides the server's providers.
 */
final class LibraryClassLoader {

    private static final ClassLoader LOADER = LibraryClassLoader.class.getClassLoader();
    /** Per context loader, whether it sees our API; weak keys, so that no loader is kept alive by this cache. */
    private static final Map<ClassLoader, Boolean> SEES_API = new WeakHashMap<>();

    private LibraryClassLoader() {
    }

    static <T> T run(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == LOADER || seesOurApi(previous)) {
            return action.get();
        }
        thread.setContextClassLoader(LOADER);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean seesOurApi(ClassLoader context) {
        if (context == null) {
            return false;
        }
        synchronized (SEES_API) {
            return SEES_API.computeIfAbsent(context, LibraryClassLoader::loadsTheSameBuilder);
        }
    }

    private static boolean loadsTheSameBuilder(ClassLoader context) {
        try {
            return Class.forName(RestClientBuilder.class.getName(), false, context) == RestClientBuilder.class;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return false;
        }
    }
}
