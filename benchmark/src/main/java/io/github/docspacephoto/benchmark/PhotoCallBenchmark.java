package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One call per invocation, the client and the raw JDK baseline doing the same request against the same emulator. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhotoCallBenchmark {

    private static final CropRectangle CROP = new CropRectangle(0, 0, 200, 200);

    private BenchmarkTarget target;
    private DocSpacePhotos client;
    private RawPhotoClient raw;

    @Setup
    public void connect() {
        target = BenchmarkTarget.fromSystemProperties();
        client = DocSpacePhotos.connect(ClientSettings.forTarget(target));
        raw = new RawPhotoClient(target);
    }

    @Benchmark
    public PhotoResult clientGet() {
        return client.get(target.userId());
    }

    @Benchmark
    public ThumbnailsDataDto rawGet() throws Exception {
        return raw.get();
    }

    @Benchmark
    public PhotoResult clientThumbnails() {
        return client.thumbnails(target.userId(), CROP, null);
    }

    @Benchmark
    public ThumbnailsDataDto rawThumbnails() throws Exception {
        return raw.thumbnails(CROP.x(), CROP.y(), CROP.width(), CROP.height());
    }
}
