package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.FileUploadResultDto;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.ThumbnailsRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The JDK baseline: what a careful developer writes by hand with the JDK's HTTP client and Yasson, parsing the same
 * JSON into the same models as the client does.
 */
final class RawPhotoClient implements PhotoStack {

    private static final Type PHOTO = new ApiResponse<ThumbnailsDataDto>() { }.getClass().getGenericSuperclass();
    private static final Type UPLOAD = new ApiResponse<FileUploadResultDto>() { }.getClass().getGenericSuperclass();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Jsonb jsonb = JsonbBuilder.create();
    private final BenchmarkTarget target;
    private final URI photo;
    private final URI thumbnails;

    RawPhotoClient(BenchmarkTarget target) {
        this.target = target;
        this.photo = target.server().resolve("/api/2.0/people/" + target.userId() + "/photo");
        this.thumbnails = target.server().resolve("/api/2.0/people/" + target.userId() + "/photo/thumbnails");
    }

    @Override
    public ThumbnailsDataDto get() throws IOException, InterruptedException {
        ApiResponse<ThumbnailsDataDto> envelope = send(request(photo).GET().build(), PHOTO);
        return envelope.getResponse();
    }

    @Override
    public ThumbnailsDataDto thumbnails() throws IOException, InterruptedException {
        ThumbnailsRequest crop = new ThumbnailsRequest(null, ClientStack.CROP.x(), ClientStack.CROP.y(),
                ClientStack.CROP.width(), ClientStack.CROP.height());
        ApiResponse<ThumbnailsDataDto> envelope = send(request(thumbnails)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonb.toJson(crop)))
                .build(), PHOTO);
        return envelope.getResponse();
    }

    /** The multipart body by hand: the JDK client has no multipart writer; the file is streamed from disk. */
    @Override
    public String upload(Path file) throws IOException, InterruptedException {
        String boundary = UUID.randomUUID().toString();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"File\"; filename=\"" + file.getFileName() + "\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        String tail = "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"Autosave\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "false\r\n--" + boundary + "--\r\n";
        HttpRequest request = request(photo)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
        ApiResponse<FileUploadResultDto> envelope = send(request, UPLOAD);
        FileUploadResultDto answer = envelope.getResponse();
        if (!answer.isSuccess()) {
            throw new IOException("upload refused: " + answer.message());
        }
        return answer.temporaryFile();
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + target.token());
    }

    private <T> ApiResponse<T> send(HttpRequest request, Type type) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode());
        }
        return jsonb.fromJson(response.body(), type);
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }
}
