package io.github.docspacephoto.emulator;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Drops what is left of a refused request body, up to a bound, before the answer goes out: a connection closed with
 * bytes still unread is reset, and a client still sending would lose the answer with it.
 */
final class UnreadBody {

    private UnreadBody() {
    }

    static void discard(HttpServletRequest request, long upTo) {
        try {
            request.getInputStream().skip(upTo);
        } catch (IOException | RuntimeException gone) {
            // the client left or sends too slowly: there is no answer to save
        }
    }
}
