package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.photo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.docspacephoto.emulator.EmulatorClient.Multipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every kind of answer the emulator gives, success and error, checked against its operation in the OpenAPI document
 * ONLYOFFICE publishes for server 3.7 (read from ../shared, never copied here): the status must be one the operation
 * lists, or one NOTES.md shows the real server gives; a body the operation describes must match that schema. The
 * spec describes no error body, so those are checked against DocSpace's error models from NOTES.md §3.3 and §3.4.
 */
public class OpenApiContractTest extends EmulatorTestBase {

    private static final Path SPEC = Path.of(Optional.ofNullable(System.getProperty("docspace.openapi"))
            .or(() -> Optional.ofNullable(System.getenv("DOCSPACE_OPENAPI")))
            .orElse(Path.of("..", "..", "shared", "docspace", "api-docs.json").toString())).toAbsolutePath().normalize();
    private static final String PHOTO = "/api/2.0/people/{userid}/photo";
    private static final String THUMBNAILS = PHOTO + "/thumbnails";
    private static final String AUTHENTICATION = "/api/2.0/authentication";

    /** Statuses the real server answers that the operation does not list, each explained in NOTES.md. */
    private static final Map<String, Set<Integer>> UNLISTED_BUT_REAL = Map.of(
            // §5.4: empty files and unbindable bodies 400, download errors 500, wrong media type 415 (§3.3)
            "updateMemberPhoto", Set.of(400, 415, 500),
            // §5.1: unbindable bodies 400, wrong media type 415
            "createMemberPhotoThumbnails", Set.of(400, 415),
            // §4.3: a body that is not JSON
            "authenticateMe", Set.of(415));

    /** ErrorApiResponse (§3.4), the validation problem and the 415 problem in the envelope (§3.3). */
    private static final String ERROR_MODELS = """
            {"oneOf": [
              {"type": "object", "additionalProperties": false, "required": ["status", "statusCode", "error"],
               "properties": {"status": {"enum": [1]}, "statusCode": {"type": "integer"},
                 "error": {"type": "object", "additionalProperties": false, "required": ["message"],
                   "properties": {"message": {"type": "string"}, "type": {"type": ["string", "null"]},
                     "stack": {"type": ["string", "null"]}, "hresult": {"type": "integer"}}}}},
              {"type": "object", "required": ["response", "count", "links", "status", "statusCode"],
               "properties": {"status": {"enum": [0, 1]}, "statusCode": {"enum": [200, 400]},
                 "count": {"enum": [1]}, "links": {"type": "array", "minItems": 1, "maxItems": 1},
                 "response": {"type": "object", "required": ["type", "title", "status", "traceId"],
                   "properties": {"status": {"enum": [400, 415]}, "title": {"type": "string"},
                     "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}}}
            ]}""";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .nullableKeywordEnabled(true)
            .formatAssertionsEnabled(true)
            .build();

    private static JsonNode spec;
    private static JsonSchemaFactory schemas;

    @BeforeClass
    public static void loadSpec() throws IOException {
        assumeTrue("OpenAPI document not found at " + SPEC + " (set -Ddocspace.openapi or DOCSPACE_OPENAPI);"
                + " contract test skipped", Files.isRegularFile(SPEC));
        spec = JSON.readTree(SPEC.toFile());
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    }

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.allowLoopbackUrls(true).maxUploadBytes(200_000);
    }

    @Test
    public void getMemberPhotoAnswersMatchTheOperation() {
        assertConforms("GET", PHOTO, http.get(user, user.id()));
        uploadOwnPhoto(user, image("png", 90, 60));
        assertConforms("GET", PHOTO, http.get(user, user.id()));
        assertConforms("GET", PHOTO, http.send(http.request(photo(user.id())).GET()));
        assertConforms("GET", PHOTO, http.get(user, admin.id()));
        assertConforms("GET", PHOTO, http.get(user, "nobody"));
    }

    @Test
    public void deleteMemberPhotoAnswersMatchTheOperation() {
        assertConforms("DELETE", PHOTO, http.delete(user, user.id()));
        assertConforms("DELETE", PHOTO, http.delete(admin, user.id()));
        assertConforms("DELETE", PHOTO, http.delete(user, "nobody"));
        assertConforms("DELETE", PHOTO, http.send(http.request(photo(user.id())).DELETE()));
        assertConforms("DELETE", PHOTO, http.send(http.request(photo(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyRead()).DELETE()));
    }

    @Test
    public void updateMemberPhotoAnswersMatchTheOperation() {
        String main = uploadOwnPhoto(admin, image("png", 90, 60)).getString("main");
        assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\":\"" + emulator.baseUri() + main + "\"}"));
        assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\":\"\"}"));
        assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\": nope"));
        assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\":\"http://10.0.0.1/a.png\"}"));
        assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\":\"/api/2.0/people/user/photo\"}"));
        assertConforms("PUT", PHOTO, http.update(admin, user.id(), "{\"files\":\"x\"}"));
        assertConforms("PUT", PHOTO, http.update(user, "nobody", "{\"files\":\"x\"}"));
        assertConforms("PUT", PHOTO, http.send(http.as(user, photo(user.id())).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("x"))));
        try (SourceServer source = SourceServer.start()) {
            String notAnImage = source.serve("/a.png", 200, new byte[] {1, 2, 3});
            assertConforms("PUT", PHOTO, http.update(user, user.id(), "{\"files\":\"" + notAnImage + "\"}"));
        }
    }

    @Test
    public void uploadMemberPhotoAnswersMatchTheOperation() {
        assertConforms("POST", PHOTO, http.upload(user, user.id(), image("png", 60, 60), "true"));
        assertConforms("POST", PHOTO, http.upload(user, user.id(), image("jpg", 60, 60), "false"));
        assertConforms("POST", PHOTO, http.upload(user, user.id(), image("gif", 60, 60), "true"));
        assertConforms("POST", PHOTO, http.upload(user, user.id(), new Multipart().text("Autosave", "true")));
        assertConforms("POST", PHOTO, http.upload(user, user.id(), image("png", 60, 60), "maybe"));
        assertConforms("POST", PHOTO, http.send(http.as(user, photo(user.id())).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image("png", 5, 5)))));
        assertConforms("POST", PHOTO, http.send(http.request(photo(user.id()))
                .header("Authorization", "Bearer " + user.apiKeyRead())
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"))));
    }

    @Test
    public void createMemberPhotoThumbnailsAnswersMatchTheOperation() {
        uploadOwnPhoto(user, image("png", 90, 60));
        assertConforms("POST", THUMBNAILS, http.thumbnails(user, user.id(), "{\"x\":1,\"y\":1,\"width\":30,\"height\":30}"));
        assertConforms("POST", THUMBNAILS, http.thumbnails(user, user.id(), "{\"width\":-1}"));
        assertConforms("POST", THUMBNAILS, http.thumbnails(user, user.id(), "{\"tmpFile\":\"gone.png\"}"));
        assertConforms("POST", THUMBNAILS, http.thumbnails(admin, user.id(), "{}"));
        assertConforms("POST", THUMBNAILS, http.thumbnails(user, "nobody", "{}"));
    }

    @Test
    public void authenticateMeAnswersMatchTheOperation() {
        assertConforms("POST", AUTHENTICATION, http.login(user.userName(), user.password()));
        assertConforms("POST", AUTHENTICATION, http.login(tfa.email(), tfa.password()));
        assertConforms("POST", AUTHENTICATION, http.login(user.userName(), "wrong"));
        assertConforms("POST", AUTHENTICATION, http.send(http.request(AUTHENTICATION)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
    }

    @Test
    public void checkFailsOnABodyThatBreaksTheOperationsSchema() throws IOException {
        String wrong = http.get(user, user.id()).body().replace("\"count\":1", "\"count\":\"one\"")
                .replace("\"small\":", "\"tiny\":");
        Set<ValidationMessage> problems = successSchema("GET", PHOTO).validate(JSON.readTree(wrong));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.getMessage().contains("count")));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.getMessage().contains("tiny")));
        String badExpiry = http.login(user.userName(), user.password()).body()
                .replaceFirst("\"expires\":\"[^\"]+\"", "\"expires\":\"next year\"");
        assertFalse(successSchema("POST", AUTHENTICATION).validate(JSON.readTree(badExpiry)).isEmpty());
    }

    @Test
    public void checkFailsOnAnErrorBodyOrStatusThatNothingExplains() throws IOException {
        JsonSchema errors = schemas.getSchema(ERROR_MODELS, CONFIG);
        assertFalse(errors.validate(JSON.readTree("{\"status\":0,\"statusCode\":403,\"error\":{}}")).isEmpty());
        assertFalse(errors.validate(JSON.readTree("{\"message\":\"Access denied\"}")).isEmpty());
        assertTrue(errors.validate(JSON.readTree(http.get(user, admin.id()).body())).isEmpty());
        HttpResponse<String> teapot = http.send(http.as(user, photo(user.id())).GET());
        assertThrows(AssertionError.class, () -> assertStatusListed("GET", PHOTO, 418, teapot.uri().toString()));
    }

    private void assertConforms(String method, String path, HttpResponse<String> response) {
        JsonNode declared = assertStatusListed(method, path, response.statusCode(), response.body());
        JsonNode ref = declared.path("content").path("application/json").path("schema").path("$ref");
        String what = method + " " + path + " " + response.statusCode() + " " + response.body();
        Set<ValidationMessage> problems;
        if (!ref.isMissingNode()) {
            assertTrue(what, response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            problems = schemas.getSchema(SchemaLocation.of(SPEC.toUri() + ref.asText()), CONFIG).validate(tree(response));
        } else if (response.body().isEmpty()) {
            assertTrue("only the authentication pipeline answers without a body: " + what,
                    response.statusCode() == 401 || response.statusCode() == 403);
            return;
        } else {
            problems = schemas.getSchema(ERROR_MODELS, CONFIG).validate(tree(response));
        }
        assertTrue(problems + " in " + what, problems.isEmpty());
    }

    /** The operation's entry for this status, or an empty node for a real status the spec leaves out. */
    private static JsonNode assertStatusListed(String method, String path, int status, String what) {
        JsonNode operation = spec.path("paths").path(path).path(method.toLowerCase());
        assertFalse(method + " " + path + " is not in the spec", operation.isMissingNode());
        JsonNode declared = operation.path("responses").path(Integer.toString(status));
        String operationId = operation.path("operationId").asText();
        assertTrue(operationId + " answered " + status + ", which neither the spec nor NOTES.md explains: " + what,
                !declared.isMissingNode() || UNLISTED_BUT_REAL.getOrDefault(operationId, Set.of()).contains(status));
        return declared;
    }

    private static JsonSchema successSchema(String method, String path) {
        String ref = spec.path("paths").path(path).path(method.toLowerCase()).path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText();
        assertEquals("#/components/schemas/", ref.substring(0, ref.lastIndexOf('/') + 1));
        return schemas.getSchema(SchemaLocation.of(SPEC.toUri() + ref), CONFIG);
    }

    private static JsonNode tree(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }
}
