package io.github.docspacephoto.client.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Scales an image down as its rows arrive, top to bottom, averaging every source pixel into the output pixels it
 * overlaps, weighted by the overlap: the exact area average, holding only two output rows of sums. With alpha,
 * colours are weighted by it, so that transparent pixels lend no colour.
 */
final class AreaAverager {

    private static final double EPSILON = 1e-9;

    private final int sourceWidth;
    private final Size target;
    private final boolean alpha;
    /** Sums per output pixel: red, green, blue; with alpha: alpha, then red, green, blue times alpha. */
    private final int channels;
    private final double rowsPerOutputRow;
    /** For each source column: the first output column it falls in, and the share of it that does. */
    private final int[] column;
    private final float[] share;
    /** How many source columns each output column covers. */
    private final double[] columnWeight;
    private final float[] horizontal;
    private float[] current;
    private float[] next;
    private double currentWeight;
    private double nextWeight;
    private int sourceY;
    private int outputY;
    private final int[] outputRow;
    private final BufferedImage output;

    AreaAverager(Size source, Size target, boolean alpha) {
        this.sourceWidth = source.width();
        this.target = target;
        this.alpha = alpha;
        this.channels = alpha ? 4 : 3;
        this.rowsPerOutputRow = (double) source.height() / target.height();
        double perColumn = (double) source.width() / target.width();
        this.column = new int[sourceWidth];
        this.share = new float[sourceWidth];
        for (int x = 0; x < sourceWidth; x++) {
            int first = Math.min(target.width() - 1, (int) (x / perColumn + EPSILON));
            column[x] = first;
            share[x] = (float) Math.min(1.0, Math.max(0.0, (first + 1) * perColumn - x));
        }
        this.columnWeight = new double[target.width()];
        for (int j = 0; j < target.width(); j++) {
            columnWeight[j] = Math.min(sourceWidth, (j + 1) * perColumn) - j * perColumn;
        }
        this.horizontal = new float[target.width() * channels];
        this.current = new float[target.width() * channels];
        this.next = new float[target.width() * channels];
        this.outputRow = new int[target.width()];
        this.output = new BufferedImage(target.width(), target.height(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    /** The next source row, as (non-premultiplied) ARGB. */
    void push(int[] argb) {
        Arrays.fill(horizontal, 0f);
        int last = target.width() - 1;
        for (int x = 0; x < sourceWidth; x++) {
            int pixel = argb[x];
            float r = pixel >> 16 & 0xff;
            float g = pixel >> 8 & 0xff;
            float b = pixel & 0xff;
            int j = column[x];
            float s = share[x];
            boolean split = s < 1f && j < last;
            if (alpha) {
                float a = (pixel >>> 24) / 255f;
                addWithAlpha(j * 4, s, a, r * a, g * a, b * a);
                if (split) {
                    addWithAlpha(j * 4 + 4, 1f - s, a, r * a, g * a, b * a);
                }
            } else {
                add(j * 3, s, r, g, b);
                if (split) {
                    add(j * 3 + 3, 1f - s, r, g, b);
                }
            }
        }
        finishRow();
    }

    /** The next source row of an opaque image, as bytes red, green, blue for each pixel. */
    void pushRgb(byte[] rgb) {
        Arrays.fill(horizontal, 0f);
        int last = target.width() - 1;
        for (int x = 0, i = 0; x < sourceWidth; x++, i += 3) {
            float r = rgb[i] & 0xff;
            float g = rgb[i + 1] & 0xff;
            float b = rgb[i + 2] & 0xff;
            int j = column[x];
            float s = share[x];
            add(j * 3, s, r, g, b);
            if (s < 1f && j < last) {
                add(j * 3 + 3, 1f - s, r, g, b);
            }
        }
        finishRow();
    }

    /** The scaled image, once every source row was pushed. */
    BufferedImage result() {
        if (outputY < target.height()) {
            emit();
        }
        return output;
    }

    private void add(int i, float weight, float r, float g, float b) {
        horizontal[i] += r * weight;
        horizontal[i + 1] += g * weight;
        horizontal[i + 2] += b * weight;
    }

    private void addWithAlpha(int i, float weight, float a, float r, float g, float b) {
        horizontal[i] += a * weight;
        horizontal[i + 1] += r * weight;
        horizontal[i + 2] += g * weight;
        horizontal[i + 3] += b * weight;
    }

    /** Adds the summed row to the one or two output rows it overlaps, emitting those it completes. */
    private void finishRow() {
        double boundary = (outputY + 1) * rowsPerOutputRow;
        double bottom = sourceY + 1;
        if (bottom <= boundary + EPSILON || outputY == target.height() - 1) {
            accumulate(current, 1f);
            currentWeight += 1;
            if (bottom >= boundary - EPSILON && outputY < target.height() - 1) {
                emit();
            }
        } else {
            float inCurrent = (float) (boundary - sourceY);
            accumulate(current, inCurrent);
            currentWeight += inCurrent;
            accumulate(next, 1f - inCurrent);
            nextWeight += 1f - inCurrent;
            emit();
        }
        sourceY++;
    }

    private void accumulate(float[] sums, float weight) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += horizontal[i] * weight;
        }
    }

    private void emit() {
        for (int j = 0; j < outputRow.length; j++) {
            int i = j * channels;
            float area = (float) (currentWeight * columnWeight[j]);
            if (alpha) {
                float coverage = current[i];
                outputRow[j] = coverage <= 0f ? 0
                        : channel(255f * coverage / area) << 24 | channel(current[i + 1] / coverage) << 16
                        | channel(current[i + 2] / coverage) << 8 | channel(current[i + 3] / coverage);
            } else {
                outputRow[j] = 0xff000000 | channel(current[i] / area) << 16 | channel(current[i + 1] / area) << 8
                        | channel(current[i + 2] / area);
            }
        }
        output.setRGB(0, outputY, outputRow.length, 1, outputRow, 0, outputRow.length);
        outputY++;
        float[] done = current;
        current = next;
        next = done;
        Arrays.fill(next, 0f);
        currentWeight = nextWeight;
        nextWeight = 0;
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }
}
