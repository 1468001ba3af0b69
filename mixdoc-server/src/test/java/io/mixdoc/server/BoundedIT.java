package io.mixdoc.server;

import static io.mixdoc.server.TestSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.server.internal.ApiError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Regression tests of issue 12 over real HTTP: honest statuses, strict bodies, Host and Origin checks. */
class BoundedIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MixdocServer server;

    @BeforeAll
    static void start() {
        server = MixdocServer.start(TestSupport.loopback().withMaxBodyBytes(256 * 1024)
                .withAllowedOrigins(Set.of("https://allowed.example")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends raw bytes; returns the whole answer (the connection is closed by the request or the server). */
    private static String raw(String request, boolean halfClose) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode errorOf(String answer) throws IOException {
        return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("error");
    }

    private static void assertStatusAndField(String answer, int status) throws IOException {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertEquals(status, errorOf(answer).path("status").asInt(), "the status field equals the HTTP status: " + answer);
    }

    @Test
    void headerAndUriLimitsSayTheirOwnStatusInTheBody() throws IOException {
        String bigHeader = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n";
        assertStatusAndField(raw(bigHeader, false), 431);
        String longUri = "GET /v1/health?x=" + "a".repeat(64 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        assertStatusAndField(raw(longUri, false), 414);
    }

    @Test
    void aBodyShorterThanItsLengthIs400JsonAtOnce() throws IOException {
        long t0 = System.nanoTime();
        String answer = raw("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 100\r\nConnection: close\r\n\r\nonly twenty bytes...", true);
        assertStatusAndField(answer, 400);
        assertEquals(ApiError.E_INCOMPLETE_BODY.name(), errorOf(answer).path("code").asText());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "answered when the body ended, not after the idle timeout");
    }

    @Test
    void foreignHostNamesAreRefused() throws IOException {
        // DNS rebinding: a page at evil.example resolved to 127.0.0.1 still sends its own name.
        String answer = raw("GET /v1/health HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n", false);
        assertStatusAndField(answer, 403);
        assertEquals(ApiError.E_FORBIDDEN_HOST.name(), errorOf(answer).path("code").asText());
        assertTrue(raw("GET /v1/health HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n", false)
                .startsWith("HTTP/1.1 200"));
    }

    @Test
    void crossOriginPostsNeedAnOptIn() throws IOException {
        String body = "中文 text";
        String template = "POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nOrigin: %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: %d\r\nConnection: close\r\n\r\n%s";
        int len = body.getBytes(StandardCharsets.UTF_8).length;
        String foreign = raw(String.format(template, server.port(), "https://evil.example", len, body), false);
        assertStatusAndField(foreign, 403);
        assertEquals(ApiError.E_FORBIDDEN_ORIGIN.name(), errorOf(foreign).path("code").asText());
        assertStatusAndField(raw(String.format(template, server.port(), "null", len, body), false), 403);
        // The viewer on this server, and an origin the operator allowed, may post.
        String own = raw(String.format(template, server.port(), "http://127.0.0.1:" + server.port(), len, body), false);
        assertTrue(own.startsWith("HTTP/1.1 200"), own);
        assertTrue(raw(String.format(template, server.port(), "https://allowed.example", len, body), false).startsWith("HTTP/1.1 200"));
    }

    @Test
    void jsonLimitsDuplicatesAndTrailingGarbageAre400() throws IOException {
        String deep = "{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertBadJson(post(server, "/v1/analyze", "application/json", deep));
        String hugeNumber = "{\"text\":\"a\",\"id\":" + "9".repeat(5000) + "}";
        assertBadJson(post(server, "/v1/analyze", "application/json", hugeNumber));
        assertBadJson(post(server, "/v1/analyze", "application/json", "{\"text\":\"first\",\"text\":\"second\"}"));
        assertBadJson(post(server, "/v1/analyze", "application/json", "{\"text\":\"中文 text\"} trailing"));
        assertBadJson(post(server, "/v1/analyze", "application/json", "{\"text\":\"中文 text\"}{\"text\":\"again\"}"));
    }

    private static void assertBadJson(java.net.http.HttpResponse<String> r) throws IOException {
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).path("error");
        assertEquals(ApiError.E_BAD_JSON.name(), e.path("code").asText(), r.body());
        assertEquals(400, e.path("status").asInt());
    }

    @Test
    void aNulAnywhereInTheBodyIsBinary() throws IOException {
        byte[] body = ("中文 text. ".repeat(2000) + "\0 and more").getBytes(StandardCharsets.UTF_8); // NUL after 8 KB
        var r = post(server, "/v1/analyze", "text/plain; charset=utf-8", body);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(ApiError.E_BINARY.name(), JSON.readTree(r.body()).path("error").path("code").asText());
        assertFalse(r.body().contains("Exception"));
    }
}
