package io.github.docspacephoto.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The portal's users, seeded at start, and who may see whom. */
final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<SeededUser> all;
    /** Guests a room admin invited: the only guests that room admin may view (NOTES.md §5.3). */
    private final Map<String, Set<String>> invitedGuests;

    private Users(List<SeededUser> all, Map<String, Set<String>> invitedGuests) {
        this.all = all;
        this.invitedGuests = invitedGuests;
    }

    static Users seed() {
        SeededUser admin = create("admin", "Administrator", Role.DOCSPACE_ADMIN, false);
        SeededUser roomAdmin = create("roomadmin", "RoomAdmin", Role.ROOM_ADMIN, false);
        SeededUser user = create("user", "User", Role.USER, false);
        SeededUser guest = create("guest", "Guest", Role.GUEST, false);
        SeededUser outsider = create("outsider", "Outsider", Role.GUEST, false);
        SeededUser tfa = create("tfa", "TwoFactor", Role.USER, true);
        return new Users(List.of(admin, roomAdmin, user, guest, outsider, tfa),
                Map.of(roomAdmin.id(), Set.of(guest.id())));
    }

    private static SeededUser create(String userName, String password, Role role, boolean twoFactor) {
        return new SeededUser(UUID.randomUUID().toString(), userName, userName + "@docspace.test",
                password + "-" + secret(4), role, secret(32), "sk-" + secret(24), "sk-" + secret(24), twoFactor);
    }

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
        Optional<UUID> guid = parseGuid(userId);
        if (guid.isPresent()) {
            String id = guid.get().toString();
            return all.stream().filter(u -> u.id().equals(id)).findFirst();
        }
        return byUserName(userId);
    }

    Optional<SeededUser> byUserName(String userName) {
        return all.stream().filter(u -> u.userName().equalsIgnoreCase(userName)).findFirst();
    }

    /** Login accepts a user name or an e-mail. */
    Optional<SeededUser> byLogin(String login) {
        return all.stream()
                .filter(u -> u.userName().equalsIgnoreCase(login) || u.email().equalsIgnoreCase(login))
                .findFirst();
    }

    Optional<SeededUser> byEmail(String email) {
        return all.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    boolean mayView(SeededUser viewer, SeededUser target) {
        if (viewer.id().equals(target.id()) || viewer.role() == Role.DOCSPACE_ADMIN) {
            return true;
        }
        if (viewer.role() == Role.USER || viewer.role() == Role.GUEST) {
            return false;
        }
        return target.role() != Role.GUEST || invitedGuests.getOrDefault(viewer.id(), Set.of()).contains(target.id());
    }

    /** .NET's Guid parser accepts the "D", "N", "B" and "P" forms. */
    private static Optional<UUID> parseGuid(String value) {
        String hex = value.trim().toLowerCase(Locale.ROOT);
        if ((hex.startsWith("{") && hex.endsWith("}")) || (hex.startsWith("(") && hex.endsWith(")"))) {
            hex = hex.substring(1, hex.length() - 1);
        }
        if (hex.matches("[0-9a-f]{32}")) {
            hex = hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
        }
        if (!hex.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(hex));
    }
}
