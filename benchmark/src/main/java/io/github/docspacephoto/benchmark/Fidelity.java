package io.github.docspacephoto.benchmark;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * How close a prepared image is to the ideal one: the whole source decoded at full size and scaled down with an
 * exact area average (every source pixel weighted by its overlap), compared as PSNR over the three colours.
 * Higher is closer; above about 40 dB the difference is invisible.
 */
final class Fidelity {

    private final BufferedImage source;

    Fidelity(Path sourceFile) throws IOException {
        this.source = ImageIO.read(sourceFile.toFile());
    }

    double psnr(Path prepared) throws IOException {
        BufferedImage candidate = ImageIO.read(prepared.toFile());
        BufferedImage ideal = areaAverage(candidate.getWidth(), candidate.getHeight());
        double squares = 0;
        for (int y = 0; y < ideal.getHeight(); y++) {
            for (int x = 0; x < ideal.getWidth(); x++) {
                int a = ideal.getRGB(x, y);
                int b = candidate.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (a >> shift & 0xff) - (b >> shift & 0xff);
                    squares += d * d;
                }
            }
        }
        double mse = squares / (3.0 * ideal.getWidth() * ideal.getHeight());
        return 10 * Math.log10(255 * 255 / mse);
    }

    private BufferedImage areaAverage(int width, int height) {
        Image scaled = source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage ideal = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ideal.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return ideal;
    }
}
