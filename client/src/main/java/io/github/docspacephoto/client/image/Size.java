package io.github.docspacephoto.client.image;

/** Width and height in pixels. */
record Size(int width, int height) {

    long pixels() {
        return (long) width * height;
    }

    /** The largest size of the same aspect that fits a {@code side} x {@code side} square; never larger than this. */
    Size fitWithin(int side) {
        double scale = Math.min(1.0, Math.min((double) side / width, (double) side / height));
        if (scale == 1.0) {
            return this;
        }
        return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    Size scaledBy(double factor) {
        return new Size(Math.max(1, (int) Math.round(width * factor)), Math.max(1, (int) Math.round(height * factor)));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
