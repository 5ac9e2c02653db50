package io.github.docspacephoto.emulator;

import java.util.List;
import java.util.Map;

/**
 * A request body ASP.NET Core's model binding refused before the action ran: the wrong media type (415) or a body
 * that does not bind (400 with the validation errors by field), NOTES.md §3.3.
 */
final class BindingFailure extends RuntimeException {

    private final Map<String, List<String>> errors;

    private BindingFailure(Map<String, List<String>> errors) {
        super(null, null, false, false);
        this.errors = errors;
    }

    static BindingFailure unsupportedMediaType() {
        return new BindingFailure(Map.of());
    }

    static BindingFailure invalid(Map<String, List<String>> errors) {
        return new BindingFailure(errors);
    }

    boolean isUnsupportedMediaType() {
        return errors.isEmpty();
    }

    Map<String, List<String>> errors() {
        return errors;
    }
}
