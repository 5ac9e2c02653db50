package io.github.docspacephoto.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults injected per route. A route is an HTTP method and a path pattern in which {@code {userid}} stands for one
 * path segment, e.g. {@code ("GET", "/api/2.0/people/{userid}/photo")}.
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

    Optional<Fault> take(String method, String path) {
        for (Rule rule : rules) {
            if (rule.method.equalsIgnoreCase(method) && rule.path.matcher(path).matches() && rule.take()) {
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private record Rule(String method, Pattern path, Fault fault, AtomicInteger remaining) {
        boolean take() {
            return remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0;
        }
    }
}
