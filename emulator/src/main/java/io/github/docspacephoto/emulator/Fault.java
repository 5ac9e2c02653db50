package io.github.docspacephoto.emulator;

import java.time.Duration;

/** Something going wrong on a route, as tests need it: slowness, overload, broken answers, dropped connections. */
public sealed interface Fault {

    /** Answer normally, but only after this delay. */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /** Answer with this status and DocSpace's error body, e.g. 500, 502, 503, 504. */
    static Fault status(int code) {
        return new Status(code);
    }

    /** 429 with Retry-After and the X-RateLimit headers, as DocSpace's rate limiter answers. */
    static Fault tooManyRequests(int retryAfterSeconds) {
        return new TooManyRequests(retryAfterSeconds);
    }

    /** Reset the connection (TCP RST) without answering. */
    static Fault connectionReset() {
        return new ConnectionReset();
    }

    /** Do what the request asks, then reset the connection: the change is made but its answer is lost. */
    static Fault applyThenReset() {
        return new ApplyThenReset();
    }

    /** Do what the request asks, then wait this long before answering: a client's read timeout fires first. */
    static Fault applyThenDelay(Duration delay) {
        return new ApplyThenDelay(delay);
    }

    /**
     * Answer with this status and an error message that repeats the request's credentials (the Authorization
     * header and the asc_auth_key cookie), as a careless server or proxy might.
     */
    static Fault echoCredentials(int code) {
        return new EchoCredentials(code);
    }

    /** 200 with a JSON content type and a body cut off in the middle. */
    static Fault malformedJson() {
        return new MalformedJson();
    }

    /** 502 with a reverse proxy's HTML page instead of JSON. */
    static Fault htmlErrorPage() {
        return new HtmlErrorPage();
    }

    /**
     * Answer with this status, content type and body instead of what the route would answer: a single sign-on
     * login page with 200, a JSON error where an image belongs, text labelled as an image.
     */
    static Fault answer(int status, String contentType, String body) {
        return new Answer(status, contentType, body);
    }

    /**
     * Answer normally, announcing the whole body's length, but send only its first {@code bytes} bytes, then reset
     * the connection: an answer cut off mid-body.
     */
    static Fault truncateAfter(int bytes) {
        return new TruncateAfter(bytes);
    }

    record Answer(int status, String contentType, String body) implements Fault {
    }

    record TruncateAfter(int bytes) implements Fault {
    }

    record Delay(Duration delay) implements Fault {
    }

    record Status(int code) implements Fault {
    }

    record TooManyRequests(int retryAfterSeconds) implements Fault {
    }

    record ConnectionReset() implements Fault {
    }

    record ApplyThenReset() implements Fault {
    }

    record ApplyThenDelay(Duration delay) implements Fault {
    }

    record EchoCredentials(int code) implements Fault {
    }

    record MalformedJson() implements Fault {
    }

    record HtmlErrorPage() implements Fault {
    }
}
