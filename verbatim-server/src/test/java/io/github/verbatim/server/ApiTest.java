package io.github.verbatim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.StoreReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint over the fixture store, with good and bad input, through real HTTP on loopback. */
class ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static StoreReader reader;
    static VerbatimServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        FixtureStore.build(dir.resolve("store"));
        reader = StoreReader.open(dir.resolve("store"));
        server = new VerbatimServer(reader, FixtureStore.EXTRACTION, ServerLimits.STANDARD).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        reader.close();
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    static Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    static Answer post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), json, r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertError(Answer a, int status, String code) {
        assertEquals(status, a.status(), () -> a.raw().body());
        assertNotNull(a.json(), "errors are JSON: " + a.raw().body());
        assertEquals(status, a.json().path("error").path("status").asInt());
        assertEquals(code, a.json().path("error").path("code").asText(), a.raw().body());
        assertFalse(a.json().path("error").path("message").asText().isBlank());
        assertFalse(a.raw().body().contains("at io.github"), "no stack traces: " + a.raw().body());
    }

    @Test
    void healthCountsTheStore() throws Exception {
        Answer a = get("/api/health");
        assertEquals(200, a.status());
        assertEquals("ok", a.json().path("status").asText());
        assertEquals(7, a.json().path("store").path("articles").asInt());
        assertTrue(a.json().path("store").path("aggregates_current").asBoolean());
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : new String[] {"/api/health", "/", "/app.css", "/nope", "/api/nope"}) {
            HttpResponse<String> r = get(path).raw();
            assertEquals(VerbatimServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
        }
        assertFalse(VerbatimServer.CSP.contains("unsafe-inline"));
    }

    @Test
    void searchFindsTheStatementWithContextAndFacets() throws Exception {
        Answer a = get("/api/search?q=alliances&facets=true");
        assertEquals(200, a.status(), a.raw().body());
        assertEquals(3, a.json().path("total").asInt());
        JsonNode hit = a.json().path("hits").get(0);
        assertTrue(hit.path("text").asText().contains("alliances"));
        assertTrue(hit.path("context").path("before").asText().contains("said:"));
        assertEquals(hit.path("text").asText(), hit.path("context").path("quote").asText());
        assertTrue(hit.path("speaker_id").asText().startsWith("sp-"), hit.toString());
        assertTrue(hit.path("statement").asText().startsWith("st-"), hit.toString());
        assertEquals("BRUSSELS", hit.path("place").path("text").asText(), hit.toString());
        assertEquals("article", hit.path("time").path("source").asText(), hit.toString());
        assertTrue(hit.path("mentions").isArray(), hit.toString());
        Set<String> outlets = new HashSet<>();
        a.json().path("facets").path("outlet").forEach(o -> outlets.add(o.path("value").asText()));
        assertEquals(Set.of("Reuters", "AP", "Tabloid"), outlets);
        assertEquals(3, a.json().path("facets").path("speaker").get(0).path("count").asInt());
        assertEquals(3, a.json().path("facets").path("counted").asInt());
        assertEquals("[{\"value\":\"2021-03\",\"count\":3}]", a.json().path("facets").path("month").toString());
        JsonNode all = get("/api/search?q=*&facets=true&size=1").json();
        assertEquals(all.path("total").asInt(), all.path("facets").path("counted").asInt());
        int sum = 0;
        for (JsonNode v : all.path("facets").path("outlet")) {
            sum += v.path("count").asInt();
        }
        assertEquals(all.path("total").asInt(), sum, "every match counted, not just the page");
    }

    @Test
    void searchFiltersByOutletKindSpeakerAndDates() throws Exception {
        assertEquals(2, get("/api/search?q=*&outlet=reuters").json().path("total").asInt());
        assertEquals(8, get("/api/search?q=*&kind=direct").json().path("total").asInt() + 1);
        assertEquals(0, get("/api/search?q=*&kind=indirect").json().path("total").asInt());
        assertEquals(5, get("/api/search?q=*&speaker=" + enc("Blinken")).json().path("total").asInt());
        assertEquals(3, get("/api/search?q=*&since=2021-03-24&until=2021-03-31").json().path("total").asInt());
        assertEquals(1, get("/api/search?q=*&since=2021-06-01").json().path("total").asInt());
    }

    @Test
    void searchPagesWithoutOverlap() throws Exception {
        Set<String> seen = new HashSet<>();
        int total = get("/api/search?q=*").json().path("total").asInt();
        for (int page = 1; page <= total; page++) {
            JsonNode hits = get("/api/search?q=*&size=1&page=" + page).json().path("hits");
            assertEquals(1, hits.size());
            assertTrue(seen.add(hits.get(0).path("id").asText()), "page " + page + " repeats a hit");
        }
        assertEquals(0, get("/api/search?q=*&size=1&page=" + (total + 1)).json().path("hits").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alliances AND (", "\"unclosed phrase", "field:[a TO", "*leading", "a~~~2 OR ]"})
    void luceneSyntaxErrorsAre400(String q) throws Exception {
        Answer a = get("/api/search?q=" + enc(q));
        assertEquals(400, a.status(), a.raw().body());
        assertTrue(Set.of("invalid_query", "query_too_complex").contains(a.json().path("error").path("code").asText()));
    }

    @Test
    void overComplexQueriesAre400() throws Exception {
        assertError(get("/api/search?q=" + enc("x".repeat(501))), 400, "query_too_complex");
        assertError(get("/api/search?q=" + enc("a ".repeat(40))), 400, "query_too_complex");
        assertError(get("/api/search?q=" + enc("a* b* c* d* e*")), 400, "query_too_complex");
        assertError(get("/api/search?q=" + enc("/.*/")), 400, "query_too_complex");
    }

    @Test
    void badSearchParametersAre400() throws Exception {
        assertError(get("/api/search?q=a&since=2021-13-45"), 400, "bad_date");
        assertError(get("/api/search?q=a&until=yesterday"), 400, "bad_date");
        assertError(get("/api/search?q=a&since=2021-05-01&until=2021-04-01"), 400, "bad_date");
        assertError(get("/api/search?q=a&size=101"), 400, "bad_parameter");
        assertError(get("/api/search?q=a&size=0"), 400, "bad_parameter");
        assertError(get("/api/search?q=a&page=x"), 400, "bad_parameter");
        assertError(get("/api/search?q=a&page=11&size=100"), 400, "page_too_deep");
        assertError(get("/api/search?q=a&kind=rumour"), 400, "bad_parameter");
        assertError(get("/api/search?q=a&facets=yes"), 400, "bad_parameter");
    }

    @Test
    void speakerProfileHasAliasesRolesMonthsAndCoMentions() throws Exception {
        JsonNode list = get("/api/speakers").json().path("speakers");
        String id = null;
        for (JsonNode s : list) {
            if (s.path("name").asText().equals("Antony Blinken")) {
                id = s.path("id").asText();
            }
        }
        assertNotNull(id, list.toString());
        Answer a = get("/api/speakers/" + enc(id));
        assertEquals(200, a.status(), a.raw().body());
        JsonNode p = a.json();
        assertTrue(p.path("aliases").toString().contains("Blinken"));
        assertEquals("US Secretary of State", p.path("roles").get(0).path("role").asText());
        assertEquals("2021-03-24", p.path("roles").get(0).path("first_seen").asText());
        JsonNode months = p.path("activity").path("months");
        assertEquals("[{\"month\":\"2021-03\",\"statements\":3},{\"month\":\"2021-04\",\"statements\":1},"
                + "{\"month\":\"2021-06\",\"statements\":1}]", months.toString());
        assertEquals("2021-06-10", p.path("activity").path("recent").get(0).path("published").asText());
        assertEquals("Angela Merkel", p.path("activity").path("co_mentioned").get(0).path("name").asText());
        assertEquals(2, p.path("activity").path("co_mentioned").get(0).path("articles").asInt());
    }

    @Test
    void statementTrailHasThreeReportsAndTheAlteredVariant() throws Exception {
        String id = get("/api/search?q=alliances").json().path("hits").get(0).path("statement").asText();
        Answer a = get("/api/statements/" + enc(id));
        assertEquals(200, a.status(), a.raw().body());
        assertEquals(3, a.json().path("reports").size());
        JsonNode variants = a.json().path("variants");
        assertEquals(1, variants.size(), a.json().toString());
        assertEquals("[\"Tabloid\"]", variants.get(0).path("outlets").toString());
        assertEquals(2, variants.get(0).path("edits").size());
    }

    @Test
    void articleCarriesTextAttributionsAndLinks() throws Exception {
        JsonNode hit = get("/api/search?q=climate").json().path("hits").get(0);
        Answer a = get("/api/article?key=" + enc(hit.path("article").asText()));
        assertEquals(200, a.status(), a.raw().body());
        JsonNode art = a.json();
        assertEquals("BBC", art.path("outlet").asText());
        JsonNode att = art.path("result").path("attributions").get(0);
        int start = att.path("content").get(0).path("start").asInt();
        int end = att.path("content").get(0).path("end").asInt();
        int[] cps = art.path("text").asText().codePoints().toArray();
        assertEquals(att.path("text").asText(), new String(cps, start, end - start));
        assertEquals("dateline", att.path("place").path("kind").asText(), att.toString());
        assertEquals(art.path("published").asText(), att.path("time").path("date").asText(), att.toString());
        assertEquals(hit.path("statement").asText(), art.path("statements").get(0).asText());
        assertEquals(hit.path("speaker_id").asText(), art.path("speaker_ids").get(0).path("speaker").asText());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertError(get("/api/speakers/sp-nope"), 404, "not_found");
        assertError(get("/api/statements/st-nope"), 404, "not_found");
        assertError(get("/api/article?key=" + enc("url:https://nowhere.example/x")), 404, "not_found");
        assertError(get("/api/article"), 400, "missing_parameter");
        assertError(get("/api/article?key=" + "k".repeat(3000)), 400, "bad_parameter");
        assertError(get("/api/nothing-here"), 404, "not_found");
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .DELETE().build()), 404, "not_found");
    }

    @Test
    void extractAnswersTheContractForJsonTextAndHtml() throws Exception {
        String text = "Angela Merkel said: \u201cWe will manage this.\u201d Then she left. \ud83d\ude00 "
                + "Olaf Scholz said: \u201cIndeed.\u201d";
        Answer a = post("/api/extract", "application/json", JSON.createObjectNode().put("text", text).toString());
        assertEquals(200, a.status(), a.raw().body());
        assertEquals(text, a.json().path("text").asText());
        assertEquals(2, a.json().path("attributions").size());
        JsonNode second = a.json().path("attributions").get(1);
        int[] cps = text.codePoints().toArray();
        int s = second.path("content").get(0).path("start").asInt();
        assertEquals("Indeed.", new String(cps, s, second.path("content").get(0).path("end").asInt() - s));
        assertEquals("Olaf Scholz", second.path("speaker").path("name").asText());

        Answer plain = post("/api/extract", "text/plain; charset=utf-8", text);
        assertEquals(a.json(), plain.json());

        String html = "<html><head><title>T</title><script>evil()</script></head><body><nav>Menu</nav>"
                + "<p>Angela Merkel said: \u201cWe will manage this.\u201d</p></body></html>";
        Answer h = post("/api/extract", "text/html", html);
        assertEquals(200, h.status(), h.raw().body());
        assertEquals("Angela Merkel said: \u201cWe will manage this.\u201d", h.json().path("text").asText());
        assertEquals("T", h.json().path("title").asText());
        assertEquals(1, h.json().path("attributions").size());
    }

    @Test
    void extractRejectsBadBodies() throws Exception {
        assertError(post("/api/extract", "application/json", "{\"text\": \"unterminated"), 400, "malformed_json");
        assertError(post("/api/extract", "application/json", "[1,2]"), 400, "malformed_json");
        assertError(post("/api/extract", "application/json", ""), 400, "malformed_json");
        assertError(post("/api/extract", "application/json", "{\"text\": 5}"), 400, "bad_parameter");
        assertError(post("/api/extract", "application/json", "{\"text\": \"a\", \"html\": \"b\"}"), 400, "bad_parameter");
        assertError(post("/api/extract", "application/json", "{\"text\": \"a\", \"published\": \"2021-02-30\"}"), 400,
                "bad_date");
        assertError(post("/api/extract", "application/json", "{\"text\": \"  \"}"), 400, "empty_text");
        assertError(post("/api/extract", "application/xml", "<a/>"), 415, "unsupported_media_type");
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', (byte) 0xC3, (byte) 0x28})).build()),
                400, "bad_encoding");
        assertError(get("/api/extract"), 404, "not_found");
    }

    @Test
    void hugeBodiesAre413() throws Exception {
        String huge = "x".repeat(ServerLimits.STANDARD.maxBodyBytes() + 10);
        assertError(post("/api/extract", "text/plain", huge), 413, "body_too_large");
        // Without a declared length (chunked), the limit still holds while reading.
        Iterator<java.nio.ByteBuffer> chunks = new Iterator<>() {
            int sent;

            @Override
            public boolean hasNext() {
                return sent < 40;
            }

            @Override
            public java.nio.ByteBuffer next() {
                sent++;
                return java.nio.ByteBuffer.wrap(new byte[64 * 1024]);
            }
        };
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
                    java.util.concurrent.SubmissionPublisher<java.nio.ByteBuffer> p =
                            new java.util.concurrent.SubmissionPublisher<>();
                    p.subscribe(subscriber);
                    new Thread(() -> {
                        while (chunks.hasNext()) {
                            p.submit(chunks.next());
                        }
                        p.close();
                    }).start();
                })).build();
        Answer a;
        try {
            a = send(chunked);
        } catch (IOException e) {
            return; // the server may close the connection mid-upload once the limit is passed; nothing was served
        }
        assertError(a, 413, "body_too_large");
    }

    @Test
    void seededRandomQueriesNeverFailWith5xx() throws Exception {
        Random random = new Random(20260328L);
        String alphabet = "ab \"()[]{}*?~^:\\/-+!&|ORANDNOT<>'%";
        for (int i = 0; i < 300; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int j = 0; j < n; j++) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Answer a = get("/api/search?q=" + enc(q.toString()));
            assertTrue(a.status() == 200 || a.status() == 400, q + " -> " + a.status() + " " + a.raw().body());
            assertNotNull(a.json(), q.toString());
        }
    }

    @Test
    void staticServingIsAWhitelist() throws Exception {
        assertEquals(200, get("/").status());
        assertTrue(get("/").raw().body().contains("<script src=\"search.js\" defer></script>"));
        assertEquals("text/javascript; charset=utf-8", get("/ui.js").raw().headers().firstValue("Content-Type").orElse(""));
        for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/web/index.html", "/..%2f..%2fetc%2fpasswd",
                "/ui.js/../../pom.xml", "/io/github/verbatim/server/VerbatimServer.class", "/WEB-INF/web.xml",
                "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/index.html%00.js", "/C:%5Cwindows%5Cwin.ini"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("<modelVersion>") || r.body().contains("root:") || r.body().contains("<html"),
                    path + " leaked: " + r.body());
        }
    }
}
