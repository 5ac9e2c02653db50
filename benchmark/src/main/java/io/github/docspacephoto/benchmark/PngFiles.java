package io.github.docspacephoto.benchmark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Valid PNG files of an exact size: a small picture followed by a private ancillary chunk of filler, which every
 * decoder skips. The file is as large as a photo straight from a camera, while decoding it stays cheap.
 */
final class PngFiles {

    private static final int CHUNK_OVERHEAD = 12; // length, type, CRC
    private static final int IEND_LENGTH = 12;

    private PngFiles() {
    }

    static Path write(Path file, long size) throws IOException {
        byte[] picture = picture();
        long filler = size - picture.length - CHUNK_OVERHEAD;
        if (filler < 0 || filler > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot make a PNG of " + size + " bytes");
        }
        int beforeIend = picture.length - IEND_LENGTH;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(picture, 0, beforeIend);
            writeFillerChunk(out, (int) filler);
            out.write(picture, beforeIend, IEND_LENGTH);
        }
        return file;
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 255 / 640) << 16 | (y * 255 / 480) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static void writeFillerChunk(OutputStream out, int length) throws IOException {
        byte[] type = "fiLl".getBytes(StandardCharsets.US_ASCII); // ancillary, private, safe to copy
        CRC32 crc = new CRC32();
        crc.update(type);
        out.write(ByteBuffer.allocate(4).putInt(length).array());
        out.write(type);
        byte[] block = new byte[64 * 1024];
        new Random(42).nextBytes(block);
        for (int left = length; left > 0; left -= block.length) {
            int n = Math.min(left, block.length);
            out.write(block, 0, n);
            crc.update(block, 0, n);
        }
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
