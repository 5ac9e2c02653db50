package io.github.docspacephoto.client;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.RecordedRequest;
import io.github.docspacephoto.emulator.SeededUser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

abstract class ClientTestBase {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    protected DocSpaceEmulator emulator;
    protected SeededUser user;
    protected SeededUser admin;

    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder;
    }

    @Before
    public void startEmulator() {
        emulator = configure(DocSpaceEmulator.builder().port(0).allowLoopbackUrls(true)).start();
        user = emulator.user("user");
        admin = emulator.user("admin");
    }

    @After
    public void stopEmulator() {
        emulator.close();
        DocSpacePhotos.clearCache();
    }

    protected DocSpaceSettings.Builder settings(Credentials credentials) {
        return DocSpaceSettings.builder(emulator.baseUri()).credentials(credentials);
    }

    protected DocSpacePhotos photosOf(SeededUser who) {
        return DocSpacePhotos.connect(settings(Credentials.token(who.token())).build());
    }

    protected Path image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = folder.newFile("photo-" + System.nanoTime() + "." + format).toPath();
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** The image behind a URL the server returned, relative to the portal. */
    protected BufferedImage download(String url) throws IOException {
        try (InputStream in = URI.create(emulator.baseUri() + url).toURL().openStream()) {
            return ImageIO.read(in);
        }
    }

    protected List<RecordedRequest> requests() {
        return emulator.requestLog().requests();
    }
}
