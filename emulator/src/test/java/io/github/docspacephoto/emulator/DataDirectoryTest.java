package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Photos live on disk under the data directory, laid out like DocSpace's disk storage (NOTES.md §6). */
public class DataDirectoryTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void photosAreFilesInTheDataDirectoryAndBelongToTheirUsersAfterARestart() throws Exception {
        Path data = folder.getRoot().toPath();
        String original;
        try (DocSpaceEmulator first = DocSpaceEmulator.builder().port(0).dataDirectory(data).start()) {
            SeededUser user = first.user("user");
            EmulatorClient http = new EmulatorClient(first.baseUri());
            original = payload(http.upload(user, user.id(), image("png", 120, 90), "true"))
                    .getJsonObject("data").getString("main");
            String file = original.substring("/storage/userPhotos/root/".length(), original.indexOf('?'));
            assertTrue(Files.isRegularFile(data.resolve("userPhotos/root").resolve(file)));
        }
        try (DocSpaceEmulator second = DocSpaceEmulator.builder().port(0).dataDirectory(data).start()) {
            SeededUser user = second.user("user");
            EmulatorClient http = new EmulatorClient(second.baseUri());
            String again = payload(http.get(user, user.id())).getString("original");
            assertEquals(original.substring(0, original.indexOf('?')), again.substring(0, again.indexOf('?')));
            assertEquals(120, http.image(again).getWidth());
        }
    }
}
