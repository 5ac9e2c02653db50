package io.github.docspacephoto.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The portal's users, seeded at start, and who may see whose photo.
 * Ids are derived from the user names, so photos kept in a data directory still belong to them after a restart;
 * passwords, tokens and API keys are new random secrets on every start.
 */
final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern DASHED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final List<SeededUser> all;
    /** DocSpace's user relations, simplified: the guests each room admin invited (NOTES.md §5.3). */
    private final Map<String, Set<String>> invitedGuests;

    private Users(List<SeededUser> all, Map<String, Set<String>> invitedGuests) {
        this.all = all;
        this.invitedGuests = invitedGuests;
    }

    /**
     * admin (DocSpaceAdmin), roomadmin (RoomAdmin), user (User), guest (a Guest roomadmin invited),
     * outsider (a Guest nobody invited) and tfa (a User with two-factor login on).
     */
    static Users seed() {
        SeededUser admin = create("admin", Role.DOCSPACE_ADMIN, false);
        SeededUser roomAdmin = create("roomadmin", Role.ROOM_ADMIN, false);
        SeededUser user = create("user", Role.USER, false);
        SeededUser guest = create("guest", Role.GUEST, false);
        SeededUser outsider = create("outsider", Role.GUEST, false);
        SeededUser tfa = create("tfa", Role.USER, true);
        return new Users(List.of(admin, roomAdmin, user, guest, outsider, tfa),
                Map.of(roomAdmin.id(), Set.of(guest.id())));
    }

    private static SeededUser create(String userName, Role role, boolean twoFactor) {
        String id = UUID.nameUUIDFromBytes(("docspace-emulator/" + userName).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new SeededUser(id, userName, userName + "@docspace.test", secret(8), role, secret(32),
                "sk-" + secret(24), "sk-" + secret(24), twoFactor);
    }

    /** A random secret of {@code bytes} bytes, in hex. */
    static String secret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    List<SeededUser> all() {
        return all;
    }

    /** {@code userid} as DocSpace reads it: a GUID if it parses as one, otherwise a user name (NOTES.md §5.0). */
    Optional<SeededUser> resolve(String userId) {
        Optional<String> guid = parseGuid(userId);
        if (guid.isPresent()) {
            return all.stream().filter(u -> u.id().equals(guid.get())).findFirst();
        }
        return byUserName(userId);
    }

    Optional<SeededUser> byUserName(String userName) {
        return all.stream().filter(u -> u.userName().equalsIgnoreCase(userName)).findFirst();
    }

    Optional<SeededUser> byEmail(String email) {
        return all.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    /**
     * The {@code userName} of a login. The server matches an id or the e-mail only (DocSpace-server
     * {@code DbUserService.GetUserByPasswordHashAsync}); the emulator also takes the user name, as the spec
     * describes the field. The e-mail is what works on a real portal.
     */
    Optional<SeededUser> byLogin(String login) {
        Optional<String> guid = parseGuid(login);
        if (guid.isPresent()) {
            return all.stream().filter(u -> u.id().equals(guid.get())).findFirst();
        }
        return byEmail(login).or(() -> byUserName(login));
    }

    /** {@code CanUserViewAnotherUserAsync} (NOTES.md §5.3). */
    boolean mayView(SeededUser viewer, SeededUser target) {
        if (viewer.id().equals(target.id()) || viewer.role() == Role.DOCSPACE_ADMIN) {
            return true;
        }
        if (viewer.role() == Role.USER || viewer.role() == Role.GUEST) {
            return false;
        }
        return target.role() != Role.GUEST || invitedGuests.getOrDefault(viewer.id(), Set.of()).contains(target.id());
    }

    /** .NET's {@code new Guid(string)} takes the "N", "D", "B" and "P" forms, in either case. */
    private static Optional<String> parseGuid(String value) {
        String hex = value.trim().toLowerCase(Locale.ROOT);
        if (HEX32.matcher(hex).matches()) {
            return Optional.of(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        }
        if ((hex.startsWith("{") && hex.endsWith("}")) || (hex.startsWith("(") && hex.endsWith(")"))) {
            hex = hex.substring(1, hex.length() - 1);
        }
        return DASHED.matcher(hex).matches() ? Optional.of(hex) : Optional.empty();
    }
}
