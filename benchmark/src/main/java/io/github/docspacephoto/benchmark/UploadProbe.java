package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.DocSpacePhotos;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs in a fresh JVM with a small heap: uploads one file through the client and prints the peak heap it took,
 * as the sum of each heap pool's peak (an upper bound: the pools need not peak together).
 */
public final class UploadProbe {

    private UploadProbe() {
    }

    public static void main(String[] args) {
        BenchmarkTarget target = BenchmarkTarget.fromArgs(args, 1);
        Path file = Path.of(args[0]);
        DocSpacePhotos client = DocSpacePhotos.connect(ClientSettings.forTarget(target));

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        client.upload(target.userId(), file, true);
        long elapsed = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println(peak + " " + elapsed);
    }
}
