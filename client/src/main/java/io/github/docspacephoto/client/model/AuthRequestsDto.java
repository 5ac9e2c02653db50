package io.github.docspacephoto.client.model;

/** The parts of the login body this client sends: a user name (or e-mail) and a password. */
public record AuthRequestsDto(String userName, String password) {

    @Override
    public String toString() {
        return "AuthRequestsDto[userName=" + userName + "]";
    }
}
