package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.DocSpacePhotos;
import java.nio.file.Path;

/** The client under test, as an application uses it. */
final class ClientStack implements PhotoStack {

    static final CropRectangle CROP = new CropRectangle(0, 0, 200, 200);

    private final BenchmarkTarget target;
    private final DocSpacePhotos client;

    ClientStack(BenchmarkTarget target) {
        this.target = target;
        this.client = DocSpacePhotos.connect(ClientSettings.forTarget(target));
    }

    @Override
    public Object get() {
        return client.get(target.userId());
    }

    @Override
    public Object thumbnails() {
        return client.thumbnails(target.userId(), CROP, null);
    }

    @Override
    public Object upload(Path file) {
        return client.upload(target.userId(), file, false);
    }
}
