package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.CropRectangle;
import io.github.docspacephoto.client.Credentials;
import io.github.docspacephoto.client.DocSpacePhotos;
import io.github.docspacephoto.client.DocSpaceSettings;
import io.github.docspacephoto.client.DownloadedPhoto;
import io.github.docspacephoto.client.PhotoDownload;
import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.PhotoSize;
import io.github.docspacephoto.client.PhotoUrls;
import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.SeededUser;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo",
        description = "Run the whole flow against an embedded DocSpace emulator on loopback: log in, upload,"
                + " get, crop thumbnails, update from a URL, delete, and check a thumbnail's size; writes an HTML"
                + " page of the photo in every size after each step. Needs no configuration and no network.",
        footer = {"%nExample:", "  java -jar cli/target/docspace-photo.jar demo",
            "  java -jar cli/target/docspace-photo.jar demo --page-folder target/demo"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--page-folder", paramLabel = "DIR",
            description = "Where to write the page (index.html) and its images; created if missing"
                    + " (default: a new folder in the system's temporary folder)")
    Path pageFolder;

    private PrintWriter out;
    private DemoPage page;
    private int step;
    private boolean failed;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        page = new DemoPage(pageFolder == null ? Files.createTempDirectory("docspace-photo-demo-")
                : Files.createDirectories(pageFolder));
        Path picture = Files.createTempFile("docspace-demo-", ".png");
        try (DocSpaceEmulator emulator = DocSpaceEmulator.builder().port(0).allowLoopbackUrls(true).start()) {
            ImageIO.write(gradient(640, 480), "png", picture.toFile());
            run(emulator, picture);
        } finally {
            Files.deleteIfExists(picture);
        }
        out.println();
        out.println("The photo at each step, in every size: " + page.write().toAbsolutePath()
                + " (open it in a browser)");
        out.println(failed ? "Demo FAILED: see the step marked FAILED above." : "Demo passed: every step did what it should.");
        out.flush();
        return failed ? ExitCodes.DEMO_FAILED : ExitCodes.OK;
    }

    private void run(DocSpaceEmulator emulator, Path picture) throws IOException {
        URI server = emulator.baseUri();
        SeededUser user = emulator.user("user");
        out.println("DocSpace emulator started at " + server + "; acting as user '" + user.userName() + "'");
        out.println();

        DocSpaceSettings serverOnly = DocSpaceSettings.builder(server).build();
        String token = DocSpacePhotos.login(serverOnly, user.userName(), user.password());
        check("login", "user name and password exchanged for a token (not shown)", !token.isBlank());

        DocSpacePhotos photos = DocSpacePhotos.connect(serverOnly.toBuilder().credentials(Credentials.token(token))
                .build());
        PhotoResult uploaded = photos.upload(user.userName(), picture, true);
        show("upload", "640x480 PNG uploaded and made the photo", uploaded.absoluteUrls(),
                uploaded.urls().original().contains("_orig_640-480.png"));
        page.record(step, "upload", "A 640x480 PNG uploaded and made the photo.", photos, user.userName());

        PhotoResult got = photos.get(user.userName());
        show("get", "the photo DocSpace now shows", got.absoluteUrls(), got.urls().equals(uploaded.urls()));
        page.record(step, "get", "The photo DocSpace now shows.", photos, user.userName());

        PhotoResult cropped = photos.thumbnails(user.userName(), new CropRectangle(160, 60, 320, 320), null);
        show("thumbnails", "thumbnails cut from the 320x320 square at (160, 60)", cropped.absoluteUrls(),
                !cropped.urls().small().equals(got.urls().small()));
        page.record(step, "thumbnails", "Thumbnails cut from the 320x320 square at (160, 60); the original stays.",
                photos, user.userName());
        DownloadedPhoto small;
        try (PhotoDownload download = photos.download(user.userName(), PhotoSize.SMALL)) {
            small = download.writeTo(OutputStream.nullOutputStream());
        }
        check("check", "downloaded the small thumbnail: " + small.width() + "x" + small.height() + " px "
                + small.mediaType() + ", as advertised", small.width() == 32 && small.height() == 32);

        String url = cropped.absoluteUrls().retina();
        PhotoResult updated = photos.update(user.userName(), url);
        show("update", "photo set from the URL " + url, updated.absoluteUrls(),
                updated.urls().original().contains("_orig_360-360"));
        page.record(step, "update", "The photo set from the URL of the 360 px thumbnail: " + url, photos,
                user.userName());

        PhotoResult deleted = photos.delete(user.userName());
        show("delete", "photo deleted; back to the default avatar", deleted.absoluteUrls(),
                deleted.urls().original().startsWith("/static/images/default_user_photo"));
        page.record(step, "delete", "The photo deleted: DocSpace shows its default avatar.", photos,
                user.userName());
    }

    private void show(String name, String what, PhotoUrls urls, boolean ok) {
        check(name, what, ok);
        out.printf("      %-8s %s%n", "original", urls.original());
        out.printf("      %-8s %s%n", "retina", urls.retina());
        out.printf("      %-8s %s%n", "max", urls.max());
        out.printf("      %-8s %s%n", "big", urls.big());
        out.printf("      %-8s %s%n", "medium", urls.medium());
        out.printf("      %-8s %s%n", "small", urls.small());
    }

    private void check(String name, String what, boolean ok) {
        step++;
        failed |= !ok;
        out.printf("%d. %-10s %s%s%n", step, name, ok ? "" : "FAILED: ", what);
        out.flush();
    }

    private static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1e, 0x88, 0xe5), width, height, new Color(0xff, 0x6f, 0x00)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
