package io.github.docspacephoto.client.image;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Preparation leaves ImageIO's JVM-wide registry alone and needs nothing from it or from the thread context class
 * loader, as inside a Jenkins plugin: the library and its jars are loaded here by a class loader of their own.
 */
public class ImageIoIsolationTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void preparesInAPluginLikeClassLoaderWithoutRegisteringAnything() throws Exception {
        Path cmyk = TestImages.cmykJpeg(folder.newFile("cmyk.jpg").toPath(), 300, 200, 0, 255, 255, 0);
        Path webp = TestImages.webp(folder.newFile("picture.webp").toPath(), 300, 200, 0xff2040c0);
        Set<String> before = registeredReaders();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader plugin = new URLClassLoader(libraryClassPath(), ClassLoader.getPlatformClassLoader());
             URLClassLoader seesNothing = new URLClassLoader(new URL[0], null)) {
            Class<?> preparer = plugin.loadClass(PhotoPreparer.class.getName());
            assertEquals("the library is loaded apart", plugin, preparer.getClassLoader());
            Method prepare = preparer.getMethod("prepare", Path.class, long.class);
            Thread.currentThread().setContextClassLoader(seesNothing);
            for (Path source : new Path[] {cmyk, webp}) {
                try (AutoCloseable prepared = (AutoCloseable) prepare.invoke(null, source, 1_000_000L)) {
                    assertEquals("image/jpeg", prepared.getClass().getMethod("mediaType").invoke(prepared));
                }
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(before, registeredReaders());
    }

    @Test
    public void aReaderSomeoneElseRegisteredNeverStandsInForTheOnesPreparationUses() throws Exception {
        Path jpeg = TestImages.jpeg(TestImages.quadrants(400, 300), folder.newFile("a.jpg").toPath(), false);
        Path png = TestImages.write(TestImages.quadrants(400, 300), "png", folder.newFile("a.png").toPath());
        IIORegistry registry = IIORegistry.getDefaultInstance();
        BrokenReaderSpi broken = new BrokenReaderSpi();
        registry.registerServiceProvider(broken, ImageReaderSpi.class);
        try {
            Iterator<ImageReaderSpi> others = registry.getServiceProviders(ImageReaderSpi.class, true);
            while (others.hasNext()) {
                ImageReaderSpi other = others.next();
                if (other != broken) {
                    registry.setOrdering(ImageReaderSpi.class, broken, other);
                }
            }
            for (Path source : new Path[] {jpeg, png}) {
                try (PreparedPhoto prepared = PhotoPreparer.prepare(source, 1_000_000)) {
                    assertEquals(400, prepared.width());
                }
            }
        } finally {
            registry.deregisterServiceProvider(broken, ImageReaderSpi.class);
        }
    }

    @Test
    public void whenPreparationIsImageIosFirstUseInAJvmItDoesNotMakeTwelveMonkeysTheJvmsReaders() throws Exception {
        Path webp = TestImages.webp(folder.newFile("first.webp").toPath(), 30, 20, 0xff2040c0);
        assertEquals("ImageIO on its own loads the WebP reader from the class path", "1",
                firstUseInAFreshJvm("imageio", webp));
        assertEquals("0", firstUseInAFreshJvm("prepare", webp));
    }

    /** Runs {@link FirstUse} in a new JVM on this class path; its answer: how many WebP readers ImageIO has. */
    private static String firstUseInAFreshJvm(String first, Path webp) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstUse.class.getName(), first, webp.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        assertEquals(output, 0, process.waitFor());
        return output;
    }

    /** A JVM whose first ImageIO use is either ImageIO itself or a preparation. */
    public static final class FirstUse {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("prepare")) {
                PhotoPreparer.prepare(Path.of(args[1]), 1_000_000).close();
            }
            Iterator<ImageReader> webp = javax.imageio.ImageIO.getImageReadersByFormatName("webp");
            int count = 0;
            for (; webp.hasNext(); webp.next()) {
                count++;
            }
            System.out.println(count);
        }
    }

    private static Set<String> registeredReaders() {
        Set<String> names = new HashSet<>();
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false)
                .forEachRemaining(spi -> names.add(spi.getClass().getName() + "@"
                        + System.identityHashCode(spi.getClass().getClassLoader())));
        return names;
    }

    /** The client's classes and the TwelveMonkeys jars, as a plugin's WEB-INF/lib would hold them. */
    private static URL[] libraryClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("twelvemonkeys") || entry.endsWith(File.separator + "classes")
                    && !entry.endsWith("test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Claims every JPEG and PNG and fails to read them. */
    private static final class BrokenReaderSpi extends ImageReaderSpi {
        BrokenReaderSpi() {
            super("test", "1", new String[] {"jpeg", "JPEG", "jpg", "png", "PNG"}, new String[] {"jpg", "png"},
                    new String[] {"image/jpeg", "image/png"}, "none", new Class<?>[] {ImageInputStream.class}, null,
                    false, null, null, null, null, false, null, null, null, null);
        }

        @Override
        public boolean canDecodeInput(Object source) {
            return true;
        }

        @Override
        public ImageReader createReaderInstance(Object extension) {
            throw new IllegalStateException("a foreign reader was used");
        }

        @Override
        public String getDescription(java.util.Locale locale) {
            return "broken";
        }
    }
}
