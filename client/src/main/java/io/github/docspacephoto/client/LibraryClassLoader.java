package io.github.docspacephoto.client;

import java.lang.ref.WeakReference;
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
    /**
     * The context loader last found to see our API, so that the calls of one application (nearly always one
     * loader) skip the lock of {@link #SEES_API}. Weak, as the cache's keys.
     */
    private static volatile WeakReference<ClassLoader> lastSeeing = new WeakReference<>(null);

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
        if (lastSeeing.get() == context) {
            return true;
        }
        boolean sees;
        synchronized (SEES_API) {
            sees = SEES_API.computeIfAbsent(context, LibraryClassLoader::loadsTheSameBuilder);
        }
        if (sees) {
            lastSeeing = new WeakReference<>(context);
        }
        return sees;
    }

    private static boolean loadsTheSameBuilder(ClassLoader context) {
        try {
            return Class.forName(RestClientBuilder.class.getName(), false, context) == RestClientBuilder.class;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return false;
        }
    }
}
