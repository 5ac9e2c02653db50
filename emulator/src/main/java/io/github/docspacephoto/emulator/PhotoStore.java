package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Users' photos on disk, laid out and named as DocSpace's default disk storage does (NOTES.md §6):
 * {@code /storage/userPhotos/root/{id}_orig_{w}-{h}.{ext}}, {@code ..._size_{s}-{s}.{ext}} and
 * {@code /storage/userPhotos/temp/{guid}.{ext}}; users without a photo get the default avatars.
 */
final class PhotoStore {

    static final String ROOT_URL = "/storage/userPhotos/root/";
    static final String TEMP_URL = "/storage/userPhotos/temp/";
    static final String DEFAULTS_URL = "/static/images/";
    private static final String[] THUMBNAIL_KEYS = {"retina", "max", "big", "medium", "small"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Path temp;
    private final Map<String, Photo> photos = new ConcurrentHashMap<>();
    private final Map<String, Integer> hashes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> defaults = new ConcurrentHashMap<>();

    private record Photo(ImageFormat format, int width, int height) {
    }

    PhotoStore(Path dataDirectory) {
        this.root = dataDirectory.resolve("userPhotos").resolve("root");
        this.temp = dataDirectory.resolve("userPhotos").resolve("temp");
        try {
            Files.createDirectories(root);
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int size : Images.THUMBNAIL_SIZES) {
            defaults.put(defaultName(size), Images.encode(Images.defaultAvatar(size), ImageFormat.PNG));
        }
    }

    /** The ThumbnailsDataDto of a user: {@code original} and the five thumbnails, each with {@code ?hash=}. */
    JsonObject thumbnailsData(SeededUser user) {
        return urls(user, "original");
    }

    /** The upload result's {@code data}: the same URLs, but the original is called {@code main}. */
    JsonObject uploadData(SeededUser user) {
        return urls(user, "main");
    }

    private JsonObject urls(SeededUser user, String originalKey) {
        int hash = hashes.computeIfAbsent(user.id(), id -> nextHash(-1));
        Photo photo = photos.get(user.id());
        JsonObjectBuilder urls = Json.createObjectBuilder();
        if (photo == null) {
            urls.add(originalKey, DEFAULTS_URL + defaultName(200) + "?hash=" + hash);
            for (int i = 0; i < THUMBNAIL_KEYS.length; i++) {
                urls.add(THUMBNAIL_KEYS[i], DEFAULTS_URL + defaultName(Images.THUMBNAIL_SIZES[i]) + "?hash=" + hash);
            }
        } else {
            urls.add(originalKey, ROOT_URL + originalName(user, photo) + "?hash=" + hash);
            for (int i = 0; i < THUMBNAIL_KEYS.length; i++) {
                urls.add(THUMBNAIL_KEYS[i], ROOT_URL + thumbnailName(user, photo, Images.THUMBNAIL_SIZES[i])
                        + "?hash=" + hash);
            }
        }
        return urls.build();
    }

    /** Makes {@code image} the user's photo: the original fitted to 1280, thumbnails cut from {@code crop}. */
    synchronized void save(SeededUser user, BufferedImage image, ImageFormat format, Crop crop) {
        removeFiles(user);
        BufferedImage original = Images.fitOriginal(image);
        Photo photo = new Photo(format, original.getWidth(), original.getHeight());
        write(root.resolve(originalName(user, photo)), Images.encode(original, format));
        writeThumbnails(user, photo, original, crop);
        photos.put(user.id(), photo);
        touch(user);
    }

    /** Cuts new thumbnails from the current photo; a user without a photo keeps the defaults (NOTES.md §5.1). */
    synchronized void recrop(SeededUser user, Crop crop) {
        Photo photo = photos.get(user.id());
        if (photo != null) {
            BufferedImage original = read(root.resolve(originalName(user, photo)));
            writeThumbnails(user, photo, original, crop);
        }
        touch(user);
    }

    synchronized void delete(SeededUser user) {
        removeFiles(user);
        photos.remove(user.id());
        touch(user);
    }

    /** Keeps an upload with Autosave=false as a temporary file, fitted to 1280; returns its URL. */
    String saveTemporary(BufferedImage image, ImageFormat format) {
        String name = UUID.randomUUID() + "." + format.extension();
        write(temp.resolve(name), Images.encode(Images.fitOriginal(image), format));
        return TEMP_URL + name;
    }

    /** Reads and removes a temporary file named as DocSpace does, by {@code Path.GetFileName(tmpFile)}. */
    Optional<byte[]> takeTemporary(String tmpFile) {
        String name = tmpFile.substring(Math.max(tmpFile.lastIndexOf('/'), tmpFile.lastIndexOf('\\')) + 1);
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        Path file = temp.resolve(name).normalize();
        if (name.isEmpty() || !file.getParent().equals(temp) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return Optional.of(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes behind a storage or default-avatar URL path, for downloads. */
    Optional<byte[]> download(String path) {
        if (path.startsWith(DEFAULTS_URL)) {
            return Optional.ofNullable(defaults.get(path.substring(DEFAULTS_URL.length())));
        }
        Path directory = path.startsWith(ROOT_URL) ? root : path.startsWith(TEMP_URL) ? temp : null;
        if (directory == null) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        Path file = directory.resolve(name).normalize();
        try {
            return file.getParent().equals(directory) && Files.isRegularFile(file)
                    ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code url} names the user's current original, which PUT does not download again. */
    boolean isCurrentOriginal(SeededUser user, String url) {
        Photo photo = photos.get(user.id());
        if (photo == null) {
            return false;
        }
        String path = url.replaceFirst("^https?://[^/]+", "");
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).equals(ROOT_URL + originalName(user, photo));
    }

    private void writeThumbnails(SeededUser user, Photo photo, BufferedImage original, Crop crop) {
        BufferedImage region = Images.region(original, crop);
        for (int size : Images.THUMBNAIL_SIZES) {
            write(root.resolve(thumbnailName(user, photo, size)),
                    Images.encode(Images.resize(region, size, size), photo.format()));
        }
    }

    /** Every write changes the user record's LastModified, and so the hash (NOTES.md §6). */
    void touch(SeededUser user) {
        hashes.compute(user.id(), (id, old) -> nextHash(old == null ? -1 : old));
    }

    private static int nextHash(int previous) {
        int hash;
        do {
            hash = RANDOM.nextInt(Integer.MAX_VALUE);
        } while (hash == previous);
        return hash;
    }

    private void removeFiles(SeededUser user) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, user.id() + "*.*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String originalName(SeededUser user, Photo photo) {
        return user.id() + "_orig_" + photo.width() + "-" + photo.height() + "." + photo.format().extension();
    }

    private static String thumbnailName(SeededUser user, Photo photo, int size) {
        return user.id() + "_size_" + size + "-" + size + "." + photo.format().extension();
    }

    private static String defaultName(int size) {
        return "default_user_photo_size_" + size + "-" + size + ".png";
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
