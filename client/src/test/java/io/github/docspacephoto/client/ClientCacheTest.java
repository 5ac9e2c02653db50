package io.github.docspacephoto.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Built clients are shared per settings, bounded in number, and closed when dropped. */
public class ClientCacheTest extends ClientTestBase {

    private DocSpaceSettings settingsNumber(int n) {
        return settings(Credentials.token(user.token())).readTimeout(Duration.ofSeconds(60 + n)).build();
    }

    @Test
    public void equalSettingsShareOneClient() {
        assertSame(DocSpacePhotos.connect(settingsNumber(1)), DocSpacePhotos.connect(settingsNumber(1)));
    }

    @Test
    public void clientsDroppedFromTheCacheAreClosedAndTheOpenOnesStayBounded() {
        List<DocSpacePhotos> built = new ArrayList<>();
        for (int n = 0; n < DocSpacePhotos.MAX_CACHED_CLIENTS + 10; n++) {
            DocSpacePhotos photos = DocSpacePhotos.connect(settingsNumber(n));
            photos.get(user.id());
            built.add(photos);
        }
        long open = built.stream().filter(photos -> !photos.isClosed()).count();
        assertEquals(DocSpacePhotos.MAX_CACHED_CLIENTS, open);
        assertTrue("the least recently used went first", built.get(0).isClosed());
        assertFalse(built.get(built.size() - 1).isClosed());
        assertNotSame("a dropped client is built again", built.get(0), DocSpacePhotos.connect(settingsNumber(0)));
    }

    @Test
    public void aClientInUseIsClosedOnlyWhenItsCallEnds() throws Exception {
        DocSpacePhotos first = DocSpacePhotos.connect(settingsNumber(0));
        // logged as soon as it is answered, then held: the call is still in progress
        emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.applyThenDelay(Duration.ofMillis(1500)), 1);
        CompletableFuture<PhotoResult> slow = CompletableFuture.supplyAsync(() -> first.get(user.id()));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        for (int n = 1; n <= DocSpacePhotos.MAX_CACHED_CLIENTS; n++) {
            DocSpacePhotos.connect(settingsNumber(n));
        }
        assertFalse("dropped from the cache but still answering", first.isClosed());
        slow.get(10, TimeUnit.SECONDS);
        assertTrue(first.isClosed());
    }

    @Test
    public void clearingTheCacheClosesEveryClient() {
        DocSpacePhotos photos = DocSpacePhotos.connect(settingsNumber(1));
        photos.get(user.id());
        assertFalse(photos.isClosed());
        DocSpacePhotos.clearCache();
        assertTrue(photos.isClosed());
    }
}
