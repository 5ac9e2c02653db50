package io.github.docspacephoto.client.model;

/** The login's answer: a token, or, for two-factor accounts, no token but {@code tfa} or {@code sms}. */
public record AuthenticationTokenDto(String token, String expires, Boolean sms, Boolean tfa, String confirmUrl) {

    @Override
    public String toString() {
        return "AuthenticationTokenDto[expires=" + expires + ", sms=" + sms + ", tfa=" + tfa + "]";
    }
}
