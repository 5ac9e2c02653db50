package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a long benchmark from measuring the emulator's bookkeeping: every second it forgets the requests the
 * emulator logged (a copy-on-write list made for tests, whose every append copies it all) and deletes the temporary
 * uploads (a megabyte each) in its data directory.
 */
final class EmulatorHousekeeping implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "emulator-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    EmulatorHousekeeping(DocSpaceEmulator emulator, Path dataDirectory) {
        Path temporaryUploads = dataDirectory.resolve("userPhotos").resolve("temp");
        timer.scheduleWithFixedDelay(() -> {
            emulator.requestLog().clear();
            deleteFilesIn(temporaryUploads);
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** A file that cannot be deleted now is tried again a second later. */
    private static void deleteFilesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().startsWith(".")) { // not one the emulator is still writing
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException notNow) {
            // next time
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
