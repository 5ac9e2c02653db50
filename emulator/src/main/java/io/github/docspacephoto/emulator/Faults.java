package io.github.docspacephoto.emulator;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults injected per route. A route is an HTTP method and a path pattern in which {@code {userid}} stands for one
 * path segment, e.g. {@code ("GET", "/api/2.0/people/{userid}/photo")}. The first rule that matches and has turns
 * left decides the answer.
 */
public final class Faults {

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Apply {@code fault} to the next {@code times} matching requests; -1 for all of them. */
    public Faults add(String method, String pathPattern, Fault fault, int times) {
        String regex = Pattern.quote(pathPattern).replace("{userid}", "\\E[^/]+\\Q");
        rules.add(new Rule(method, Pattern.compile(regex), fault, new AtomicInteger(times)));
        return this;
    }

    public void clear() {
        rules.clear();
    }

    /** The fault for this request, using up one of its turns. */
    Optional<Fault> take(String method, String path) {
        for (Rule rule : rules) {
            if (rule.method.equalsIgnoreCase(method) && rule.path.matcher(path).matches() && rule.take()) {
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    /** The answer of a fault that answers (not a delay or a reset). */
    static Reply reply(Fault fault, HttpServletRequest request) {
        if (fault instanceof Fault.EchoCredentials echo) {
            return errorReply(echo.code(), "Invalid credentials: Authorization=" + request.getHeader("Authorization")
                    + "; Cookie=" + request.getHeader("Cookie"));
        }
        if (fault instanceof Fault.Status status) {
            return errorReply(status.code(), status.code() >= 500 ? "Service temporarily unavailable" : "Fault injected");
        }
        if (fault instanceof Fault.TooManyRequests tooMany) {
            return Reply.empty(429)
                    .withHeader("Retry-After", Integer.toString(tooMany.retryAfterSeconds()))
                    .withHeader("X-RateLimit-Limit", "1500")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset",
                            Long.toString(Instant.now().getEpochSecond() + tooMany.retryAfterSeconds()));
        }
        if (fault instanceof Fault.Answer answer) {
            return Reply.text(answer.status(), answer.contentType(), answer.body());
        }
        if (fault instanceof Fault.MalformedJson) {
            return Reply.text(200, "application/json; charset=utf-8", "{\"response\":{\"original\":\"/storage/userPh");
        }
        if (fault instanceof Fault.HtmlErrorPage) {
            return Reply.text(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        }
        throw new IllegalArgumentException(fault + " does not answer");
    }

    private static Reply errorReply(int code, String message) {
        return Reply.json(code, JsonBodies.JSON.createObjectBuilder()
                .add("status", 1)
                .add("statusCode", code)
                .add("error", JsonBodies.JSON.createObjectBuilder().add("message", message).add("hresult", 0))
                .build());
    }

    private record Rule(String method, Pattern path, Fault fault, AtomicInteger remaining) {
        boolean take() {
            return remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0;
        }
    }
}
