package io.github.docspacephoto.emulator;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Decoding, scaling and cropping with javax.imageio and Java 2D, as DocSpace does with ImageMagick. */
final class Images {

    static final int ORIGINAL_MAX = 1280;
    /** retina, max, big, medium, small (NOTES.md §3.2). */
    static final int[] THUMBNAIL_SIZES = {360, 200, 82, 48, 32};

    private Images() {
    }

    /** Null when the bytes are not an image ImageIO can read. */
    static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    static byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage writable = format == ImageFormat.JPEG ? withoutAlpha(image) : image;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(writable, format.writerName(), out)) {
                throw new IOException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Scaled down, aspect kept, to fit {@link #ORIGINAL_MAX} square; smaller images are kept as they are. */
    static BufferedImage fitOriginal(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= ORIGINAL_MAX && h <= ORIGINAL_MAX) {
            return image;
        }
        double scale = Math.min((double) ORIGINAL_MAX / w, (double) ORIGINAL_MAX / h);
        return resize(image, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
    }

    /** The region thumbnails are cut from: the crop clamped to the image, or a centred square. */
    static BufferedImage region(BufferedImage image, Crop crop) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (crop.isWholeImage()) {
            int side = Math.min(w, h);
            return image.getSubimage((w - side) / 2, (h - side) / 2, side, side);
        }
        int x = Math.min(crop.x(), w - 1);
        int y = Math.min(crop.y(), h - 1);
        int cw = Math.max(1, Math.min(crop.width(), w - x));
        int ch = Math.max(1, Math.min(crop.height(), h - y));
        return image.getSubimage(x, y, cw, ch);
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
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

    /** A plain grey square, the emulator's stand-in for DocSpace's default avatar. */
    static BufferedImage defaultAvatar(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(0xd0, 0xd5, 0xda));
            g.fillRect(0, 0, size, size);
            g.setColor(new java.awt.Color(0xa3, 0xa9, 0xae));
            g.fillOval(size / 3, size / 5, size / 3, size / 3);
            g.fillOval(size / 6, size * 3 / 5, size * 2 / 3, size * 2 / 3);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
