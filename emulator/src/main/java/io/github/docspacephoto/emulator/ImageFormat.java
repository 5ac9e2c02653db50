package io.github.docspacephoto.emulator;

import java.util.Optional;

/** The two formats the upload endpoint accepts, recognised by content, never by name (NOTES.md §6). */
enum ImageFormat {
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String extension;
    private final byte[] magic;

    ImageFormat(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    String extension() {
        return extension;
    }

    /** ImageIO's writer name. */
    String writerName() {
        return this == PNG ? "png" : "jpg";
    }

    static Optional<ImageFormat> of(byte[] content) {
        for (ImageFormat format : values()) {
            if (startsWith(content, format.magic)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
