package io.github.docspacephoto.emulator;

/** The authentication pipeline's refusals: a bare status with an empty body (NOTES.md §3.4). */
final class AuthRefusal extends RuntimeException {

    private final int status;

    private AuthRefusal(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    /** No or unknown credentials: ASP.NET Core's default challenge. */
    static AuthRefusal unauthenticated() {
        return new AuthRefusal(401);
    }

    /** An API key without the scope the route needs. */
    static AuthRefusal missingScope() {
        return new AuthRefusal(403);
    }

    int status() {
        return status;
    }
}
