package io.mixdoc.server;

import static io.mixdoc.server.TestSupport.get;
import static io.mixdoc.server.TestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.LayerKey;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import io.mixdoc.json.ResultJson;
import io.mixdoc.server.internal.ApiError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on a free loopback port: every endpoint and every error path, over HTTP. */
class ApiIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MixdocServer server;

    @BeforeAll
    static void start() {
        server = MixdocServer.start(TestSupport.loopback().withMaxBodyBytes(256 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    /** An error answer: the status, the stable code, a message, and nothing that looks like a stack trace. */
    private static void assertError(HttpResponse<String> r, int status, ApiError code) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r).path("error");
        assertEquals(code.name(), e.path("code").asText(), r.body());
        assertEquals(status, e.path("status").asInt());
        assertFalse(e.path("message").asText().isBlank());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception") || r.body().contains(".java:"), r.body());
    }

    @Test
    void bindsLoopbackOnly() {
        assertEquals("127.0.0.1", server.settings().host());
        assertTrue(server.url().startsWith("http://127.0.0.1:" + server.port()));
    }

    @Test
    void healthNamesTheSchemaStagesAndLimits() throws IOException {
        HttpResponse<String> r = get(server, "/v1/health");
        assertEquals(200, r.statusCode());
        JsonNode h = json(r);
        assertEquals("ok", h.path("status").asText());
        assertEquals(Mixdoc.SCHEMA, h.path("schema").asText());
        List<String> stages = new ArrayList<>();
        h.path("stages").forEach(s -> stages.add(s.asText()));
        List<String> expected = new ArrayList<>();
        Mixdoc.standard().stages().forEach(s -> expected.add(s.id()));
        assertEquals(expected, stages);
        assertEquals(256 * 1024, h.path("limits").path("max_body_bytes").asLong());
    }

    @Test
    void analyzePlainTextGivesTheSameJsonAsTheLibrary() throws IOException {
        String seed = TestSupport.seed();
        HttpResponse<String> r = post(server, "/v1/analyze?id=seed", "text/plain; charset=utf-8", seed);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode got = json(r);
        JsonNode expected = ResultJson.toTree(Mixdoc.standard().run("seed", seed));
        assertEquals(expected, got);
        assertTrue(got.path("seams").size() >= 15, "seams: " + got.path("seams").size());
        assertEquals("seed", got.path("id").asText());
    }

    @Test
    void offsetsAreCodePointsEvenOutsideTheBmp() throws IOException {
        String text = "𠮷𠮷 他说 the documentannouncement was made 很好。";
        JsonNode got = json(post(server, "/v1/analyze", "text/plain", text));
        int[] cps = text.codePoints().toArray();
        JsonNode seam = got.path("seams").get(0);
        String surface = new String(cps, seam.path("start").asInt(), seam.path("end").asInt() - seam.path("start").asInt());
        assertEquals("documentannouncement", surface);
        assertEquals(surface, seam.path("surface").asText());
    }

    @Test
    void analyzeHtmlJsonAndMultipart() throws IOException {
        JsonNode html = json(post(server, "/v1/analyze", "text/html; charset=utf-8",
                "<html><head><title>t</title><script>var x = 'documentannouncement';</script></head>"
                        + "<body><p>他说 the documentannouncement 很好。</p></body></html>"));
        assertEquals("他说 the documentannouncement 很好。", html.path("text").asText());
        assertEquals("document announcement", html.path("seams").get(0).path("repair").asText());

        JsonNode viaJson = json(post(server, "/v1/analyze", "application/json",
                "{\"id\":\"j1\",\"text\":\"他说 the documentannouncement 很好。\"}"));
        assertEquals("j1", viaJson.path("id").asText());
        assertEquals(html.path("seams"), viaJson.path("seams"));

        String boundary = "----mixdocTestBoundary";
        String seed = TestSupport.seed();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"000_dc618c4d89af0b6a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + seed + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = post(server, "/v1/analyze", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode upload = json(r);
        assertEquals("000_dc618c4d89af0b6a", upload.path("id").asText());
        assertEquals(seed, upload.path("text").asText());
    }

    @Test
    void openApiDescribesExactlyTheRoutesAndEveryErrorCode() throws IOException {
        HttpResponse<String> r = get(server, "/v1/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode api = json(r);
        assertTrue(api.path("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(Set.of("/v1/analyze", "/v1/document", "/v1/health", "/v1/openapi.json", "/"), paths);
        for (Iterator<String> it = api.path("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            // /v1/document needs serve --root and a path: DocumentApiIT covers it.
            if (api.path("paths").path(path).has("get") && !path.equals("/v1/document")) {
                assertEquals(200, get(server, path).statusCode(), path);
            }
        }
        Set<String> codes = new HashSet<>();
        api.path("components").path("schemas").path("Error").path("properties").path("error").path("properties")
                .path("code").path("enum").forEach(c -> codes.add(c.asText()));
        Set<String> expected = new HashSet<>();
        for (ApiError e : ApiError.values()) {
            expected.add(e.name());
        }
        assertEquals(expected, codes);
    }

    /**
     * openapi.json is written by hand, so this keeps it true: what {@code /v1/health} and
     * {@code /v1/analyze} answer is what it describes, and its {@code Result} agrees with the published
     * result schema (each property it names is there, each field it requires is required there).
     */
    @Test
    void openApiDescribesWhatTheServerAnswersAndAgreesWithTheResultSchema() throws IOException {
        JsonNode schemas = json(get(server, "/v1/openapi.json")).path("components").path("schemas");
        JsonNode health = json(get(server, "/v1/health"));
        assertEquals(fields(health), fields(schemas.path("Health").path("properties")), "Health in openapi.json");
        for (String nested : List.of("limits", "load")) {
            assertEquals(fields(health.path(nested)), fields(schemas.path("Health").path("properties").path(nested).path("properties")),
                    "Health." + nested + " in openapi.json");
        }
        JsonNode result = json(post(server, "/v1/analyze", "text/plain; charset=utf-8", TestSupport.seed()));
        JsonNode described = schemas.path("Result").path("properties");
        for (String f : fields(result)) {
            assertTrue(described.has(f), "field '" + f + "' of /v1/analyze is not described in openapi.json's Result");
        }
        JsonNode published = JSON.readTree(TestSupport.root().resolve("schema/mixdoc-result-v1.schema.json").toFile());
        for (String f : fields(described)) {
            assertTrue(published.path("properties").has(f), "openapi.json's Result names '" + f + "', which the result schema lacks");
        }
        Set<String> required = new HashSet<>();
        published.path("required").forEach(n -> required.add(n.asText()));
        schemas.path("Result").path("required").forEach(n -> assertTrue(required.contains(n.asText()),
                "openapi.json requires '" + n.asText() + "', which the result schema does not"));
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void pageAndAssetsAreServedWithAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/assets/viewer.js", "/assets/viewer.css", "/v1/health")) {
            HttpResponse<String> r = get(server, path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        String page = get(server, "/").body();
        // No inline script or handler attributes in our own page (the CSP would block them anyway).
        assertFalse(page.matches("(?s).*<script>.*") || page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page);
        assertFalse(page.matches("(?s).*\\son[a-z]+\\s*=.*"), "inline event handler in the page");
        assertFalse(page.contains("http://") || page.contains("https://"), "the page must not load anything from elsewhere");
        String js = get(server, "/assets/viewer.js").body();
        assertFalse(js.contains("innerHTML") || js.contains("outerHTML") || js.contains("insertAdjacentHTML")
                || js.contains("eval(") || js.contains("document.write"), "the viewer must build DOM from text only");
    }

    @Test
    void unknownPathsAndTraversalAttemptsAre404WithoutTouchingFiles() throws IOException {
        assertError(get(server, "/nope"), 404, ApiError.E_NOT_FOUND);
        for (String attempt : List.of("/assets/../pom.xml", "/assets/..%2f..%2fpom.xml", "/..%2f..%2fmvnw",
                "/assets/%2e%2e/%2e%2e/mvnw", "/assets/viewer.js/../../../../etc/passwd")) {
            HttpResponse<String> r = get(server, attempt);
            // Jetty refuses ambiguous encodings itself (400); plain misses are 404; both are JSON errors.
            assertError(r, r.statusCode() == 400 ? 400 : 404, r.statusCode() == 400 ? ApiError.E_BAD_REQUEST : ApiError.E_NOT_FOUND);
            assertFalse(r.body().contains("<project") || r.body().contains("root:"), attempt);
        }
        assertError(get(server, "/assets/index.html"), 404, ApiError.E_NOT_FOUND);
        assertError(get(server, "/io/mixdoc/server/web/viewer.js"), 404, ApiError.E_NOT_FOUND);
        assertError(get(server, "/v1/analyze"), 405, ApiError.E_METHOD_NOT_ALLOWED);
    }

    @Test
    void malformedRequestLineGetsJsonNotAJettyPage() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("\"code\":\"E_BAD_REQUEST\""), answer);
            assertFalse(answer.contains("<html") || answer.contains("Exception"), answer);
        }
    }

    @Test
    void everyBadRequestHasAStableCode() throws IOException {
        assertError(post(server, "/v1/analyze", "application/pdf", "%PDF-1.4"), 415, ApiError.E_UNSUPPORTED_MEDIA_TYPE);
        assertError(post(server, "/v1/analyze", null, "text without a type"), 415, ApiError.E_UNSUPPORTED_MEDIA_TYPE);
        assertError(post(server, "/v1/analyze", "text/plain; charset=klingon", "x"), 415, ApiError.E_UNSUPPORTED_MEDIA_TYPE);
        assertError(post(server, "/v1/analyze", "application/json", "{\"text\": \"unterminated"), 400, ApiError.E_BAD_JSON);
        assertError(post(server, "/v1/analyze", "application/json", "{\"file\": \"/etc/passwd\"}"), 400, ApiError.E_BAD_JSON);
        assertError(post(server, "/v1/analyze", "text/plain", new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28}),
                400, ApiError.E_BAD_ENCODING);
        assertError(post(server, "/v1/analyze", "text/plain", new byte[] {'P', 'K', 3, 4, 0, 0}), 400, ApiError.E_BINARY);
        assertError(post(server, "/v1/analyze", "text/plain", "   \n"), 400, ApiError.E_EMPTY);
        assertError(post(server, "/v1/analyze?id=../../x", "text/plain", "hello"), 400, ApiError.E_BAD_REQUEST);
        assertError(post(server, "/v1/analyze", "multipart/form-data; boundary=zz", "not multipart"), 400, ApiError.E_BAD_REQUEST);
    }

    @Test
    void tooLargeBodiesGet413WithOrWithoutContentLength() throws IOException {
        byte[] big = "中文 and English. ".repeat(20_000).getBytes(StandardCharsets.UTF_8); // > 256 KiB
        assertError(post(server, "/v1/analyze", "text/plain", big), 413, ApiError.E_TOO_LARGE);
        // Streamed with chunked encoding (no Content-Length): the limit still holds.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.url() + "v1/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        assertError(TestSupport.send(chunked), 413, ApiError.E_TOO_LARGE);
        String boundary = "b";
        byte[] upload = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                + new String(big, StandardCharsets.UTF_8) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        assertError(post(server, "/v1/analyze", "multipart/form-data; boundary=" + boundary, upload), 413, ApiError.E_TOO_LARGE);
    }

    @Test
    void aTinyTimeLimitGives503() throws IOException {
        try (MixdocServer strict = MixdocServer.start(TestSupport.loopback().withTimeLimit(Duration.ofMillis(1)))) {
            String bigSeed = TestSupport.seed().repeat(8);
            HttpResponse<String> r = post(strict, "/v1/analyze", "text/plain", bigSeed);
            assertError(r, 503, ApiError.E_TIMEOUT);
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, get(strict, "/v1/health").statusCode());
        }
    }

    /** A stage that waits until released, so timeouts and a full queue can be produced on demand. */
    private static final class GateStage implements Stage {
        static final LayerKey<Diagnostic> KEY = LayerKey.of("test_gate", Diagnostic.class);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public String id() {
            return "test_gate";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of(Layers.LANG);
        }

        @Override
        public LayerKey<?> produces() {
            return KEY;
        }

        @Override
        public Document apply(Document doc) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return doc.with(KEY, List.of());
        }
    }

    @Test
    void aFullQueueGives503BusyAndTheServerRecovers() throws Exception {
        GateStage gate = new GateStage();
        Pipeline slow = Mixdoc.pipeline().fast().add(gate).build();
        ServerSettings one = TestSupport.loopback().withWorkers(1).withQueue(0).withTimeLimit(Duration.ofSeconds(20));
        try (MixdocServer s = MixdocServer.start(one, slow)) {
            var first = TestSupport.CLIENT.sendAsync(
                    HttpRequest.newBuilder(URI.create(s.url() + "v1/analyze")).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString("第一 first")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(gate.entered.await(20, TimeUnit.SECONDS), "the first analysis never started");
            assertError(post(s, "/v1/analyze", "text/plain", "第二 second"), 503, ApiError.E_BUSY);
            gate.release.countDown();
            HttpResponse<String> done = first.get(20, TimeUnit.SECONDS);
            assertEquals(200, done.statusCode(), done.body());
            assertEquals(200, post(s, "/v1/analyze", "text/plain", "第三 third").statusCode());
        }
    }

    @Test
    void aFailingStageGives500WithoutLeakingDetails() throws IOException {
        Stage broken = new Stage() {
            @Override
            public String id() {
                return "test_broken";
            }

            @Override
            public Set<LayerKey<?>> requires() {
                return Set.of();
            }

            @Override
            public LayerKey<?> produces() {
                return GateStage.KEY;
            }

            @Override
            public Document apply(Document doc) {
                throw new IllegalStateException("deliberate test failure: secret /home/user/file.txt must not reach the client");
            }
        };
        try (MixdocServer s = MixdocServer.start(TestSupport.loopback(), Mixdoc.pipeline().add(broken).build())) {
            HttpResponse<String> r = post(s, "/v1/analyze", "text/plain", "hello");
            assertError(r, 500, ApiError.E_INTERNAL);
            assertFalse(r.body().contains("secret") || r.body().contains("/home/"), r.body());
        }
    }
}
