package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

/** The first client's head start: one daemon thread, once, every step tried, under a loader that sees the client. */
public class WarmUpTest {

    @Test
    public void itsStepsRunOnceOnOneDaemonThread() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        WarmUp warmUp = new WarmUp(List.of(runs::incrementAndGet));

        Thread thread = warmUp.startOnce();
        assertNotNull(thread);
        assertTrue("must not keep the JVM alive", thread.isDaemon());
        assertEquals(WarmUp.THREAD_NAME, thread.getName());
        assertNull("started before", warmUp.startOnce());
        thread.join(10_000);

        assertFalse(thread.isAlive());
        assertEquals(1, runs.get());
    }

    @Test
    public void aStepThatFailsLeavesTheOthersToRun() throws Exception {
        Queue<String> ran = new ConcurrentLinkedQueue<>();
        List<Callable<?>> steps = List.of(
                () -> {
                    throw new IllegalStateException("no MicroProfile Config implementation");
                },
                () -> {
                    throw new NoClassDefFoundError("org/apache/http/impl/client/HttpClientBuilder");
                },
                () -> ran.add("last"));

        Thread thread = new WarmUp(steps).startOnce();
        thread.join(10_000);

        assertEquals(List.of("last"), List.copyOf(ran));
    }

    @Test
    public void itsStepsSeeTheClientWhereTheCallersLoaderCannot() throws Exception {
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        WarmUp warmUp = new WarmUp(List.of(() -> {
            seen.set(Thread.currentThread().getContextClassLoader());
            return null;
        }));
        Thread caller = Thread.currentThread();
        ClassLoader previous = caller.getContextClassLoader();
        try (URLClassLoader core = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            caller.setContextClassLoader(core);
            Thread thread = warmUp.startOnce();
            caller.setContextClassLoader(previous);
            thread.join(10_000);
        } finally {
            caller.setContextClassLoader(previous);
        }
        assertSame(LibraryClassLoader.class.getClassLoader(), seen.get());
    }

    @Test
    public void thePhotoAnswerItReadsIsOneTheModelBinds() throws Exception {
        // A sample the model did not bind would make the step fail quietly and prepare nothing.
        ApiResponse<?> answer = (ApiResponse<?>) WarmUp.readAPhotoAnswer();

        ThumbnailsDataDto photo = (ThumbnailsDataDto) answer.getResponse();
        assertEquals("/p.png", photo.original());
        assertEquals("/p.png", photo.small());
        assertEquals(Integer.valueOf(200), answer.getStatusCode());
    }
}
