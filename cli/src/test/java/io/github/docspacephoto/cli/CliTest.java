package io.github.docspacephoto.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.github.docspacephoto.emulator.DocSpaceEmulator;
import io.github.docspacephoto.emulator.Fault;
import io.github.docspacephoto.emulator.SeededUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

public class CliTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private DocSpaceEmulator emulator;
    private SeededUser user;
    private Path tokenFile;
    private String out;
    private String err;

    @Before
    public void start() throws Exception {
        emulator = DocSpaceEmulator.builder().port(0).allowLoopbackUrls(true).start();
        user = emulator.user("user");
        tokenFile = folder.newFile("token").toPath();
        Files.writeString(tokenFile, user.token() + "\n");
    }

    @After
    public void stop() {
        emulator.close();
        assertFalse("token printed: " + out + err, (out + err).contains(user.token()));
    }

    private int run(String... args) {
        CommandLine cli = DocSpacePhotoCli.commandLine();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        int exit = cli.execute(args);
        out = stdout.toString();
        err = stderr.toString();
        return exit;
    }

    private int runAsUser(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--server", emulator.baseUri().toString(),
                "--token-file", tokenFile.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path png(int width, int height) throws Exception {
        Path file = folder.newFile("p" + System.nanoTime() + ".png").toPath();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private JsonObject json() {
        return Json.createReader(new StringReader(out)).readObject();
    }

    @Test
    public void getPrintsTheUrls() {
        assertEquals(err, 0, runAsUser("get", "user"));
        assertTrue(out, out.startsWith("Got the photo of user 'user': original " + emulator.baseUri()
                + "/static/images/"));
        assertTrue(out, out.contains("small    " + emulator.baseUri()
                + "/static/images/default_user_photo_size_32-32.png"));
    }

    @Test
    public void jsonHasTheRelativeAndTheAbsoluteUrls() {
        assertEquals(err, 0, runAsUser("get", "user", "--json"));
        JsonObject result = json();
        assertEquals(emulator.baseUri() + result.getString("small"),
                result.getJsonObject("absoluteUrls").getString("small"));
        assertEquals(6, result.getJsonObject("absoluteUrls").size());
    }

    @Test
    public void downloadSavesTheSizeAskedForUnderADefaultNameInAFolder() throws Exception {
        assertEquals(err, 0, runAsUser("upload", "user", "--file", png(400, 300).toString()));
        Path avatars = folder.newFolder("avatars").toPath();
        assertEquals(err, 0, runAsUser("download", "user", "--size", "small", "-o", avatars.toString(), "--json"));
        JsonObject result = json();
        Path saved = avatars.resolve("user-small.png");
        assertEquals(saved.toString(), result.getString("file"));
        assertEquals(32, result.getInt("width"));
        assertEquals(32, result.getInt("height"));
        assertEquals("image/png", result.getString("mediaType"));
        assertTrue(result.getString("url"), result.getString("url").startsWith(emulator.baseUri()
                + "/storage/userPhotos/root/" + user.id() + "_size_32-32.png?hash="));
        assertEquals(32, ImageIO.read(saved.toFile()).getWidth());

        assertEquals(err, 0, runAsUser("download", "user", "-o", avatars.resolve("me.png").toString()));
        assertTrue(out, out.startsWith("Downloaded the original photo of user 'user': 400x300 image/png, "));
        assertEquals(400, ImageIO.read(avatars.resolve("me.png").toFile()).getWidth());
    }

    @Test
    public void downloadRefusesToOverwriteWithoutForce() throws Exception {
        Path file = folder.newFile("taken.png").toPath();
        Files.writeString(file, "mine");
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("download", "user", "--size", "max", "-o", file.toString()));
        assertTrue(err, err.contains("file '" + file + "' already exists"));
        assertEquals("mine", Files.readString(file));
        assertTrue("nothing sent", emulator.requestLog().requests().isEmpty());

        assertEquals(err, 0, runAsUser("download", "user", "--size", "max", "-o", file.toString(), "--force"));
        assertEquals(200, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    public void downloadRefusesAnUnknownSizeNamingTheAllowedOnes() {
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("download", "user", "--size", "huge", "-o",
                folder.getRoot().toString()));
        assertTrue(err, err.contains("size 'huge' is not a photo size: give one of original, retina, max, big,"
                + " medium, small"));
        assertTrue("nothing sent", emulator.requestLog().requests().isEmpty());
        assertEquals(ExitCodes.NOT_FOUND, runAsUser("download", "nobody", "-o", folder.getRoot().toString()));
    }

    @Test
    public void uploadThumbnailsUpdateAndDeleteWithJsonOutput() throws Exception {
        assertEquals(err, 0, runAsUser("upload", user.id(), "--file", png(400, 300).toString(), "--json"));
        String original = json().getString("original");
        assertTrue(original, original.contains("_orig_400-300.png"));

        assertEquals(err, 0, runAsUser("thumbnails", "user", "--x", "10", "--y", "10", "--width", "100",
                "--height", "100", "--json"));
        assertEquals("thumbnails", json().getString("action"));

        assertEquals(err, 0, runAsUser("update", "user", "--url", emulator.baseUri() + original, "--json"));
        assertTrue(json().getString("original").contains("_orig_400-300.png"));

        assertEquals(err, 0, runAsUser("delete", "user", "--json"));
        assertTrue(json().getString("small").startsWith("/static/images/"));
    }

    @Test
    public void uploadWithoutAutosaveThenThumbnailsFromTheTemporaryFile() throws Exception {
        assertEquals(err, 0, runAsUser("upload", "user", "--file", png(300, 200).toString(), "--no-autosave",
                "--json"));
        String tmpFile = json().getString("tmpFile");
        assertEquals(err, 0, runAsUser("thumbnails", "user", "--tmp-file", tmpFile));
        assertTrue(out, out.contains("_orig_300-200.png"));
    }

    @Test
    public void prepareUploadsAGifAsAJpegThatFits1280() throws Exception {
        Path gif = folder.newFile("big.gif").toPath();
        ImageIO.write(new BufferedImage(2560, 1600, BufferedImage.TYPE_INT_RGB), "gif", gif.toFile());
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("upload", "user", "--file", gif.toString()));
        assertEquals(err, 0, runAsUser("upload", "user", "--file", gif.toString(), "--prepare", "--json"));
        String original = json().getString("original");
        assertTrue(original, original.contains("_orig_1280-800.jpeg"));

        Path text = folder.newFile("notes.webp").toPath();
        Files.writeString(text, "not an image");
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("upload", "user", "--file", text.toString(), "--prepare"));
        assertTrue(err, err.contains("is not a PNG, JPEG, GIF, BMP or WebP image (judged by its content)"));
    }

    @Test
    public void loginSavesTheTokenToAPrivateFileWithoutPrintingIt() throws Exception {
        Path password = folder.newFile("password").toPath();
        Files.writeString(password, user.password());
        Path saved = folder.getRoot().toPath().resolve("saved-token");
        assertEquals(err, 0, run("login", "--server", emulator.baseUri().toString(), "--user", "user",
                "--password-file", password.toString(), "--save-token", saved.toString()));
        String token = Files.readString(saved);
        assertFalse(out.contains(token));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        Files.writeString(tokenFile, token);
        assertEquals(err, 0, runAsUser("get", "user"));
    }

    @Test
    public void exitCodesSayWhatWentWrong() throws Exception {
        assertEquals(ExitCodes.USAGE, run("get", "--no-such-option"));
        assertEquals(ExitCodes.USAGE, run("rotate"));

        assertEquals(ExitCodes.PERMISSION, runAsUser("delete", "admin"));
        assertTrue(err, err.contains("DocSpace answered 403 \"Access denied\""));
        assertEquals(ExitCodes.NOT_FOUND, runAsUser("get", "nobody"));

        Path gif = folder.newFile("a.png").toPath();
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "gif", gif.toFile());
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("upload", "user", "--file", gif.toString()));
        assertTrue(err, err.contains("is not a PNG or JPEG image"));
        assertEquals(ExitCodes.INVALID_INPUT, runAsUser("get", "../admin"));

        emulator.faults().add("GET", "/api/2.0/people/{userid}/photo", Fault.status(500), 1);
        assertEquals(ExitCodes.SERVER_OR_NETWORK, runAsUser("get", "user"));

        Files.writeString(tokenFile, "wrong-token");
        assertEquals(ExitCodes.AUTHENTICATION, runAsUser("get", "user"));
        assertEquals(ExitCodes.INVALID_INPUT, run("get", "user", "--server", emulator.baseUri().toString()));
        assertTrue(err, err.contains("token is missing"));
    }

    @Test
    public void anUploadWhoseAnswerIsLostExitsWithOutcomeUnknown() throws Exception {
        emulator.faults().add("POST", "/api/2.0/people/{userid}/photo", Fault.applyThenReset(), 1);
        assertEquals(err, ExitCodes.OUTCOME_UNKNOWN, runAsUser("upload", "user", "--file", png(40, 40).toString()));
        assertTrue(err, err.contains("the outcome is unknown"));
        assertTrue(err, err.contains("get"));
    }

    @Test
    public void everySubcommandHelpShowsAnExample() {
        for (String command : new String[] {"get", "download", "upload", "update", "delete", "thumbnails", "login",
            "demo"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(command + ": " + out, out.contains("Example:"));
        }
        assertEquals(0, run("--help"));
        assertTrue(out, out.contains("Exit codes:"));
        assertEquals(0, run("get", "--help"));
        assertTrue("the help steers tokens away from the command line: " + out, out.contains("Prefer the environment"));
    }

    @Test
    public void demoRunsEveryStepAndExitsZero() {
        assertEquals(err, 0, run("demo"));
        for (String step : new String[] {"1. login", "2. upload", "3. get", "4. thumbnails", "5. check",
                "6. update", "7. delete"}) {
            assertTrue(out, out.contains(step));
        }
        assertTrue(out, out.contains("Demo passed"));
        assertFalse(out, out.contains("FAILED"));
    }

    @Test
    public void demoWritesAPageOfThePhotoAtEachStepWithRelativeLinks() throws Exception {
        Path pageFolder = folder.getRoot().toPath().resolve("demo");
        assertEquals(err, 0, run("demo", "--page-folder", pageFolder.toString()));
        Path index = pageFolder.resolve("index.html");
        assertTrue(out, out.contains("The photo at each step, in every size: " + index.toAbsolutePath()));
        String html = Files.readString(index);
        java.util.regex.Matcher images = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (images.find()) {
            String link = images.group(1);
            assertFalse(link, link.startsWith("/") || link.contains(":"));
            assertTrue(link, ImageIO.read(pageFolder.resolve(link).toFile()) != null);
            count++;
        }
        assertEquals("six sizes after each of five steps", 30, count);
        assertTrue(html, html.contains("4-thumbnails/user-small.png"));
        assertTrue(html, html.contains("640&times;480"));
    }
}
