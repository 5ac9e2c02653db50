package io.github.docspacephoto.emulator;

/** DocSpace user types that decide who may view whose photo (NOTES.md §5.3). */
public enum Role {
    DOCSPACE_ADMIN("DocSpaceAdmin"),
    ROOM_ADMIN("RoomAdmin"),
    USER("User"),
    GUEST("Guest");

    private final String docSpaceName;

    Role(String docSpaceName) {
        this.docSpaceName = docSpaceName;
    }

    /** The name DocSpace uses for this user type. */
    public String docSpaceName() {
        return docSpaceName;
    }
}
