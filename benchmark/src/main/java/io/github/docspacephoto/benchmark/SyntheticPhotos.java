package io.github.docspacephoto.benchmark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photo-like test images made on the spot: smooth light, edges and fine grain, so that they compress like camera
 * pictures (a 12-megapixel JPEG of a few MB) rather than like flat colour.
 */
final class SyntheticPhotos {

    private SyntheticPhotos() {
    }

    static Path jpeg(Path file, int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture(width, height), null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    static Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(picture(width, height), "png", file.toFile());
        return file;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        long seed = 42;
        int i = 0;
        for (int y = 0; y < height; y++) {
            double fy = (double) y / height;
            for (int x = 0; x < width; x++) {
                double fx = (double) x / width;
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int grain = (int) (seed >>> 59) - 16;
                double light = 0.5 + 0.5 * Math.sin(fx * 7 + fy * 3);
                boolean stripe = ((x / 40 + y / 55) & 1) == 0 && fx > 0.5 && fy > 0.4;
                bgr[i++] = channel(60 + 120 * fy + grain);
                bgr[i++] = channel(40 + 160 * light + (stripe ? 50 : 0) + grain);
                bgr[i++] = channel(200 * fx + 40 * light + grain);
            }
        }
        return image;
    }

    private static byte channel(double value) {
        return (byte) Math.max(0, Math.min(255, (int) value));
    }
}
