package io.github.docspacephoto.example.server;

import java.net.URI;

/** A started server and the URI of the deployed application's context root, ending in a slash. */
public record RunningServer(ServerProcess process, URI application) implements AutoCloseable {

    @Override
    public void close() {
        process.close();
    }
}
