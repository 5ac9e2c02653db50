package io.github.docspacephoto.client.image;

import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BandedSampleModel;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadUpdateListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a sequential JPEG or a non-interlaced PNG with the JDK's reader into a {@link RingBuffer}, handing each
 * row, as the reader reports it, to an {@link AreaAverager}: full quality (every pixel counts) in the memory of a
 * row. The JDK's JPEG reader converts each row from an embedded ICC profile (a phone's Display P3, say) to sRGB.
 *
 * <p>Gives up, returning null, for what does not arrive row by row in order (progressive JPEG, interlaced PNG)
 * or what the JDK's reader refuses before the first row (CMYK); the caller then decodes with subsampling.
 */
final class StreamingDecoder implements IIOReadUpdateListener, IIOReadWarningListener {

    /** What the JDK's JPEG reader converts every JPEG (YCbCr, grey, with an ICC profile) into. */
    private static final ImageTypeSpecifier SRGB_BYTES = ImageTypeSpecifier.createInterleaved(
            ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {0, 1, 2}, DataBuffer.TYPE_BYTE, false, false);

    private final ImageReader reader;
    private final BufferedImage destination;
    private final RingBuffer ring;
    private final AreaAverager averager;
    private final RowReader rowReader;
    private final int[] argb;
    private final List<String> warnings = new ArrayList<>();
    private int rows;
    private boolean outOfOrder;

    private StreamingDecoder(ImageReader reader, ImageTypeSpecifier type, Size size, Size target) {
        this.reader = reader;
        SampleModel model = type.getSampleModel(size.width(), size.height());
        int stride = model instanceof ComponentSampleModel component ? component.getScanlineStride()
                : model instanceof MultiPixelPackedSampleModel packed ? packed.getScanlineStride()
                : model instanceof SinglePixelPackedSampleModel single ? single.getScanlineStride()
                : -1;
        if (stride < 0 || model.getNumDataElements() < 1 || model instanceof BandedSampleModel) {
            throw new UnsupportedOperationException("cannot stream a " + model.getClass().getSimpleName());
        }
        this.ring = new RingBuffer(model.getDataType(), stride, size.height());
        WritableRaster raster = ring.raster(model);
        ColorModel colorModel = type.getColorModel();
        this.destination = new BufferedImage(colorModel, raster, colorModel.isAlphaPremultiplied(), null);
        this.averager = new AreaAverager(size, target, colorModel.hasAlpha());
        if (!colorModel.hasAlpha() && colorModel.getColorSpace().isCS_sRGB()) {
            ring.handOverRgbRows(averager::pushRgb);
        }
        this.rowReader = RowReader.of(colorModel, model);
        this.argb = new int[size.width()];
    }

    /**
     * The image scaled to {@code target}, or null when this file cannot be streamed.
     *
     * @throws IOException when the data is damaged (also when a JPEG ends early)
     */
    static BufferedImage decode(Path file, SourceFormat format, Size size, Size target) throws IOException {
        if (format != SourceFormat.JPEG && format != SourceFormat.PNG) {
            return null;
        }
        ImageReader reader = Codecs.jdkReader(format == SourceFormat.JPEG ? "jpeg" : "png");
        try (ImageInputStream input = new BufferedFileImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            ImageTypeSpecifier type = format == SourceFormat.JPEG ? SRGB_BYTES : reader.getImageTypes(0).next();
            StreamingDecoder decoder;
            try {
                decoder = new StreamingDecoder(reader, type, size, target);
            } catch (UnsupportedOperationException notThisLayout) {
                return null;
            }
            return decoder.run();
        } finally {
            reader.dispose();
        }
    }

    private BufferedImage run() throws IOException {
        reader.addIIOReadUpdateListener(this);
        reader.addIIOReadWarningListener(this);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestination(destination);
        try {
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            if (rows == 0) {
                return null; // refused before decoding anything: the subsampling path reads more kinds of file
            }
            throw e;
        }
        if (outOfOrder) {
            return null;
        }
        for (String warning : warnings) {
            // libjpeg fills a cut-off JPEG up with grey and only warns; anything else it warns about is harmless.
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new IIOException("the data ends early (" + warning + ")");
            }
        }
        if (rows != destination.getHeight()) {
            throw new IIOException("only " + rows + " of " + destination.getHeight() + " rows could be decoded");
        }
        return averager.result();
    }

    @Override
    public void imageUpdate(ImageReader source, BufferedImage image, int minX, int minY, int width, int height,
                            int periodX, int periodY, int[] bands) {
        if (outOfOrder) {
            return;
        }
        if (minY != rows || height != 1 || periodX != 1 || minX != 0 || width != argb.length) {
            outOfOrder = true;
            reader.abort();
            return;
        }
        if (!ring.takeRowHandedOver()) {
            rowReader.read(ring.row(), destination, minY, argb);
            averager.push(argb);
        }
        rows++;
    }

    @Override
    public void passStarted(ImageReader source, BufferedImage image, int pass, int minPass, int maxPass, int minX,
                            int minY, int periodX, int periodY, int[] bands) {
        if (pass > 0 || periodX != 1 || periodY != 1) {
            outOfOrder = true;
            reader.abort();
        }
    }

    @Override
    public void passComplete(ImageReader source, BufferedImage image) {
        // rows are counted as they come
    }

    @Override
    public void thumbnailPassStarted(ImageReader source, BufferedImage thumbnail, int pass, int minPass,
                                     int maxPass, int minX, int minY, int periodX, int periodY, int[] bands) {
        // thumbnails are not read
    }

    @Override
    public void thumbnailUpdate(ImageReader source, BufferedImage thumbnail, int minX, int minY, int width,
                                int height, int periodX, int periodY, int[] bands) {
        // thumbnails are not read
    }

    @Override
    public void thumbnailPassComplete(ImageReader source, BufferedImage thumbnail) {
        // thumbnails are not read
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        warnings.add(warning);
    }

    /** Turns the held row into ARGB: directly for the usual 8-bit layouts, through the colour model otherwise. */
    private interface RowReader {

        void read(int[] elements, BufferedImage image, int y, int[] argb);

        static RowReader of(ColorModel colorModel, SampleModel model) {
            if (model instanceof PixelInterleavedSampleModel interleaved
                    && model.getDataType() == DataBuffer.TYPE_BYTE) {
                int stride = interleaved.getPixelStride();
                int[] offsets = interleaved.getBandOffsets();
                ColorSpace space = colorModel.getColorSpace();
                if (colorModel instanceof ComponentColorModel && !colorModel.isAlphaPremultiplied()) {
                    if (space.isCS_sRGB() && offsets.length >= 3) {
                        return (elements, image, y, argb) -> {
                            for (int x = 0, i = 0; x < argb.length; x++, i += stride) {
                                int a = offsets.length == 4 ? elements[i + offsets[3]] : 0xff;
                                argb[x] = a << 24 | elements[i + offsets[0]] << 16
                                        | elements[i + offsets[1]] << 8 | elements[i + offsets[2]];
                            }
                        };
                    }
                    if (space.getType() == ColorSpace.TYPE_GRAY && offsets.length <= 2) {
                        // grey values are shown as they are (as Java 2D and browsers draw them), not as linear
                        return (elements, image, y, argb) -> {
                            for (int x = 0, i = 0; x < argb.length; x++, i += stride) {
                                int v = elements[i + offsets[0]];
                                int a = offsets.length == 2 ? elements[i + offsets[1]] : 0xff;
                                argb[x] = a << 24 | v << 16 | v << 8 | v;
                            }
                        };
                    }
                }
                if (colorModel instanceof IndexColorModel palette && offsets.length == 1) {
                    int[] colours = new int[palette.getMapSize()];
                    palette.getRGBs(colours);
                    return (elements, image, y, argb) -> {
                        for (int x = 0, i = 0; x < argb.length; x++, i += stride) {
                            argb[x] = colours[elements[i + offsets[0]]];
                        }
                    };
                }
            }
            return (elements, image, y, argb) -> image.getRGB(0, y, argb.length, 1, argb, 0, argb.length);
        }
    }
}
