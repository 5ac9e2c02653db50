package io.github.docspacephoto.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What DocSpace does with ImageMagick, done with javax.imageio and Java 2D (NOTES.md §6). */
final class Images {

    static final int ORIGINAL_MAX = 1280;
    /** retina, max, big, medium, small (NOTES.md §3.2). */
    static final int[] THUMBNAIL_SIZES = {360, 200, 82, 48, 32};

    private Images() {
    }

    /** Empty when no ImageIO reader recognises and reads the bytes. */
    static Optional<DecodedImage> decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return Optional.of(new DecodedImage(bytes, reader.read(0), format.equals("jpg") ? "jpeg" : format));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The original as DocSpace stores it: the uploaded bytes when they fit 1280x1280, otherwise scaled down with the
     * aspect kept, rounded as {@code TryParseImage} does, and written as PNG whatever the extension says.
     */
    static DecodedImage fitOriginal(DecodedImage image) {
        int width = image.width();
        int height = image.height();
        if (width <= ORIGINAL_MAX && height <= ORIGINAL_MAX) {
            return image;
        }
        if (width > height) {
            height = (int) (height * (double) ORIGINAL_MAX / width + 0.5);
            width = ORIGINAL_MAX;
        } else {
            width = (int) (width * (double) ORIGINAL_MAX / height + 0.5);
            height = ORIGINAL_MAX;
        }
        BufferedImage scaled = resize(image.pixels(), width, height);
        return new DecodedImage(png(scaled), scaled, image.format());
    }

    /**
     * The square a thumbnail is made of: a centred square for 0x0, else the crop as {@code GetImage} clamps it to
     * the image, where a side of 0 reaches the edge, as in an ImageMagick geometry.
     */
    static BufferedImage region(BufferedImage image, Crop crop) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (crop.isCentredSquare()) {
            int side = Math.min(w, h);
            return image.getSubimage((w - side) / 2, (h - side) / 2, side, side);
        }
        int x = Math.min(Math.max(crop.x(), 0), w - 1);
        int y = Math.min(Math.max(crop.y(), 0), h - 1);
        int width = crop.width() == 0 || x + crop.width() >= w ? w - x : crop.width();
        int height = crop.height() == 0 || y + crop.height() >= h ? h - y : crop.height();
        return image.getSubimage(x, y, width, height);
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** DocSpace's {@code SaveToBytes} writes PNG unless told otherwise, so its thumbnails are PNG bytes. */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A grey head and shoulders, the emulator's stand-in for DocSpace's default avatar. */
    static BufferedImage defaultAvatar(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xd0, 0xd5, 0xda));
            g.fillRect(0, 0, size, size);
            g.setColor(new Color(0xa3, 0xa9, 0xae));
            g.fillOval(size / 3, size / 5, size / 3, size / 3);
            g.fillOval(size / 6, size * 3 / 5, size * 2 / 3, size * 2 / 3);
        } finally {
            g.dispose();
        }
        return image;
    }
}
