package io.github.docspacephoto.emulator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Photos on disk, laid out and named as DocSpace's default disk storage does (NOTES.md §6):
 * {@code /storage/userPhotos/root/{id}_orig_{w}-{h}.{ext}}, {@code {id}_size_{s}-{s}.{ext}} and
 * {@code /storage/userPhotos/temp/{guid}.{ext}}. Users without a photo get the default avatars.
 */
final class PhotoStore {

    static final String ROOT_URL = "/storage/userPhotos/root/";
    static final String TEMP_URL = "/storage/userPhotos/temp/";
    static final String DEFAULTS_URL = "/static/images/";
    private static final Pattern ORIGINAL = Pattern.compile("([0-9a-f-]{36})_orig_(\\d+)-(\\d+)\\.(\\w+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Path temp;
    private final Map<String, Original> originals = new ConcurrentHashMap<>();
    private final Map<String, Integer> hashes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> defaults = new ConcurrentHashMap<>();

    /** A user's current original photo: enough to name every file of it. */
    private record Original(String format, int width, int height) {
    }

    /** A file as a storage URL serves it. */
    record StoredFile(String contentType, byte[] bytes) {
    }

    PhotoStore(Path dataDirectory) {
        root = dataDirectory.resolve("userPhotos").resolve("root");
        temp = dataDirectory.resolve("userPhotos").resolve("temp");
        try {
            Files.createDirectories(root);
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loadOriginals();
        for (int size : Images.THUMBNAIL_SIZES) {
            defaults.put(defaultName(size), Images.png(Images.defaultAvatar(size)));
        }
    }

    /** {@code ThumbnailsDataDto.Create}: the six URLs, each with the user's current {@code ?hash=}. */
    PhotoUrls urls(SeededUser user) {
        String hash = "?hash=" + hashes.computeIfAbsent(user.id(), id -> nextHash(-1));
        Original original = originals.get(user.id());
        String[] thumbnails = new String[Images.THUMBNAIL_SIZES.length];
        for (int i = 0; i < thumbnails.length; i++) {
            int size = Images.THUMBNAIL_SIZES[i];
            thumbnails[i] = (original == null ? DEFAULTS_URL + defaultName(size)
                    : ROOT_URL + thumbnailName(user, original, size)) + hash;
        }
        return new PhotoUrls(originalUrl(user) + hash, thumbnails[0], thumbnails[1], thumbnails[2], thumbnails[3],
                thumbnails[4]);
    }

    /** {@code GetPhotoAbsoluteWebPath}: the original's URL without hash; the 200x200 default for no photo. */
    String originalUrl(SeededUser user) {
        Original original = originals.get(user.id());
        return original == null ? DEFAULTS_URL + defaultName(200) : ROOT_URL + originalName(user, original);
    }

    /** {@code SaveOrUpdatePhoto}: the original fitted to 1280, thumbnails from its centred square. */
    synchronized void save(SeededUser user, DecodedImage image) {
        removeFiles(user);
        DecodedImage fitted = Images.fitOriginal(image);
        Original original = new Original(fitted.format(), fitted.width(), fitted.height());
        write(root.resolve(originalName(user, original)), fitted.bytes());
        writeThumbnails(user, original, fitted.pixels(), Crop.CENTRED_SQUARE);
        originals.put(user.id(), original);
    }

    /** {@code SaveThumbnails}: new thumbnails cut from the current original; nothing for a user without one. */
    synchronized void recrop(SeededUser user, Crop crop) {
        Original original = originals.get(user.id());
        if (original != null) {
            writeThumbnails(user, original, read(root.resolve(originalName(user, original))), crop);
        }
    }

    /** {@code RemovePhotoAsync}: deletes every {@code {userId}*.*} file. */
    synchronized void remove(SeededUser user) {
        removeFiles(user);
        originals.remove(user.id());
    }

    /** Every write updates the user record, whose LastModified gives the new hash (NOTES.md §6). */
    void touch(SeededUser user) {
        hashes.compute(user.id(), (id, old) -> nextHash(old == null ? -1 : old));
    }

    /** {@code SaveTempPhoto}: fitted to 1280 and kept under a new GUID; returns its URL. */
    String saveTemporary(DecodedImage image) {
        DecodedImage fitted = Images.fitOriginal(image);
        String name = UUID.randomUUID() + "." + fitted.format();
        write(temp.resolve(name), fitted.bytes());
        return TEMP_URL + name;
    }

    /** {@code GetTempPhotoData}; empty when there is no such temporary file. */
    Optional<byte[]> readTemporary(String fileName) {
        return readIn(temp, fileName);
    }

    /** {@code RemoveTempPhotoAsync}: deletes {@code {name without extension}*.*}. */
    void removeTemporary(String fileName) {
        int dot = fileName.lastIndexOf('.');
        deleteMatching(temp, (dot < 0 ? fileName : fileName.substring(0, dot)) + "*.*");
    }

    /** The file behind a storage or default-avatar URL path. */
    Optional<StoredFile> file(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Optional<byte[]> bytes;
        if (path.equals(DEFAULTS_URL + name)) {
            bytes = Optional.ofNullable(defaults.get(name));
        } else if (path.equals(ROOT_URL + name)) {
            bytes = readIn(root, name);
        } else if (path.equals(TEMP_URL + name)) {
            bytes = readIn(temp, name);
        } else {
            bytes = Optional.empty();
        }
        return bytes.map(content -> new StoredFile(contentType(name), content));
    }

    private void writeThumbnails(SeededUser user, Original original, BufferedImage pixels, Crop crop) {
        BufferedImage region = Images.region(pixels, crop);
        for (int size : Images.THUMBNAIL_SIZES) {
            write(root.resolve(thumbnailName(user, original, size)), Images.png(Images.resize(region, size, size)));
        }
    }

    /** DocSpace's LoadDiskCache: photos already in the data directory belong to their users again. */
    private void loadOriginals() {
        try (Stream<Path> files = Files.list(root)) {
            files.map(file -> ORIGINAL.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(m -> originals.put(m.group(1), new Original(m.group(4),
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nextHash(int previous) {
        int hash;
        do {
            hash = RANDOM.nextInt(Integer.MAX_VALUE);
        } while (hash == previous);
        return hash;
    }

    private void removeFiles(SeededUser user) {
        deleteMatching(root, user.id() + "*.*");
    }

    private static void deleteMatching(Path directory, String glob) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only plain names inside {@code directory}: "..", separators and the like find nothing. */
    private static Optional<byte[]> readIn(Path directory, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (NoSuchFileException removedMeanwhile) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String originalName(SeededUser user, Original original) {
        return user.id() + "_orig_" + original.width() + "-" + original.height() + "." + original.format();
    }

    private static String thumbnailName(SeededUser user, Original original, int size) {
        return user.id() + "_size_" + size + "-" + size + "." + original.format();
    }

    private static String defaultName(int size) {
        return "default_user_photo_size_" + size + "-" + size + ".png";
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "png", "jpeg", "gif", "bmp" -> "image/" + extension;
            default -> "application/octet-stream";
        };
    }

    /**
     * Writes beside the file and moves the result into place, so that a concurrent read finds the old file, the new
     * one or none, never a part. The hidden name matches no glob that deletes and no URL that serves.
     */
    private static void write(Path file, byte[] content) {
        Path partial = file.resolveSibling("." + UUID.randomUUID() + ".partial");
        try {
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a hidden leftover is never served
            }
        }
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
