package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DownloadedPhoto;
import io.github.docspacephoto.client.PhotoSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An HTML page of the demo: the photo in every size after each step, downloaded through the client into a folder
 * per step beside the page, which links them relatively (the folder can be moved or zipped whole).
 */
final class DemoPage {

    private final Path folder;
    private final StringBuilder rows = new StringBuilder();

    DemoPage(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Downloads every size of the user's photo as it is now and adds them as the row of this step. */
    void record(int step, String name, String what, DocSpacePhotos photos, String userId) throws IOException {
        Path stepFolder = Files.createDirectories(folder.resolve(step + "-" + name));
        rows.append("<section>\n<h2>").append(step).append(". ").append(escape(name)).append("</h2>\n<p>")
                .append(escape(what)).append("</p>\n<div class=\"sizes\">\n");
        for (PhotoSize size : PhotoSize.values()) {
            DownloadedPhoto photo = photos.download(userId, size, stepFolder, true);
            String link = folder.relativize(photo.file()).toString().replace('\\', '/');
            rows.append("<figure><a href=\"").append(escape(link)).append("\"><img src=\"").append(escape(link))
                    .append("\" alt=\"").append(size.id()).append("\"></a><figcaption>").append(size.id())
                    .append("<br>").append(photo.width()).append("&times;").append(photo.height()).append(' ')
                    .append(escape(photo.mediaType())).append("</figcaption></figure>\n");
        }
        rows.append("</div>\n</section>\n");
    }

    /** Writes {@code index.html} and returns its path. */
    Path write() throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>DocSpace Photo demo</title>\n<style>\n"
                + "body { font-family: sans-serif; margin: 2em; }\n"
                + ".sizes { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 1.5em; }\n"
                + "figure { margin: 0; text-align: center; }\n"
                + "figure img { max-width: 320px; border: 1px solid #ccc; }\n"
                + "figcaption { font-size: 0.85em; color: #444; }\n"
                + "</style>\n</head>\n<body>\n<h1>DocSpace Photo demo</h1>\n"
                + "<p>The user's photo in each size after each step, as the client downloaded it from the emulator"
                + " (originals are shown at most 320 px wide).</p>\n"
                + rows + "</body>\n</html>\n";
        return Files.writeString(folder.resolve("index.html"), page);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
