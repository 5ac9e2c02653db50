package io.github.docspacephoto.benchmark;

import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The baseline: what a careful developer writes by hand with the JDK's HTTP client and Yasson, parsing the same JSON
 * into the same models as the client does.
 */
final class RawPhotoClient {

    private static final Type THUMBNAILS_ENVELOPE = new ApiResponse<ThumbnailsDataDto>() { }.getClass()
            .getGenericSuperclass();

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

    ThumbnailsDataDto get() throws IOException, InterruptedException {
        return send(request(photo).GET().build());
    }

    ThumbnailsDataDto thumbnails(int x, int y, int width, int height) throws IOException, InterruptedException {
        String body = "{\"x\":" + x + ",\"y\":" + y + ",\"width\":" + width + ",\"height\":" + height + "}";
        return send(request(thumbnails)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + target.token());
    }

    private ThumbnailsDataDto send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode());
        }
        ApiResponse<ThumbnailsDataDto> envelope = jsonb.fromJson(response.body(), THUMBNAILS_ENVELOPE);
        return envelope.getResponse();
    }
}
