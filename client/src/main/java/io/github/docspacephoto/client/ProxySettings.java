package io.github.docspacephoto.client;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.util.List;

/**
 * A forward HTTP proxy to reach DocSpace through, with optional Basic credentials. {@link #toString()} never shows
 * the password.
 */
public record ProxySettings(String host, int port, String userName, String password) {

    public ProxySettings {
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("proxy host", null, "is missing");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("proxy port", port, "must be from 1 to 65535");
        }
        if (userName != null && userName.isBlank()) {
            userName = null;
        }
        if (userName == null) {
            password = null;
        }
    }

    public static ProxySettings of(String host, int port) {
        return new ProxySettings(host, port, null, null);
    }

    public boolean hasCredentials() {
        return userName != null;
    }

    List<String> secrets() {
        return password == null || password.isEmpty() ? List.of() : List.of(password);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (userName == null ? "" : ", user " + userName + " (password ****)")
                + "]";
    }
}
