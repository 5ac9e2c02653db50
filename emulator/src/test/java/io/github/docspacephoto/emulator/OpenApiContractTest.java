package io.github.docspacephoto.emulator;

import static io.github.docspacephoto.emulator.EmulatorClient.image;
import static io.github.docspacephoto.emulator.EmulatorClient.payload;
import static io.github.docspacephoto.emulator.EmulatorClient.photoPath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every success body the emulator sends, checked against the schema ONLYOFFICE publishes for the operation
 * (server 3.7's api-docs.json, read from ../shared and never copied here). The spec declares no error bodies.
 */
public class OpenApiContractTest extends EmulatorTestBase {

    /** Surefire runs in emulator/, so the shared folder beside the repository is two levels up. */
    private static final Path SPEC = Path.of(System.getProperty("docspace.openapi",
            Path.of("..", "..", "shared", "docspace", "api-docs.json").toString())).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchemaFactory schemas;

    @BeforeClass
    public static void loadSpec() {
        assumeTrue("OpenAPI spec not found at " + SPEC + "; contract test skipped", Files.isRegularFile(SPEC));
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    }

    @Override
    protected DocSpaceEmulator.Builder configure(DocSpaceEmulator.Builder builder) {
        return builder.allowLoopbackUrls(true);
    }

    @Test
    public void getDeleteUpdateAndThumbnailsMatchThumbnailsDataWrapper() throws IOException {
        assertConforms("ThumbnailsDataWrapper", http.get(user, user.id()));
        String main = uploadAsOwnPhoto(user, image("png", 300, 200)).getString("main");
        assertConforms("ThumbnailsDataWrapper", http.get(user, user.id()));
        assertConforms("ThumbnailsDataWrapper", http.postJson(user, photoPath(user.id()) + "/thumbnails",
                "{\"x\":1,\"y\":1,\"width\":50,\"height\":50}"));
        assertConforms("ThumbnailsDataWrapper", http.putJson(user, photoPath(user.id()),
                "{\"files\":\"" + emulator.baseUri() + main + "\"}"));
        assertConforms("ThumbnailsDataWrapper", http.delete(user, user.id()));
    }

    @Test
    public void uploadResultsMatchFileUploadResultWrapper() throws IOException {
        assertConforms("FileUploadResultWrapper", http.upload(user, user.id(), "File", image("png", 60, 60), "true"));
        assertConforms("FileUploadResultWrapper", http.upload(user, user.id(), "File", image("jpg", 60, 60), "false"));
        assertConforms("FileUploadResultWrapper", http.upload(user, user.id(), "File", image("gif", 60, 60), "true"));
    }

    @Test
    public void loginAnswersMatchAuthenticationTokenWrapper() throws IOException {
        assertConforms("AuthenticationTokenWrapper", login(user));
        assertConforms("AuthenticationTokenWrapper", login(emulator.user("tfa")));
    }

    @Test
    public void theCheckFailsOnABodyThatBreaksTheSchema() throws IOException {
        String wrong = http.get(user, user.id()).body().replace("\"count\":1", "\"count\":\"one\"")
                .replace("\"small\":", "\"tiny\":");
        Set<ValidationMessage> problems = schema("ThumbnailsDataWrapper").validate(JSON.readTree(wrong));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.getMessage().contains("count")));
        assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.getMessage().contains("tiny")));
    }

    private void assertConforms(String schemaName, HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 200, response.statusCode());
        Set<ValidationMessage> problems = schema(schemaName).validate(JSON.readTree(response.body()));
        assertTrue(schemaName + ": " + problems + " in " + response.body(), problems.isEmpty());
        assertFalse(payload(response).isEmpty());
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().nullableKeywordEnabled(true).build();
        return schemas.getSchema(SchemaLocation.of(SPEC.toUri() + "#/components/schemas/" + name), config);
    }

    private HttpResponse<String> login(SeededUser who) {
        return http.send(http.request("/api/2.0/authentication").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userName\":\"" + who.userName() + "\",\"password\":\"" + who.password() + "\"}")));
    }
}
