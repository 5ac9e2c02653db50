package io.github.docspacephoto.client.image;

import java.awt.image.BufferedImage;

/**
 * The EXIF Orientation tag (1 to 8): how the stored pixels must be turned to show the photo upright. Phones store
 * the sensor's pixels and set this tag instead of rotating them; DocSpace keeps no metadata, so it is applied.
 */
enum ExifOrientation {
    NORMAL, FLIP_HORIZONTAL, ROTATE_180, FLIP_VERTICAL, TRANSPOSE, ROTATE_90_CLOCKWISE, TRANSVERSE,
    ROTATE_90_COUNTERCLOCKWISE;

    /** From the {@code ImageOrientation} of ImageIO's standard metadata, as TwelveMonkeys maps EXIF into it. */
    static ExifOrientation fromStandardMetadata(String value) {
        if (value == null) {
            return NORMAL;
        }
        return switch (value) {
            case "FlipH" -> FLIP_HORIZONTAL;
            case "Rotate180" -> ROTATE_180;
            case "FlipV" -> FLIP_VERTICAL;
            case "FlipVRotate90" -> TRANSPOSE;
            case "Rotate270" -> ROTATE_90_CLOCKWISE;
            case "FlipHRotate90" -> TRANSVERSE;
            case "Rotate90" -> ROTATE_90_COUNTERCLOCKWISE;
            default -> NORMAL;
        };
    }

    /** The upright image; the same image when nothing is to be turned. Expects an INT_RGB or INT_ARGB image. */
    BufferedImage apply(BufferedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swapsSides = ordinal() >= TRANSPOSE.ordinal();
        BufferedImage upright = new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, stored.getType());
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            stored.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                switch (this) {
                    case FLIP_HORIZONTAL -> upright.setRGB(w - 1 - x, y, row[x]);
                    case ROTATE_180 -> upright.setRGB(w - 1 - x, h - 1 - y, row[x]);
                    case FLIP_VERTICAL -> upright.setRGB(x, h - 1 - y, row[x]);
                    case TRANSPOSE -> upright.setRGB(y, x, row[x]);
                    case ROTATE_90_CLOCKWISE -> upright.setRGB(h - 1 - y, x, row[x]);
                    case TRANSVERSE -> upright.setRGB(h - 1 - y, w - 1 - x, row[x]);
                    case ROTATE_90_COUNTERCLOCKWISE -> upright.setRGB(y, w - 1 - x, row[x]);
                    default -> throw new AssertionError(this);
                }
            }
        }
        return upright;
    }
}
