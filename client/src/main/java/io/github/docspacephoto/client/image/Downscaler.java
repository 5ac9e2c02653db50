package io.github.docspacephoto.client.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales down in steps of at most one half with bilinear interpolation, so that every source pixel counts (a
 * single bilinear step over a larger factor would skip pixels and alias). The result is INT_ARGB when the source
 * has an alpha channel, else INT_RGB.
 */
final class Downscaler {

    private Downscaler() {
    }

    static BufferedImage scale(BufferedImage source, Size target) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        do {
            int width = current.getWidth() >= 2 * target.width() ? current.getWidth() / 2 : target.width();
            int height = current.getHeight() >= 2 * target.height() ? current.getHeight() / 2 : target.height();
            current = draw(current, width, height, type);
        } while (current.getWidth() != target.width() || current.getHeight() != target.height());
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage scaled = new BufferedImage(width, height, type);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }
}
