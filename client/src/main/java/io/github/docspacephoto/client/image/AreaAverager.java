package io.github.docspacephoto.client.image;

import java.awt.image.BufferedImage;

/**
 * Scales an image down as its rows arrive, top to bottom, averaging every source pixel into the output pixels it
 * overlaps, weighted by the overlap: the exact area average, holding only two output rows of sums. Colours are
 * weighted by alpha so that transparent pixels lend no colour.
 */
final class AreaAverager {

    private static final double EPSILON = 1e-9;

    private final int sourceWidth;
    private final Size target;
    private final boolean alpha;
    private final double rowsPerOutputRow;
    /** For each source column: the first output column it falls in and the share of it that does. */
    private final int[] column;
    private final float[] share;
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
        this.rowsPerOutputRow = (double) source.height() / target.height();
        double columnsPerOutputColumn = (double) source.width() / target.width();
        this.column = new int[sourceWidth];
        this.share = new float[sourceWidth];
        for (int x = 0; x < sourceWidth; x++) {
            int first = Math.min(target.width() - 1, (int) (x / columnsPerOutputColumn + EPSILON));
            double boundary = (first + 1) * columnsPerOutputColumn;
            column[x] = first;
            share[x] = (float) Math.min(1.0, Math.max(0.0, boundary - x));
        }
        this.horizontal = new float[target.width() * 4];
        this.current = new float[target.width() * 4];
        this.next = new float[target.width() * 4];
        this.outputRow = new int[target.width()];
        this.output = new BufferedImage(target.width(), target.height(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    /** The next source row, as (non-premultiplied) ARGB. */
    void push(int[] argb) {
        java.util.Arrays.fill(horizontal, 0f);
        int last = target.width() - 1;
        for (int x = 0; x < sourceWidth; x++) {
            int pixel = argb[x];
            float a = alpha ? (pixel >>> 24) / 255f : 1f;
            float r = (pixel >> 16 & 0xff) * a;
            float g = (pixel >> 8 & 0xff) * a;
            float b = (pixel & 0xff) * a;
            int j = column[x];
            float s = share[x];
            int i = j * 4;
            horizontal[i] += a * s;
            horizontal[i + 1] += r * s;
            horizontal[i + 2] += g * s;
            horizontal[i + 3] += b * s;
            if (s < 1f && j < last) {
                float rest = 1f - s;
                horizontal[i + 4] += a * rest;
                horizontal[i + 5] += r * rest;
                horizontal[i + 6] += g * rest;
                horizontal[i + 7] += b * rest;
            }
        }
        double boundary = (outputY + 1) * rowsPerOutputRow;
        double bottom = sourceY + 1;
        if (bottom <= boundary + EPSILON || outputY == target.height() - 1) {
            add(current, 1f);
            currentWeight += 1;
            if (bottom >= boundary - EPSILON && outputY < target.height() - 1) {
                emit();
            }
        } else {
            float inCurrent = (float) (boundary - sourceY);
            add(current, inCurrent);
            currentWeight += inCurrent;
            add(next, 1f - inCurrent);
            nextWeight += 1f - inCurrent;
            emit();
        }
        sourceY++;
    }

    /** The scaled image, once every source row was pushed. */
    BufferedImage result() {
        if (outputY < target.height()) {
            emit();
        }
        return output;
    }

    private void add(float[] sums, float weight) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += horizontal[i] * weight;
        }
    }

    private void emit() {
        for (int j = 0; j < outputRow.length; j++) {
            int i = j * 4;
            float coverage = current[i];
            if (coverage <= 0f) {
                outputRow[j] = 0;
                continue;
            }
            int r = channel(current[i + 1] / coverage);
            int g = channel(current[i + 2] / coverage);
            int b = channel(current[i + 3] / coverage);
            int a = alpha ? channel(255f * coverage / (float) (currentWeight * columnWeight(j))) : 0xff;
            outputRow[j] = a << 24 | r << 16 | g << 8 | b;
        }
        output.setRGB(0, outputY, outputRow.length, 1, outputRow, 0, outputRow.length);
        outputY++;
        float[] done = current;
        current = next;
        next = done;
        java.util.Arrays.fill(next, 0f);
        currentWeight = nextWeight;
        nextWeight = 0;
    }

    /** How many source columns output column {@code j} covers. */
    private double columnWeight(int j) {
        double perColumn = (double) sourceWidth / target.width();
        double start = j * perColumn;
        double end = Math.min(sourceWidth, (j + 1) * perColumn);
        return end - start;
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }
}
