package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.io.SourceRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSourcesTest {
    private static List<SourceRecord> read(String path, byte[] bytes, InputFormat format) {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordSources.RecordIterator it = RecordSources.open(path, new ByteArrayInputStream(bytes), format, "text")) {
            it.forEachRemaining(r -> out.add(r.toSourceRecord()));
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void formatFollowsTheFileNameUnlessGiven() {
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("s3a://b/x/docs.jsonl.gz"));
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("d.ndjson"));
        assertEquals(InputFormat.WARC, InputFormat.AUTO.resolve("CC-MAIN-1.warc.gz"));
        assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("a.txt"));
        assertEquals(InputFormat.TEXT, InputFormat.TEXT.resolve("a.jsonl"));
    }

    @Test
    void textFileIsOneRecordWithoutItsBom() {
        List<SourceRecord> r = read("file:/x/a.txt", utf8("\uFEFF中文 and 𠮷 text"), InputFormat.AUTO);
        assertEquals(1, r.size());
        assertEquals("file:/x/a.txt", r.get(0).id());
        assertEquals("中文 and 𠮷 text", r.get(0).text());
        assertNull(r.get(0).error());
    }

    @Test
    void badTextFilesBecomeErrorRecordsWithStableCodes() {
        // Bytes that are not UTF-8 are decoded as mixdoc clean decodes them (charset detection), not refused.
        SourceRecord latin = read("a.txt", "café au lait, s'il vous plaît".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                InputFormat.AUTO).get(0);
        assertNull(latin.error());
        assertEquals("café au lait, s'il vous plaît", latin.text());
        assertEquals("windows-1252", latin.metadata().get("charset"));
        SourceRecord gbk = read("b.txt", "中新网乌鲁木齐10月16日电，中吉关系正处于历史最好时期。".getBytes(java.nio.charset.Charset.forName("GBK")),
                InputFormat.AUTO).get(0);
        assertEquals("GB18030", gbk.metadata().get("charset"));
        assertEquals("中新网乌鲁木齐10月16日电，中吉关系正处于历史最好时期。", gbk.text());
        assertEquals("E_BINARY", read("a.txt", new byte[] {'a', 0, 'b'}, InputFormat.AUTO).get(0).error().code());
        assertEquals("E_EMPTY", read("a.txt", utf8(" \n\t"), InputFormat.AUTO).get(0).error().code());
        assertEquals("E_EMPTY", read("a.txt", new byte[0], InputFormat.AUTO).get(0).error().code());
    }

    @Test
    void jsonLinesKeepFieldsAsMetadataAndNumberLines() {
        String in = "{\"id\":\"k1\",\"url\":\"http://e/1\",\"text\":\"你好 world\",\"n\":3,\"tags\":[\"a\"]}\n"
                + "\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"text\":42}\n"
                + "{\"text\":\"  \"}\n";
        List<SourceRecord> r = read("docs.jsonl", utf8(in), InputFormat.AUTO);
        assertEquals(5, r.size());
        SourceRecord first = r.get(0);
        assertEquals("docs.jsonl#1", first.id());
        assertEquals("http://e/1", first.url());
        assertEquals("你好 world", first.text());
        assertEquals("k1", first.metadata().get("id"));
        assertEquals("3", first.metadata().get("n"));
        assertEquals("[\"a\"]", first.metadata().get("tags"));
        assertEquals("docs.jsonl#3", r.get(1).id(), "blank lines count as lines");
        assertEquals("E_BAD_JSON", r.get(1).error().code());
        assertEquals("E_BAD_JSON", r.get(2).error().code());
        assertEquals("E_NO_TEXT_FIELD", r.get(3).error().code());
        assertEquals("E_EMPTY", r.get(4).error().code());
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(utf8("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"));
        }
        List<SourceRecord> r = read("d.jsonl.gz", b.toByteArray(), InputFormat.AUTO);
        assertEquals(List.of("one", "two"), r.stream().map(SourceRecord::text).toList());
    }

    @Test
    void warcYieldsHtmlMainTextAndPlainTextButSkipsRequests(@TempDir Path dir) throws IOException {
        Path in = TestInputs.write(dir.resolve("in"));
        List<SourceRecord> r;
        try (InputStream s = Files.newInputStream(in.resolve("pages.warc"))) {
            r = read("pages.warc", s.readAllBytes(), InputFormat.AUTO);
        }
        assertEquals(2, r.size(), "request record skipped");
        SourceRecord html = r.get(0);
        assertEquals("urn:uuid:00000000-0000-0000-0000-000000000002", html.id());
        assertEquals("http://example.com/4", html.url());
        assertEquals("response", html.metadata().get("warc_type"));
        assertEquals("text/html", html.metadata().get("content_type"));
        assertTrue(html.text().contains(TestInputs.sample(4).split("\n")[0].strip().substring(0, 20)), html.text());
        assertTrue(!html.text().contains("<p>"), "markup removed");
        assertEquals(TestInputs.sample(5), r.get(1).text());
        assertEquals("http://example.com/5.txt", r.get(1).url());
    }

    @Test
    void closingEarlyReleasesTheStream() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(utf8("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        RecordSources.RecordIterator it = RecordSources.open("x.jsonl", in, InputFormat.AUTO, "text");
        it.next();
        it.close();
        assertTrue(closed[0]);
    }
}
