package io.github.docspacephoto.client;

import java.util.function.Supplier;

/**
 * Runs code with this library's class loader as the thread context class loader. MicroProfile's
 * RestClientBuilder, and RESTEasy's HeaderFillerFactory and EntityPart.Builder, are found through it; in a Jenkins
 * plugin it is the core's loader, which cannot see the plugin's jars.
 */
final class LibraryClassLoader {

    private static final ClassLoader LOADER = LibraryClassLoader.class.getClassLoader();

    private LibraryClassLoader() {
    }

    static <T> T run(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == LOADER) {
            return action.get();
        }
        thread.setContextClassLoader(LOADER);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
