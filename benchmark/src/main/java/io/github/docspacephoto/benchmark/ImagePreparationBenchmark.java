package io.github.docspacephoto.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The client's image preparation against Thumbnailator making the same 1280 x 1280-bounded JPEG from the same
 * generated images, each in fresh child JVMs: time and peak heap with a roomy heap, then whether each finishes at
 * {@code -Xmx64m}.
 */
final class ImagePreparationBenchmark {

    private static final String SMALL_HEAP = "-Xmx64m";
    private static final String ROOMY_HEAP = "-Xmx1g";
    private static final double MIB = 1024 * 1024;

    private record Source(String label, Path file) {
    }

    /** One child's answer: median nanoseconds, peak heap bytes, output size; or why it did not finish. */
    private record Outcome(long nanos, long peakBytes, String size, String failure) {

        boolean finished() {
            return failure == null;
        }

        String summary() {
            return finished() ? String.format("ok, %.1f MiB, %.0f ms", peakBytes / MIB, nanos / 1e6) : failure;
        }
    }

    private final boolean quick;
    private final Table table = new Table("prepare", "Thumbnailator", "ratio");

    ImagePreparationBenchmark(boolean quick) {
        this.quick = quick;
    }

    Table run(Path work) throws IOException, InterruptedException {
        System.err.println("Generating the test images...");
        List<Source> sources = List.of(
                new Source("12 MP JPEG", SyntheticPhotos.jpeg(work.resolve("photo-12mp.jpg"), 4000, 3000)),
                new Source("48 MP JPEG", SyntheticPhotos.jpeg(work.resolve("photo-48mp.jpg"), 8000, 6000)),
                new Source("24 MP PNG", SyntheticPhotos.png(work.resolve("picture-24mp.png"), 6000, 4000)));
        try {
            for (Source source : sources) {
                compare(source);
            }
        } finally {
            for (Source source : sources) {
                Files.deleteIfExists(source.file());
            }
        }
        return table;
    }

    private void compare(Source source) throws IOException, InterruptedException {
        String label = String.format("%s (%.1f MB)", source.label(), Files.size(source.file()) / 1e6);
        System.err.println("Preparing " + label + "...");
        Path prepared = source.file().resolveSibling("prepared.jpg");
        Path thumbnail = source.file().resolveSibling("thumbnailator.jpg");
        Outcome prepare = probe(PrepareProbe.PREPARE, source, ROOMY_HEAP, prepared);
        Outcome thumbnailator = probe(PrepareProbe.THUMBNAILATOR, source, ROOMY_HEAP, thumbnail);
        String sizes = prepare.size().equals(thumbnailator.size()) ? " -> " + prepare.size()
                : " -> " + prepare.size() + " / " + thumbnailator.size();
        if (prepare.finished() && thumbnailator.finished()) {
            double time = (double) prepare.nanos() / thumbnailator.nanos();
            double heap = (double) prepare.peakBytes() / thumbnailator.peakBytes();
            table.row(label + sizes + ", time at " + ROOMY_HEAP, millis(prepare), millis(thumbnailator),
                    ratio(time), "<= 1.0x", time <= 1.0);
            table.row(label + ", peak heap at " + ROOMY_HEAP, mib(prepare), mib(thumbnailator), ratio(heap),
                    "<= 0.5x", heap <= 0.5);
            Fidelity fidelity = new Fidelity(source.file());
            table.row(label + ", PSNR to a full-size area average", decibels(fidelity.psnr(prepared)),
                    decibels(fidelity.psnr(thumbnail)), "", "", null);
        } else {
            table.row(label + ", at " + ROOMY_HEAP, prepare.summary(), thumbnailator.summary(), "", "", null);
        }
        Files.deleteIfExists(prepared);
        Files.deleteIfExists(thumbnail);
        Outcome smallPrepare = probe(PrepareProbe.PREPARE, source, SMALL_HEAP, null);
        Outcome smallThumbnailator = probe(PrepareProbe.THUMBNAILATOR, source, SMALL_HEAP, null);
        table.row(label + ", at " + SMALL_HEAP, smallPrepare.summary(), smallThumbnailator.summary(), "",
                "prepare finishes", smallPrepare.finished());
    }

    private Outcome probe(String tool, Source source, String heap, Path keep) throws InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of(tool, source.file().toString(), quick ? "1" : "2",
                quick ? "3" : "5"));
        if (keep != null) {
            args.add(keep.toString());
        }
        try {
            String answer = ChildJvm.run(List.of(heap), PrepareProbe.class, args).line();
            if (answer.equals("OutOfMemoryError")) {
                return new Outcome(0, 0, "", "OutOfMemoryError");
            }
            String[] parts = answer.split(" ");
            return new Outcome(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2], null);
        } catch (IOException failed) {
            System.err.println(tool + " " + source.label() + " at " + heap + ": " + failed.getMessage());
            return new Outcome(0, 0, "", "FAILED");
        }
    }

    private static String millis(Outcome outcome) {
        return String.format("%.0f ms", outcome.nanos() / 1e6);
    }

    private static String mib(Outcome outcome) {
        return String.format("%.1f MiB", outcome.peakBytes() / MIB);
    }

    private static String decibels(double psnr) {
        return String.format("%.1f dB", psnr);
    }

    private static String ratio(double ratio) {
        return String.format("%.2fx", ratio);
    }
}
