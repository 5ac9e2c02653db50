package io.github.docspacephoto.emulator;

import jakarta.json.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * POST /api/2.0/authentication with a user name or e-mail and a password ({@code AuthenticateMe}, NOTES.md §4.3).
 * An unknown user fails like a wrong password: {@code GetUsersByPasswordHashAsync} finds nobody and the brute-force
 * check throws {@code AuthenticationException} (DocSpace-server {@code BruteForceLoginManager.AttemptAsync}).
 */
final class LoginEndpoint {

    private static final DateTimeFormatter ROUND_TRIP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'");

    private final Users users;
    private final Authenticator authenticator;

    LoginEndpoint(Users users, Authenticator authenticator) {
        this.users = users;
        this.authenticator = authenticator;
    }

    /** The {@code AuthenticationTokenDto}; with two-factor login on, no token but where to confirm. */
    JsonObject login(RequestBodies.Login body, String portalUrl) {
        SeededUser user = Optional.ofNullable(body.userName())
                .flatMap(users::byLogin)
                .filter(candidate -> candidate.password().equals(body.password()))
                .orElseThrow(() -> new DocSpaceException(DotNetError.AUTHENTICATION, "User authentication failed"));
        if (user.twoFactor()) {
            return JsonBodies.JSON.createObjectBuilder()
                    .add("sms", false)
                    .add("tfa", true)
                    .add("confirmUrl", portalUrl + "/confirm/TfaAuth?type=TfaAuth&key=" + Users.secret(16)
                            + "&uid=" + user.id())
                    .build();
        }
        String token = authenticator.issueToken(user);
        return JsonBodies.JSON.createObjectBuilder()
                .add("token", token)
                .add("expires", authenticator.expiryOf(token).atOffset(ZoneOffset.UTC).format(ROUND_TRIP))
                .add("sms", false)
                .add("tfa", false)
                .build();
    }
}
