package io.github.docspacephoto.benchmark;

import java.nio.file.Path;

/**
 * One way of calling DocSpace that the benchmark measures: the client, or a baseline written by hand. Each call
 * returns what it parsed, so that the work cannot be optimised away; all are safe to share between threads.
 */
interface PhotoStack extends AutoCloseable {

    /** The stacks, by the name the benchmark's {@code stack} parameter and the table use. */
    static PhotoStack create(String name, BenchmarkTarget target) {
        return switch (name) {
            case "client" -> new ClientStack(target);
            case "apache" -> new RawApacheClient(target);
            case "jdk" -> new RawPhotoClient(target);
            default -> throw new IllegalArgumentException("unknown stack " + name);
        };
    }

    /** GET photo: the photo's URLs. */
    Object get() throws Exception;

    /** POST photo/thumbnails with a 200 x 200 crop at the origin. */
    Object thumbnails() throws Exception;

    /** POST photo, multipart, with {@code Autosave=false}: the temporary file's URL. */
    Object upload(Path file) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
