package io.github.docspacephoto.client.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes the prepared pixels as PNG when some pixel is transparent, else as JPEG, with no metadata at all (no
 * EXIF, so no GPS position). JPEG tries falling qualities until the file fits the limit.
 */
final class PhotoEncoder {

    /** 0.92 is ImageMagick's default, so DocSpace would keep nothing finer; the rest only when over the limit. */
    static final float[] JPEG_QUALITIES = {0.92f, 0.85f, 0.75f, 0.6f, 0.5f};

    /** One attempt: the bytes and what they are. */
    record Encoded(byte[] bytes, String mediaType, String extension, Size size) {
    }

    private PhotoEncoder() {
    }

    static boolean hasTransparentPixel(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The smallest-effort encoding that fits {@code maxBytes}, or null when none of these does. */
    static Encoded encode(BufferedImage image, boolean transparent, long maxBytes) throws IOException {
        Size size = new Size(image.getWidth(), image.getHeight());
        if (transparent) {
            byte[] png = write(image, "png", null);
            return png.length <= maxBytes ? new Encoded(png, "image/png", "png", size) : null;
        }
        BufferedImage opaque = withoutAlpha(image);
        for (float quality : JPEG_QUALITIES) {
            byte[] jpeg = write(opaque, "jpeg", quality);
            if (jpeg.length <= maxBytes) {
                return new Encoded(jpeg, "image/jpeg", "jpg", size);
            }
        }
        return null;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            rgb.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        return rgb;
    }

    private static byte[] write(BufferedImage image, String format, Float quality) throws IOException {
        ImageWriter writer = Codecs.writer(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            // No metadata given: the writers emit only what the format needs (JPEG: a JFIF header).
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
