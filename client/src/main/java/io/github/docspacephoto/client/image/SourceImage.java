package io.github.docspacephoto.client.image;

import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * One image file opened for reading: its size and EXIF orientation from the header alone, and, where the file
 * cannot be streamed, its pixels read with source subsampling, so that the full-size raster never exists. Only the
 * first image of a file is read (the first frame of an animated GIF or WebP).
 */
final class SourceImage implements Closeable {

    /** Zero bytes after a WebP's end, see {@link #input(Path, SourceFormat)}. */
    private static final int WEBP_PADDING = 64;
    private static final String JPEG_NATIVE_METADATA = "javax_imageio_jpeg_image_1.0";

    private final SourceFormat format;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final List<String> warnings = new ArrayList<>();

    private SourceImage(SourceFormat format, ImageInputStream input, ImageReader reader) {
        this.format = format;
        this.input = input;
        this.reader = reader;
    }

    static SourceImage open(Path file, SourceFormat format) throws IOException {
        ImageInputStream input = input(file, format);
        try {
            ImageReader reader = Codecs.reader(format);
            // Metadata is read only where it can hold the EXIF orientation; elsewhere it is skipped unparsed.
            reader.setInput(input, false, format != SourceFormat.JPEG);
            SourceImage image = new SourceImage(format, input, reader);
            reader.addIIOReadWarningListener((source, warning) -> image.warnings.add(warning));
            return image;
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /**
     * A WebP is read from memory with zero bytes after its end: TwelveMonkeys' lossless decoder, once at the end of
     * its input, retries the read (an exception and a file seek) for every further pixel, so a few bytes claiming
     * millions of pixels would take minutes. WebP files are small; {@link SourceFormat#maxBytes()} bounds them.
     */
    private static ImageInputStream input(Path file, SourceFormat format) throws IOException {
        if (format != SourceFormat.WEBP) {
            return new BufferedFileImageInputStream(file.toFile());
        }
        byte[] content = Files.readAllBytes(file);
        return new ByteArrayImageInputStream(Arrays.copyOf(content, content.length + WEBP_PADDING));
    }

    /** Read from the header; nothing is decoded yet. */
    Size size() throws IOException {
        return new Size(reader.getWidth(0), reader.getHeight(0));
    }

    /**
     * Every {@code subsampling}-th pixel of every {@code subsampling}-th row: the pixels come out of the decoder
     * row by row and only the kept ones are stored.
     */
    BufferedImage read(int subsampling) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        BufferedImage image = reader.read(0, param);
        for (String warning : warnings) {
            // libjpeg fills a cut-off JPEG up with grey and only warns; anything else it warns about is harmless.
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new IIOException("the data ends early (" + warning + ")");
            }
        }
        return image;
    }

    /** The EXIF orientation of a JPEG; NORMAL for other formats or when the metadata cannot be read. */
    ExifOrientation orientation() {
        Node orientation = child(child(metadataTree(IIOMetadataFormatImpl.standardMetadataFormatName), "Dimension"),
                "ImageOrientation");
        return ExifOrientation.fromStandardMetadata(attribute(orientation, "value"));
    }

    /**
     * Whether the JDK's reader hands this file over row by row, top to bottom, in sRGB: true for PNG (interlaced
     * ones announce themselves before the first row) and for a sequential JPEG of 1 or 3 components; false for a
     * progressive JPEG (its rows come once per scan) or a CMYK one.
     */
    boolean streamable() {
        if (format == SourceFormat.PNG) {
            return true;
        }
        if (format != SourceFormat.JPEG) {
            return false;
        }
        Node sof = child(child(metadataTree(JPEG_NATIVE_METADATA), "markerSequence"), "sof");
        String process = attribute(sof, "process");
        String components = attribute(sof, "numFrameComponents");
        return ("0".equals(process) || "1".equals(process)) && ("1".equals(components) || "3".equals(components));
    }

    /** A metadata tree of a JPEG, or null (other formats, or metadata that cannot be read). */
    private Node metadataTree(String formatName) {
        if (format != SourceFormat.JPEG) {
            return null;
        }
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null) {
                return null;
            }
            return metadata.getAsTree(formatName);
        } catch (IOException | RuntimeException unreadable) {
            // A damaged EXIF block must not cost the photo: the pixels are still good, shown as stored.
            return null;
        }
    }

    private static String attribute(Node node, String name) {
        Node value = node == null ? null : node.getAttributes().getNamedItem(name);
        return value == null ? null : value.getNodeValue();
    }

    private static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (name.equals(child.getNodeName())) {
                return child;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.dispose();
        } finally {
            input.close();
        }
    }
}
