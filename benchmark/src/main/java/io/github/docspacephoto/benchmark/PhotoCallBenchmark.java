package io.github.docspacephoto.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call per invocation, each stack doing the same request against the same emulator. The mode and the number of
 * threads come from {@link BenchmarkMain}: per-call time on one thread, throughput on 16.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhotoCallBenchmark {

    static final long UPLOAD_BYTES = 1024 * 1024;

    @Param({"client", "apache", "jdk"})
    public String stack;

    private PhotoStack calls;
    private Path upload;

    @Setup
    public void connect() throws Exception {
        calls = PhotoStack.create(stack, BenchmarkTarget.fromSystemProperties());
        upload = PngFiles.write(Files.createTempFile("docspace-benchmark-upload", ".png"), UPLOAD_BYTES);
    }

    @TearDown
    public void close() throws Exception {
        calls.close();
        Files.deleteIfExists(upload);
    }

    @Benchmark
    public Object get() throws Exception {
        return calls.get();
    }

    @Benchmark
    public Object thumbnails() throws Exception {
        return calls.thumbnails();
    }

    @Benchmark
    public Object upload() throws Exception {
        return calls.upload(upload);
    }
}
