package io.github.docspacephoto.emulator;

/** The authentication pipeline's refusals: a status with an empty body (NOTES.md §3.4). */
final class Unauthorized extends RuntimeException {

    private final int status;
    private final boolean basicChallenge;

    private Unauthorized(int status, boolean basicChallenge) {
        super(null, null, false, false);
        this.status = status;
        this.basicChallenge = basicChallenge;
    }

    static Unauthorized unauthenticated(boolean basicChallenge) {
        return new Unauthorized(401, basicChallenge);
    }

    static Unauthorized missingScope() {
        return new Unauthorized(403, false);
    }

    int status() {
        return status;
    }

    boolean basicChallenge() {
        return basicChallenge;
    }
}
