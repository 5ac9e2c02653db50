package io.github.docspacephoto.client.image;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.client.error.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Preparation on real files of every kind: what comes out, and what is refused with which reason. */
public class PhotoPreparerTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aLargeJpegIsScaledDownToFit1280KeepingItsPicture() throws Exception {
        Path source = TestImages.jpeg(TestImages.quadrants(4000, 3000), file("big.jpg"), false);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
            assertEquals("image/jpeg", prepared.mediaType());
            BufferedImage image = read(prepared);
            assertEquals(1280, image.getWidth());
            assertEquals(960, image.getHeight());
            assertQuadrants(image, TestImages.TOP_LEFT, TestImages.TOP_RIGHT, TestImages.BOTTOM_LEFT,
                    TestImages.BOTTOM_RIGHT);
            assertEquals("big.jpg", prepared.path().getFileName().toString());
        }
    }

    @Test
    public void fineDetailIsAveragedLikeDocSpaceWouldNotAliased() throws Exception {
        // One-pixel black and white squares, 4 source pixels to one output pixel: an average shows mid grey; a
        // decoder that skipped pixels would show all white or all black.
        BufferedImage grey = new BufferedImage(5120, 3840, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage binary = new BufferedImage(5120, 3840, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 3840; y++) {
            for (int x = 0; x < 5120; x++) {
                int colour = (x + y) % 2 == 0 ? 0xffffff : 0;
                grey.setRGB(x, y, colour);
                binary.setRGB(x, y, colour);
            }
        }
        Path[] sources = {
            TestImages.write(grey, "png", file("checks-grey.png")),
            TestImages.write(binary, "png", file("checks-1bit.png")),
            TestImages.jpeg(grey, file("checks.jpg"), false),
        };
        for (Path source : sources) {
            try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
                BufferedImage image = read(prepared);
                assertEquals(1280, image.getWidth());
                for (int[] at : new int[][] {{0, 0}, {640, 480}, {1279, 959}, {101, 733}}) {
                    int value = image.getRGB(at[0], at[1]) & 0xff;
                    assertTrue(source + " at " + at[0] + "," + at[1] + ": " + value, Math.abs(value - 128) < 24);
                }
            }
        }
    }

    @Test
    public void aTallImageFitsByItsHeightAndASmallOneIsNeverScaledUp() throws Exception {
        Path tall = TestImages.write(TestImages.quadrants(1000, 5000), "png", file("tall.png"));
        try (PreparedPhoto prepared = PhotoPreparer.prepare(tall, LIMIT)) {
            assertEquals(256, prepared.width());
            assertEquals(1280, prepared.height());
        }
        Path small = TestImages.write(TestImages.quadrants(300, 200), "png", file("small.png"));
        try (PreparedPhoto prepared = PhotoPreparer.prepare(small, LIMIT)) {
            BufferedImage image = read(prepared);
            assertEquals(300, image.getWidth());
            assertEquals(200, image.getHeight());
            assertEquals("an opaque PNG becomes a JPEG", "image/jpeg", prepared.mediaType());
        }
    }

    @Test
    public void everyExifOrientationIsAppliedSoThePhotoIsUpright() throws Exception {
        Color tl = TestImages.TOP_LEFT;
        Color tr = TestImages.TOP_RIGHT;
        Color bl = TestImages.BOTTOM_LEFT;
        Color br = TestImages.BOTTOM_RIGHT;
        // The stored quadrants, turned as each EXIF orientation says, read top-left, top-right, bottom-left,
        // bottom-right.
        Color[][] upright = {
            {tl, tr, bl, br}, // 1 normal
            {tr, tl, br, bl}, // 2 mirrored left-right
            {br, bl, tr, tl}, // 3 rotated 180
            {bl, br, tl, tr}, // 4 mirrored top-bottom
            {tl, bl, tr, br}, // 5 transposed
            {bl, tl, br, tr}, // 6 rotated 90 clockwise
            {br, tr, bl, tl}, // 7 transversed
            {tr, br, tl, bl}, // 8 rotated 90 counter-clockwise
        };
        for (int orientation = 1; orientation <= 8; orientation++) {
            Path source = TestImages.withExif(TestImages.jpeg(TestImages.quadrants(1600, 1200),
                    file("orientation-" + orientation + ".jpg"), false), orientation);
            try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
                BufferedImage image = read(prepared);
                boolean turned = orientation >= 5;
                assertEquals("orientation " + orientation, turned ? 960 : 1280, image.getWidth());
                assertEquals("orientation " + orientation, turned ? 1280 : 960, image.getHeight());
                Color[] expected = upright[orientation - 1];
                assertQuadrants(image, expected[0], expected[1], expected[2], expected[3]);
            }
        }
    }

    @Test
    public void noMetadataReachesThePreparedFileAndSoNoGpsPosition() throws Exception {
        Path source = TestImages.withExif(TestImages.jpeg(TestImages.quadrants(800, 600), file("gps.jpg"), false), 1);
        assertTrue("the source carries the position", contains(Files.readAllBytes(source), TestImages.GPS_MARKER));
        try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
            byte[] bytes = Files.readAllBytes(prepared.path());
            assertFalse(contains(bytes, TestImages.GPS_MARKER));
            assertFalse(contains(bytes, "Exif"));
            assertEquals("only SOI and a JFIF APP0 come before the image data", 0xffe0,
                    (bytes[2] & 0xff) << 8 | bytes[3] & 0xff);
            int afterApp0 = 4 + ((bytes[4] & 0xff) << 8 | bytes[5] & 0xff);
            assertFalse("no APP1..APP15 segment", (bytes[afterApp0 + 1] & 0xff) >= 0xe1
                    && (bytes[afterApp0 + 1] & 0xff) <= 0xef);
        }
    }

    @Test
    public void aCmykJpegIsPreparedInRgb() throws Exception {
        Path source = TestImages.cmykJpeg(file("cmyk.jpg"), 600, 400, 0, 255, 255, 0); // full magenta + yellow
        try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
            BufferedImage image = read(prepared);
            assertEquals(600, image.getWidth());
            Color color = new Color(image.getRGB(300, 200));
            assertTrue("magenta + yellow ink print red, got " + color,
                    color.getRed() > 180 && color.getGreen() < 90 && color.getBlue() < 90);
        }
    }

    @Test
    public void anEmbeddedIccProfileIsConvertedToSrgbWhetherStreamedOrSubsampled() throws Exception {
        // Adobe RGB (1998) compatible, as cameras write it; phones write Display P3 the same way
        byte[] adobeRgb;
        try (var in = com.twelvemonkeys.imageio.color.ColorSpaces.class
                .getResourceAsStream("/profiles/ClayRGB1998.icc")) {
            adobeRgb = in.readAllBytes();
        }
        ICC_ColorSpace space = new ICC_ColorSpace(ICC_Profile.getInstance(adobeRgb));
        float[] srgb = space.toRGB(new float[] {60 / 255f, 160 / 255f, 60 / 255f});
        Color expected = new Color(srgb[0], srgb[1], srgb[2]);
        assertTrue("the profile matters: " + expected, Math.abs(expected.getRed() - 60) > 20);
        BufferedImage green = new BufferedImage(2600, 1300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = green.createGraphics();
        g.setColor(new Color(60, 160, 60));
        g.fillRect(0, 0, 2600, 1300);
        g.dispose();
        for (boolean progressive : new boolean[] {false, true}) {
            Path source = TestImages.withIccProfile(TestImages.jpeg(green, file("adobe-" + progressive + ".jpg"),
                    progressive), adobeRgb);
            try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
                assertClose(expected, new Color(read(prepared).getRGB(640, 320)));
            }
        }
    }

    @Test
    public void progressiveJpegsGifsBmpsAndWebpsArePrepared() throws Exception {
        Path progressive = TestImages.jpeg(TestImages.quadrants(2000, 1500), file("progressive.jpg"), true);
        Path bmp = TestImages.write(TestImages.quadrants(2000, 1500), "bmp", file("picture.bmp"));
        Path gif = TestImages.write(TestImages.quadrants(2000, 1500), "gif", file("picture.gif"));
        for (Path source : new Path[] {progressive, bmp, gif}) {
            try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
                BufferedImage image = read(prepared);
                assertEquals(source.toString(), 1280, image.getWidth());
                assertEquals(source.toString(), 960, image.getHeight());
                assertQuadrants(image, TestImages.TOP_LEFT, TestImages.TOP_RIGHT, TestImages.BOTTOM_LEFT,
                        TestImages.BOTTOM_RIGHT);
            }
        }
        Path webp = TestImages.webp(file("plain.webp"), 3000, 2000, 0xff2040c0);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(webp, LIMIT)) {
            assertEquals("image/jpeg", prepared.mediaType());
            BufferedImage image = read(prepared);
            assertEquals(1280, image.getWidth());
            assertEquals(853, image.getHeight());
            assertClose(new Color(0x2040c0), new Color(image.getRGB(640, 400)));
        }
    }

    @Test
    public void transparencyIsKeptAsPng() throws Exception {
        Path png = TestImages.write(TestImages.translucent(2560, 1920), "png", file("translucent.png"));
        Path webp = TestImages.webp(file("translucent.webp"), 64, 64, 0x80ff0000);
        for (Path source : new Path[] {png, webp}) {
            try (PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT)) {
                assertEquals("image/png", prepared.mediaType());
                assertEquals("translucent.png", prepared.path().getFileName().toString());
                BufferedImage image = read(prepared);
                int alpha = image.getRGB(image.getWidth() / 4, image.getHeight() / 4) >>> 24;
                assertTrue(source + ": alpha " + alpha, alpha > 0x70 && alpha < 0x90);
            }
        }
        Path opaqueWithAlphaChannel = file("opaque-argb.png");
        BufferedImage argb = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(TestImages.quadrants(100, 100), 0, 0, null);
        TestImages.write(argb, "png", opaqueWithAlphaChannel);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(opaqueWithAlphaChannel, LIMIT)) {
            assertEquals("an alpha channel without a transparent pixel is no transparency", "image/jpeg",
                    prepared.mediaType());
        }
    }

    @Test
    public void theFirstFrameOfAnAnimatedGifIsTaken() throws Exception {
        Path gif = TestImages.animatedGif(file("animated.gif"), 200, 100);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(gif, LIMIT)) {
            assertClose(Color.RED, new Color(read(prepared).getRGB(100, 50)));
        }
    }

    @Test
    public void aJpegNamedAsSomethingElseIsReadByItsContent() throws Exception {
        Path misnamed = TestImages.jpeg(TestImages.quadrants(2000, 1500), file("holiday.png"), false);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(misnamed, LIMIT)) {
            assertEquals(1280, prepared.width());
            assertEquals("holiday.jpg", prepared.path().getFileName().toString());
        }
    }

    @Test
    public void jpegQualityFallsUntilTheFileFitsTheLimit() throws Exception {
        Path noise = TestImages.write(TestImages.noise(1280, 1280, 7), "png", file("noise.png"));
        long limit = 1_000_000;
        try (PreparedPhoto prepared = PhotoPreparer.prepare(noise, limit)) {
            assertTrue(Files.size(prepared.path()) <= limit);
            assertEquals("quality, not size, gave way first", 1280, prepared.width());
        }
        try (PreparedPhoto prepared = PhotoPreparer.prepare(noise, 300_000)) {
            assertTrue(Files.size(prepared.path()) <= 300_000);
            assertTrue("at the lowest quality, the picture shrinks", prepared.width() < 1280);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhotoPreparer.prepare(noise, 100));
        assertTrue(e.getMessage(), e.getMessage().startsWith("file '" + noise + "' cannot be prepared within the"
                + " upload limit of 100 bytes, not even at "));
    }

    @Test
    public void aTransparentPngOverTheLimitShrinksUntilItFits() throws Exception {
        BufferedImage noisy = TestImages.noise(1280, 1280, 3);
        BufferedImage translucent = new BufferedImage(1280, 1280, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 1280; y++) {
            for (int x = 0; x < 1280; x++) {
                translucent.setRGB(x, y, noisy.getRGB(x, y) & 0x00ffffff | 0x80000000);
            }
        }
        Path source = TestImages.write(translucent, "png", file("noisy.png"));
        long limit = 2_000_000;
        assertTrue(Files.size(source) > limit);
        try (PreparedPhoto prepared = PhotoPreparer.prepare(source, limit)) {
            assertEquals("image/png", prepared.mediaType());
            assertTrue(Files.size(prepared.path()) <= limit);
            assertTrue(prepared.width() < 1280);
        }
    }

    @Test
    public void theTemporaryFileAndItsFolderGoWhenClosed() throws Exception {
        Path source = TestImages.write(TestImages.quadrants(100, 100), "png", file("bye.png"));
        PreparedPhoto prepared = PhotoPreparer.prepare(source, LIMIT);
        assertTrue(Files.isRegularFile(prepared.path()));
        prepared.close();
        assertFalse(Files.exists(prepared.path()));
        assertFalse(Files.exists(prepared.path().getParent()));
        assertTrue("the source stays", Files.isRegularFile(source));
    }

    @Test
    public void badFilesAreRefusedNamingTheFileAndTheReason() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("missing.jpg");
        assertRefused(missing, "does not exist");
        assertRefused(folder.newFile("empty.jpg").toPath(), "is empty");
        Path text = file("notes.png");
        Files.writeString(text, "this is not an image at all");
        assertRefused(text, "is not a PNG, JPEG, GIF, BMP or WebP image (judged by its content)");
        assertRefused(TestImages.pngDeclaring(file("bomb.png"), 100_000, 100_000),
                "declares 100000x100000 pixels, over the limit of 250 megapixels for a PNG image to prepare");
        assertRefused(TestImages.webp(file("bomb.webp"), 16384, 16384, 0xff000000),
                "declares 16384x16384 pixels, over the limit of 16.8 megapixels for a WEBP image to prepare");
        assertRefused(TestImages.pngDeclaring(file("short.png"), 4000, 3000),
                "cannot be read as a PNG image: the data ends early (the file is truncated)");
        assertRefused(TestImages.truncate(TestImages.jpeg(TestImages.noise(1000, 800, 1), file("cut.jpg"), false),
                0.5), "cannot be read as a JPEG image: the data ends early");
        assertRefused(TestImages.truncate(TestImages.jpeg(TestImages.noise(1000, 800, 1), file("cut-p.jpg"), true),
                0.5), "cannot be read as a JPEG image: the data ends early");
        assertRefused(TestImages.truncate(TestImages.write(TestImages.noise(600, 400, 2), "png", file("cut.png")),
                0.5), "cannot be read as a PNG image: the data ends early (the file is truncated)");
        assertRefused(TestImages.truncate(TestImages.write(TestImages.noise(600, 400, 2), "gif", file("cut.gif")),
                0.5), "cannot be read as a GIF image");
        assertRefused(TestImages.truncate(TestImages.write(TestImages.noise(600, 400, 2), "bmp", file("cut.bmp")),
                0.5), "cannot be read as a BMP image");
        assertRefused(TestImages.truncate(TestImages.webp(file("cut.webp"), 600, 400, 0xff00ff00), 0.5),
                "cannot be read as a WEBP image");
        Path header = file("header-only.jpg");
        Files.write(header, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});
        assertRefused(header, "cannot be read as a JPEG image");
    }

    private void assertRefused(Path file, String reason) {
        InvalidInputException e = assertThrows(file.toString(), InvalidInputException.class,
                () -> PhotoPreparer.prepare(file, LIMIT).close());
        assertEquals("file", e.field());
        assertTrue(e.getMessage(), e.getMessage().startsWith("file '" + file + "' " + reason));
    }

    private Path file(String name) {
        return folder.getRoot().toPath().resolve(name);
    }

    private static BufferedImage read(PreparedPhoto prepared) throws IOException {
        BufferedImage image = ImageIO.read(prepared.path().toFile());
        assertEquals(prepared.width(), image.getWidth());
        assertEquals(prepared.height(), image.getHeight());
        return image;
    }

    private static void assertQuadrants(BufferedImage image, Color topLeft, Color topRight, Color bottomLeft,
                                        Color bottomRight) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertClose(topLeft, new Color(image.getRGB(w / 4, h / 4)));
        assertClose(topRight, new Color(image.getRGB(3 * w / 4, h / 4)));
        assertClose(bottomLeft, new Color(image.getRGB(w / 4, 3 * h / 4)));
        assertClose(bottomRight, new Color(image.getRGB(3 * w / 4, 3 * h / 4)));
    }

    private static void assertClose(Color expected, Color actual) {
        int difference = Math.abs(expected.getRed() - actual.getRed())
                + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue("expected " + expected + ", got " + actual, difference < 40);
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
