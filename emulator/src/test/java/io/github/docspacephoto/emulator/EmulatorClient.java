package io.github.docspacephoto.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Plain JDK HTTP against the emulator, so that its tests do not depend on the client they serve. */
final class EmulatorClient {

    static final String PHOTO = "/api/2.0/people/%s/photo";
    static final String THUMBNAILS = PHOTO + "/thumbnails";
    static final String AUTHENTICATION = "/api/2.0/authentication";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    EmulatorClient(URI base) {
        this.base = base;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder as(SeededUser user, String path) {
        return request(path).header("Authorization", "Bearer " + user.token());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(SeededUser caller, String userId) {
        return send(as(caller, photo(userId)).GET());
    }

    HttpResponse<String> delete(SeededUser caller, String userId) {
        return send(as(caller, photo(userId)).DELETE());
    }

    HttpResponse<String> update(SeededUser caller, String userId, String json) {
        return send(as(caller, photo(userId)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> thumbnails(SeededUser caller, String userId, String json) {
        return send(as(caller, String.format(THUMBNAILS, userId)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> upload(SeededUser caller, String userId, Multipart form) {
        return send(as(caller, photo(userId)).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** The usual 3.7 form: a {@code File} part and, unless null, an {@code Autosave} part. */
    HttpResponse<String> upload(SeededUser caller, String userId, byte[] file, String autosave) {
        Multipart form = new Multipart().file("File", "avatar.png", file);
        return upload(caller, userId, autosave == null ? form : form.text("Autosave", autosave));
    }

    HttpResponse<String> login(String userName, String password) {
        return send(request(AUTHENTICATION).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userName\":\"" + userName + "\",\"password\":\"" + password + "\"}")));
    }

    /** The bytes behind a URL the emulator returned, relative to its base; fails unless 200. */
    byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(request(url).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    BufferedImage image(String url) {
        return decode(download(url));
    }

    static String photo(String userId) {
        return String.format(PHOTO, userId);
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonObject payload(HttpResponse<String> response) {
        return json(response).getJsonObject("response");
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("not an image ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image whose left half is blue and right half orange, so crops can be told apart. */
    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.ORANGE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, format);
    }

    /** A PNG of random pixels, which does not compress: about 3 bytes a pixel. */
    static byte[] noisyPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image, "png");
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small multipart/form-data writer for requests; the emulator parses them with Jetty. */
    static final class Multipart {
        private final String boundary = "----test" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart file(String name, String fileName, byte[] content) {
            head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n");
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        Multipart text(String name, String value) {
            head("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
            body.writeBytes((value + "\r\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        private void head(String headers) {
            body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        String boundary() {
            return boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return all.toByteArray();
        }
    }
}
