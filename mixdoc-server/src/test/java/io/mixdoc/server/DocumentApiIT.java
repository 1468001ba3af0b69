package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.json.ResultJson;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?gloss=true} and {@code GET /v1/document} over HTTP: the reading aid's layer, and the folder's walls. */
class DocumentApiIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path base;
    static Path folder;
    private static MixdocServer server;
    private static MixdocServer noFolder;

    @BeforeAll
    static void start() throws IOException {
        folder = Files.createDirectories(base.resolve("docs"));
        Files.writeString(folder.resolve("a.txt"), "我们在银行工作 at the bank.");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.jsonl"), "{\"text\":\"one 一\"}\n{\"text\":\"two 二\"}\n");
        Files.writeString(base.resolve("secret.txt"), "secret 秘密");
        Files.createSymbolicLink(folder.resolve("link.txt"), base.resolve("secret.txt"));
        server = MixdocServer.start(TestSupport.loopback(), Mixdoc.standard(), Optional.of(folder));
        noFolder = MixdocServer.start(TestSupport.loopback());
    }

    @AfterAll
    static void stop() {
        server.close();
        noFolder.close();
    }

    private static HttpResponse<String> document(MixdocServer s, String path, String extra) {
        return TestSupport.get(s, "/v1/document?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + extra);
    }

    @Test
    void glossIsAddedOnlyWhenAskedFor() throws IOException {
        String text = "我们在银行工作 at the bank.";
        JsonNode plain = JSON.readTree(TestSupport.post(server, "/v1/analyze", "text/plain; charset=utf-8", text).body());
        assertFalse(plain.has("gloss"));
        assertEquals(ResultJson.toTree(Mixdoc.standard().run("doc", text)), plain, "without gloss the answer is as before");
        HttpResponse<String> r = TestSupport.post(server, "/v1/analyze?gloss=true", "text/plain; charset=utf-8", text);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode gloss = JSON.readTree(r.body()).path("gloss");
        assertEquals("我们", text.substring(gloss.get(0).path("start").asInt(), gloss.get(0).path("end").asInt()));
        assertEquals("wǒ men", gloss.get(0).path("pinyin").asText());
        HttpResponse<String> bad = TestSupport.post(server, "/v1/analyze?gloss=yes", "text/plain; charset=utf-8", text);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("E_BAD_REQUEST"), bad.body());
    }

    @Test
    void recordsOfFilesInTheFolderAreAnalysed() throws IOException {
        HttpResponse<String> r = document(server, "sub/b.jsonl", "&record=1&gloss=true");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("two 二", j.path("text").asText());
        assertEquals("èr", j.path("gloss").get(0).path("pinyin").asText());
        assertEquals("我们在银行工作 at the bank.", JSON.readTree(document(server, "a.txt", "").body()).path("text").asText());
        assertEquals(404, document(server, "sub/b.jsonl", "&record=2").statusCode());
        assertEquals(404, document(server, "missing.txt", "").statusCode());
        assertEquals(400, document(server, "a.txt", "&record=x").statusCode());
        assertEquals(400, document(server, "a.txt", "&record=-1").statusCode());
    }

    @Test
    void pathsOutsideTheFolderAreRefused() {
        for (String p : new String[] {"../secret.txt", "sub/../../secret.txt", base.resolve("secret.txt").toString(),
                "/etc/passwd", "link.txt", "..", "sub/..%2f..%2fsecret.txt"}) {
            HttpResponse<String> r = document(server, p, "");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, p + " -> " + r.statusCode());
            assertFalse(r.body().contains("秘密"), p);
            assertTrue(r.body().contains("\"error\""), r.body());
        }
        assertEquals(400, document(server, "../secret.txt", "").statusCode());
        assertEquals(400, document(server, "link.txt", "").statusCode());
        HttpResponse<String> none = document(noFolder, "a.txt", "");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("--root"), none.body());
    }
}
