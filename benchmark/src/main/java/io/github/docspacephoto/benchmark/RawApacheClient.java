package io.github.docspacephoto.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docspacephoto.client.model.ApiResponse;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.ThumbnailsRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The fast baseline: the stack of ONLYOFFICE's own Java SDK (Apache HttpClient 5 classic + Jackson), written by hand
 * as a careful developer would, parsing the same JSON into equivalent models: the client's own for the photo's
 * URLs, and {@link UploadAnswer} for an upload (the client's keeps JSON-P values, which Jackson does not bind).
 */
final class RawApacheClient implements PhotoStack {

    /** As DocSpace answers an upload: {@code data} is the temporary file's URL, or the photo's URLs. */
    record UploadAnswer(Boolean success, JsonNode data, String message) {
    }

    private static final TypeReference<ApiResponse<ThumbnailsDataDto>> PHOTO = new TypeReference<>() { };
    private static final TypeReference<ApiResponse<UploadAnswer>> UPLOAD = new TypeReference<>() { };
    private static final ContentType PNG = ContentType.create("image/png");

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final CloseableHttpClient http;
    private final BenchmarkTarget target;
    private final URI photo;
    private final URI thumbnails;

    RawApacheClient(BenchmarkTarget target) {
        this.target = target;
        this.photo = target.server().resolve("/api/2.0/people/" + target.userId() + "/photo");
        this.thumbnails = target.server().resolve("/api/2.0/people/" + target.userId() + "/photo/thumbnails");
        // as many pooled connections as the client keeps, so that neither waits for one at 16 threads
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(32)
                        .setMaxConnPerRoute(32)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(60, TimeUnit.SECONDS).build())
                .build();
    }

    @Override
    public ThumbnailsDataDto get() throws IOException {
        return send(authorized(new HttpGet(photo)), PHOTO).getResponse();
    }

    @Override
    public ThumbnailsDataDto thumbnails() throws IOException {
        ThumbnailsRequest crop = new ThumbnailsRequest(null, ClientStack.CROP.x(), ClientStack.CROP.y(),
                ClientStack.CROP.width(), ClientStack.CROP.height());
        HttpPost post = authorized(new HttpPost(thumbnails));
        post.setEntity(new ByteArrayEntity(json.writeValueAsBytes(crop), ContentType.APPLICATION_JSON));
        return send(post, PHOTO).getResponse();
    }

    @Override
    public String upload(Path file) throws IOException {
        HttpPost post = authorized(new HttpPost(photo));
        post.setEntity(MultipartEntityBuilder.create()
                .addBinaryBody("File", file.toFile(), PNG, file.getFileName().toString())
                .addTextBody("Autosave", "false")
                .build());
        UploadAnswer answer = send(post, UPLOAD).getResponse();
        if (!Boolean.TRUE.equals(answer.success())) {
            throw new IOException("upload refused: " + answer.message());
        }
        return answer.data().asText();
    }

    private <R extends HttpUriRequestBase> R authorized(R request) {
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + target.token());
        return request;
    }

    private <T> ApiResponse<T> send(HttpUriRequestBase request, TypeReference<ApiResponse<T>> type)
            throws IOException {
        return http.execute(request, response -> {
            if (response.getCode() != 200) {
                throw new IOException(request.getMethod() + " " + request.getPath() + " answered "
                        + response.getCode());
            }
            try (InputStream body = response.getEntity().getContent()) {
                return json.readValue(body, type);
            }
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
