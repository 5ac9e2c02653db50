package io.github.docspacephoto.client.error;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the current credentials' secrets (tokens, API keys, passwords, Basic header values) in text that came
 * from a server or a proxy, which may repeat the request's {@code Authorization} header in an error message.
 */
public final class SecretMask {

    static final String MASK = "****";

    private final List<String> secrets;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Blank values are ignored; longer secrets are replaced first, so that one containing another goes whole. */
    public static SecretMask of(Collection<String> secrets) {
        return new SecretMask(secrets.stream()
                .filter(Objects::nonNull)
                .filter(secret -> !secret.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** Masks the exception's message (and any server message it keeps) in place, and returns it. */
    public <E extends DocSpaceException> E applyTo(E exception) {
        exception.mask(this);
        return exception;
    }
}
