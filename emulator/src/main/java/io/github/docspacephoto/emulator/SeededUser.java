package io.github.docspacephoto.emulator;

/**
 * A user the emulator creates at start, with everything needed to call it as that user.
 * {@link #toString()} leaves the secrets out.
 */
public record SeededUser(String id, String userName, String email, String password, Role role, String token,
                         String apiKeyWrite, String apiKeyRead, boolean twoFactor) {

    @Override
    public String toString() {
        return "SeededUser[" + userName + ", " + role.docSpaceName() + ", id " + id + "]";
    }
}
