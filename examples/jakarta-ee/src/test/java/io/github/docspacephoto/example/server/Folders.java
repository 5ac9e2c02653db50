package io.github.docspacephoto.example.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A server's working folder, new for every run so that nothing of an earlier run is deployed or read. */
final class Folders {

    private Folders() {
    }

    static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
                for (Path file : deepestFirst) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** {@code docspace-avatars} for {@code docspace-avatars.war}: the context root both servers give it. */
    static String contextRoot(Path war) {
        String file = war.getFileName().toString();
        return file.endsWith(".war") ? file.substring(0, file.length() - ".war".length()) : file;
    }
}
