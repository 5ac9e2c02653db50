package io.github.docspacephoto.client;

import io.github.docspacephoto.client.api.PeoplePhotosApi;
import io.github.docspacephoto.client.provider.SharedJsonbResolver;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Prepares, on one short-lived daemon thread, what the first call in a JVM needs but does not depend on the rest
 * of the client: the MicroProfile Config that RESTEasy's builder reads, the JDK's default TLS context its HTTP
 * engine takes, and JSON-B's model of the photo answer. Meanwhile the calling thread registers RESTEasy's
 * providers and builds the proxy, so a fresh JVM (a CLI command, a controller's first build) gets its first answer
 * sooner on a machine with more than one core. Each step is only a head start: one that fails is done again, and
 * reported, by the call that needs it.
 */
final class WarmUp {

    /** Once per loaded copy of this library. Lambdas, not method references: a missing class fails its step only. */
    static final WarmUp FIRST_CLIENT = new WarmUp(List.of(
            () -> ConfigProvider.getConfig(),
            () -> SSLContext.getDefault(),
            () -> {
                Engines.loadApacheEngine();
                return null;
            },
            () -> readAPhotoAnswer()));

    static final String THREAD_NAME = "docspace-photo-warm-up";

    private static final String PHOTO_ANSWER = "{\"response\":{\"original\":\"/p.png\",\"retina\":\"/p.png\","
            + "\"max\":\"/p.png\",\"big\":\"/p.png\",\"medium\":\"/p.png\",\"small\":\"/p.png\"},"
            + "\"count\":1,\"status\":0,\"statusCode\":200}";

    private final List<Callable<?>> steps;
    private final AtomicBoolean started = new AtomicBoolean();

    WarmUp(List<Callable<?>> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Starts the steps on their thread the first time; returns that thread, or null if they started before. */
    Thread startOnce() {
        if (!started.compareAndSet(false, true)) {
            return null;
        }
        Thread thread = new Thread(() -> LibraryClassLoader.run(this::runSteps), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private Void runSteps() {
        for (Callable<?> step : steps) {
            try {
                step.call();
            } catch (Exception | LinkageError notReady) {
                // the call that needs it does it again, and reports what fails
            }
        }
        return null;
    }

    /** What the first GET reads, parsed by the shared JSON-B into the type the interface declares. */
    static Object readAPhotoAnswer() throws NoSuchMethodException {
        Type answer = PeoplePhotosApi.class.getMethod("getMemberPhoto", String.class).getGenericReturnType();
        return SharedJsonbResolver.jsonb().fromJson(PHOTO_ANSWER, answer);
    }
}
