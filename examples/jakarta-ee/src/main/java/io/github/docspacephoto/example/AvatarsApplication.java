package io.github.docspacephoto.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the avatar resources under {@code /api}; the server finds them and the error mapper by scanning. */
@ApplicationPath("api")
public class AvatarsApplication extends Application {
}
