package io.github.docspacephoto.client.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderWriterSpi;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * Image readers and writers made without touching ImageIO's JVM-wide registry: the JDK's own PNG, GIF, BMP and
 * JPEG plugins (picked by their module, so that plugins another library registered never stand in for them), and
 * TwelveMonkeys' JPEG and WebP readers created from their service provider classes. Nothing depends on the
 * thread context class loader, which inside a Jenkins plugin may not see this library's jars.
 */
final class Codecs {

    private static final Module JDK_IMAGEIO = ImageIO.class.getModule();

    private Codecs() {
    }

    static ImageReader reader(SourceFormat format) throws IOException {
        return switch (format) {
            case JPEG -> TwelveMonkeysJpeg.SPI.createReaderInstance(null);
            case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
            case PNG -> jdkReader("png");
            case GIF -> jdkReader("gif");
            case BMP -> jdkReader("bmp");
        };
    }

    /** The JDK's own reader for a format, whatever else is registered for it. */
    static ImageReader jdkReader(String formatName) throws IOException {
        return jdk(ImageReaderSpi.class, formatName).createReaderInstance(null);
    }

    static ImageWriter writer(String formatName) throws IOException {
        return jdk(ImageWriterSpi.class, formatName).createWriterInstance(null);
    }

    private static <T extends ImageReaderWriterSpi> T jdk(Class<T> category, String formatName) {
        Iterator<T> providers = registry().getServiceProviders(category,
                spi -> spi.getClass().getModule() == JDK_IMAGEIO
                        && Arrays.asList(((ImageReaderWriterSpi) spi).getFormatNames()).contains(formatName),
                false);
        if (!providers.hasNext()) {
            throw new IllegalStateException("this JDK has no " + formatName + " image plugin");
        }
        return providers.next();
    }

    /**
     * ImageIO's registry, which on its first use in a JVM loads every plugin the thread context class loader sees.
     * Should this call be the first, it sees none of this library's jars (inside Jenkins the context loader may see
     * every plugin's), so that TwelveMonkeys' readers do not become the whole JVM's by our doing.
     */
    private static IIORegistry registry() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return IIORegistry.getDefaultInstance();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * TwelveMonkeys' JPEG reader decodes through the JDK's and adds CMYK/YCCK, ICC profiles and EXIF metadata.
     * Its provider finds that delegate when registered, so it is registered once, here, in a private registry.
     */
    private static final class TwelveMonkeysJpeg {
        static final ImageReaderSpi SPI = create();

        private static ImageReaderSpi create() {
            ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
            registry.registerServiceProvider(jdk(ImageReaderSpi.class, "jpeg"), ImageReaderSpi.class);
            JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
            registry.registerServiceProvider(spi, ImageReaderSpi.class);
            if (!registry.contains(spi)) {
                throw new IllegalStateException("TwelveMonkeys' JPEG reader found no JDK JPEG reader to delegate to");
            }
            return spi;
        }
    }
}
