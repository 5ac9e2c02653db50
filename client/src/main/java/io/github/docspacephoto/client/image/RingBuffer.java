package io.github.docspacephoto.client.image;

import java.awt.Point;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.function.Consumer;

/**
 * The data of an image that is as tall as the whole picture to its reader, but keeps only one row: element
 * {@code i} of any row lands in that row. A reader that writes and reports row after row (sequential JPEG,
 * non-interlaced PNG) thus decodes a picture of any height in the memory of one row.
 */
final class RingBuffer extends DataBuffer {

    private final int rowLength;
    private final int[] row;
    /** Where the row being written starts, so that sequential writes need no division. */
    private int rowStart;
    private Consumer<byte[]> rgbRows;
    private boolean rowHandedOver;

    RingBuffer(int dataType, int rowLength, int rows) {
        super(dataType, rowLength * rows);
        this.rowLength = rowLength;
        this.row = new int[rowLength];
    }

    @Override
    public int getElem(int bank, int i) {
        return row[indexInRow(i)];
    }

    @Override
    public void setElem(int bank, int i, int value) {
        row[indexInRow(i)] = value;
    }

    private int indexInRow(int i) {
        int offset = i - rowStart;
        if (offset < 0 || offset >= rowLength) {
            rowStart = i - i % rowLength;
            offset = i - rowStart;
        }
        return offset;
    }

    /** The row last written, element by element as the sample model lays them out. */
    int[] row() {
        return row;
    }

    /**
     * Hands whole rows of 8-bit red, green, blue straight to {@code rows} instead of keeping them, where the reader
     * writes such rows at once (the JDK's JPEG reader does).
     */
    void handOverRgbRows(Consumer<byte[]> rows) {
        this.rgbRows = rows;
    }

    /** Whether the row last written went to the hand-over instead of {@link #row()}; resets the answer. */
    boolean takeRowHandedOver() {
        boolean handedOver = rowHandedOver;
        rowHandedOver = false;
        return handedOver;
    }

    /** A raster over this buffer; whole 8-bit rows in the same interleaved order are copied without per-sample calls. */
    WritableRaster raster(SampleModel model) {
        return new RingRaster(model, this);
    }

    private static final class RingRaster extends WritableRaster {
        private final RingBuffer ring;
        /** Band offsets of a pixel-interleaved layout whose pixels follow each other, else null. */
        private final int[] offsets;
        private final int pixelStride;
        private byte[] bytes;

        RingRaster(SampleModel model, RingBuffer ring) {
            super(model, ring, new Point(0, 0));
            this.ring = ring;
            boolean interleaved = model instanceof PixelInterleavedSampleModel;
            this.pixelStride = interleaved ? ((PixelInterleavedSampleModel) model).getPixelStride() : 0;
            this.offsets = interleaved ? ((PixelInterleavedSampleModel) model).getBandOffsets() : null;
        }

        /** The JDK's PNG reader hands over every decoded pixel here. */
        @Override
        public void setPixel(int x, int y, int[] samples) {
            if (offsets == null || x < 0 || x >= getWidth()) {
                super.setPixel(x, y, samples);
                return;
            }
            int[] row = ring.row();
            int start = x * pixelStride;
            for (int b = 0; b < offsets.length; b++) {
                row[start + offsets[b]] = samples[b];
            }
        }

        /** The JDK's JPEG reader hands over every decoded row here. */
        @Override
        public void setRect(int dx, int dy, Raster source) {
            if (offsets == null || getDataBuffer().getDataType() != DataBuffer.TYPE_BYTE || dx != 0
                    || source.getWidth() != getWidth() || source.getHeight() != 1
                    || source.getTransferType() != DataBuffer.TYPE_BYTE
                    || source.getNumDataElements() != offsets.length) {
                super.setRect(dx, dy, source);
                return;
            }
            int bands = offsets.length;
            if (bytes == null) {
                bytes = new byte[getWidth() * bands];
            }
            source.getDataElements(source.getMinX(), source.getMinY(), getWidth(), 1, bytes);
            if (ring.rgbRows != null && bands == 3 && pixelStride == 3 && offsets[0] == 0 && offsets[1] == 1
                    && offsets[2] == 2) {
                ring.rgbRows.accept(bytes);
                ring.rowHandedOver = true;
                return;
            }
            int[] row = ring.row();
            for (int x = 0, i = 0; x < getWidth(); x++) {
                int start = x * pixelStride;
                for (int b = 0; b < bands; b++) {
                    row[start + offsets[b]] = bytes[i++] & 0xff;
                }
            }
        }
    }
}
