package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.image.PhotoPreparer;
import io.github.docspacephoto.client.image.PreparedPhoto;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Runs in a fresh JVM: turns one image into a JPEG that fits 1280 x 1280, with the client's preparation or with
 * Thumbnailator, {@code warmUps} times unmeasured and {@code runs} times measured, each writing a file. Prints the
 * median wall time, the highest peak heap (the sum of the heap pools' peaks, after a GC, an upper bound) and the
 * output's size, or {@code OutOfMemoryError} when the heap was too small. An optional fifth argument keeps the
 * last output there.
 */
public final class PrepareProbe {

    static final String PREPARE = "prepare";
    static final String THUMBNAILATOR = "thumbnailator";
    /** The quality preparation starts from, so that both write the same JPEG. */
    private static final float QUALITY = 0.92f;
    private static final long LIMIT = 5L * 1024 * 1024;

    private PrepareProbe() {
    }

    public static void main(String[] args) throws Exception {
        String tool = args[0];
        Path source = Path.of(args[1]);
        int warmUps = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path keep = args.length > 4 ? Path.of(args[4]) : null;
        Path out = Files.createTempFile("thumbnailator-", ".jpg");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long[] nanos = new long[runs];
        long peak = 0;
        String size = "";
        try {
            for (int i = 0; i < warmUps + runs; i++) {
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                size = THUMBNAILATOR.equals(tool) ? thumbnailator(source, out) : prepare(source, out);
                long elapsed = System.nanoTime() - start;
                if (i >= warmUps) {
                    nanos[i - warmUps] = elapsed;
                    peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
                }
            }
            if (THUMBNAILATOR.equals(tool)) {
                size = sizeOf(out);
            }
            if (keep != null) {
                Files.copy(out, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception | OutOfMemoryError e) {
            // The JDK's PNG reader wraps an OutOfMemoryError in an IIOException
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError) {
                    System.out.println("OutOfMemoryError");
                    return;
                }
            }
            throw e;
        } finally {
            Files.deleteIfExists(out);
        }
        Arrays.sort(nanos);
        System.out.println(nanos[runs / 2] + " " + peak + " " + size);
    }

    /** Also copies the result to {@code out}, as Thumbnailator writes its own there. */
    private static String prepare(Path source, Path out) throws java.io.IOException {
        try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
            Files.copy(prepared.path(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return prepared.width() + "x" + prepared.height();
        }
    }

    private static String thumbnailator(Path source, Path out) throws Exception {
        Thumbnails.of(source.toFile()).size(PhotoPreparer.MAX_SIDE, PhotoPreparer.MAX_SIDE)
                .outputFormat("jpg").outputQuality(QUALITY).toFile(out.toFile());
        return "";
    }

    private static String sizeOf(Path jpeg) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getWidth(0) + "x" + reader.getHeight(0);
        }
    }
}
