package io.github.docspacephoto.client.error;

/** The login succeeded but the account needs a second factor, so no token was issued. */
public class TwoFactorRequiredException extends DocSpaceException {

    public TwoFactorRequiredException(String userName) {
        super("user '" + userName + "' has two-factor authentication on, so logging in with a password gives no"
                + " token; use a personal access token or an API key (sk-...) instead");
    }
}
