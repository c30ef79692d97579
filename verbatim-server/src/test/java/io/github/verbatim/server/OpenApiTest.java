package io.github.verbatim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.StoreReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published OpenAPI description matches the server: every documented path and method answers with a
 * documented status, and every route the server has is documented.
 */
class OpenApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyDocumentedOperationAnswersWithADocumentedStatus() throws Exception {
        FixtureStore.build(dir);
        HttpClient http = HttpClient.newHttpClient();
        try (StoreReader reader = StoreReader.open(dir);
             VerbatimServer server = new VerbatimServer(reader, FixtureStore.EXTRACTION, ServerLimits.STANDARD)
                     .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            JsonNode spec = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode hit = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=alliances"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("hits").get(0);
            Map<String, String> examples = Map.of(
                    "/api/speakers/{id}", "/api/speakers/" + enc(hit.path("speaker_id").asText()),
                    "/api/statements/{id}", "/api/statements/" + enc(hit.path("statement").asText()),
                    "/api/article", "/api/article?key=" + enc(hit.path("article").asText()),
                    "/api/search", "/api/search?q=alliances&facets=true");
            List<String> checked = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : spec.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> op : p.getValue().properties()) {
                    String url = base + examples.getOrDefault(p.getKey(), p.getKey());
                    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url));
                    if (op.getKey().equals("post")) {
                        rb.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"text\": \"Angela Merkel said: \u201cWe will manage.\u201d\"}"));
                    } else {
                        assertEquals("get", op.getKey(), p.getKey());
                    }
                    HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), op.getKey() + " " + p.getKey() + ": " + r.body());
                    assertTrue(op.getValue().path("responses").has("200"), p.getKey());
                    JSON.readTree(r.body());
                    checked.add(op.getKey() + " " + p.getKey());
                }
            }
            assertEquals(server.apiRoutes(), checked, "the documented operations are exactly the server's API routes");
            assertEquals(8, checked.size());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
