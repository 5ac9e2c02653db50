package io.github.docspacephoto.benchmark;

import java.net.URI;
import java.util.List;

/** Where the measured calls go: an emulator's base URI, a user and that user's token, passed to forked JVMs. */
record BenchmarkTarget(URI server, String userId, String token) {

    private static final String SERVER = "benchmark.server";
    private static final String USER = "benchmark.user";
    private static final String TOKEN = "benchmark.token";

    static BenchmarkTarget fromSystemProperties() {
        return new BenchmarkTarget(URI.create(System.getProperty(SERVER)), System.getProperty(USER),
                System.getProperty(TOKEN));
    }

    static BenchmarkTarget fromArgs(String[] args, int offset) {
        return new BenchmarkTarget(URI.create(args[offset]), args[offset + 1], args[offset + 2]);
    }

    List<String> asSystemProperties() {
        return List.of("-D" + SERVER + "=" + server, "-D" + USER + "=" + userId, "-D" + TOKEN + "=" + token);
    }

    List<String> asArgs() {
        return List.of(server.toString(), userId, token);
    }
}
