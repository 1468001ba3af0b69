package io.mixdoc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path tmp;

    static List<SourceRecord> readAll(Path p, ReaderOptions o) throws IOException {
        List<SourceRecord> l = new ArrayList<>();
        try (RecordReader r = Readers.open(p, o)) {
            r.forEachRemaining(l::add);
        }
        return l;
    }

    @Test
    void warcGzWithGbkAndUtf8PagesAndAConversionRecord() throws IOException {
        Path warc = TestCorpora.chineseWarc(tmp);
        assertEquals(Readers.Format.WARC, Readers.formatOf(warc));
        List<SourceRecord> l = readAll(warc, ReaderOptions.defaults());
        assertEquals(4, l.size(), "three pages and one conversion record; the PNG is not a text record");
        l.forEach(r -> assertFalse(r.failed(), r.id() + " " + r.error()));

        SourceRecord gbk = l.get(0);
        assertEquals("http://example.cn/gbk", gbk.url());
        assertTrue(gbk.text().contains(TestCorpora.GBK_PAGE_TEXT), gbk.text());
        assertEquals("GB18030", gbk.metadata().get("charset"));
        assertEquals("新材料", gbk.metadata().get("title"));
        assertEquals("response", gbk.metadata().get("warc_type"));
        assertTrue(gbk.id().startsWith("<urn:uuid:"), gbk.id());

        SourceRecord utf8 = l.get(1);
        assertTrue(utf8.text().contains(TestCorpora.UTF8_PAGE_TEXT), utf8.text());
        assertEquals("UTF-8", utf8.metadata().get("charset"));

        SourceRecord undeclared = l.get(2);
        assertTrue(undeclared.text().contains(TestCorpora.UNDECLARED_PAGE_TEXT), undeclared.text());
        assertEquals("GB18030", undeclared.metadata().get("charset"));

        SourceRecord wet = l.get(3);
        assertEquals("conversion", wet.metadata().get("warc_type"));
        assertEquals(TestCorpora.WET_TEXT, wet.text());
        assertEquals("http://example.cn/wet", wet.url());
    }

    @Test
    void jsonlCarriesFieldsAsMetadataAndTurnsBadLinesIntoErrors() throws IOException {
        List<SourceRecord> l = readAll(TestCorpora.jsonl(tmp), ReaderOptions.defaults());
        assertEquals(6, l.size(), "six non-blank lines");
        SourceRecord a = l.get(0);
        assertTrue(a.id().endsWith("docs.jsonl#1"), a.id());
        assertEquals("http://x/a", a.url());
        assertEquals("这是第一篇文章。It mixes 中文 and English.", a.text());
        assertEquals("zh", a.metadata().get("lang"));
        assertEquals("a", a.metadata().get("id"));
        assertFalse(a.metadata().containsKey("text"));
        assertEquals("[\"x\",\"y\"]", l.get(1).metadata().get("tags"));
        assertTrue(l.get(2).id().endsWith("#4"), "line numbers count the blank line: " + l.get(2).id());
        assertEquals(RecordError.NO_TEXT_FIELD, l.get(3).error().code());
        assertEquals(RecordError.BAD_JSON, l.get(4).error().code());
        assertEquals(RecordError.BAD_JSON, l.get(5).error().code());
    }

    @Test
    void gzippedJsonlReadsTheSame() throws IOException {
        Path plain = TestCorpora.jsonl(tmp);
        Path gz = tmp.resolve("docs.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        List<String> a = readAll(plain, ReaderOptions.defaults()).stream().map(r -> r.failed() ? r.error().code() : r.text()).toList();
        List<String> b = readAll(gz, ReaderOptions.defaults()).stream().map(r -> r.failed() ? r.error().code() : r.text()).toList();
        assertEquals(a, b);
    }

    @Test
    void jsonlTextFieldIsConfigurable() throws IOException {
        List<SourceRecord> l = readAll(TestCorpora.jsonl(tmp), ReaderOptions.defaults().withTextField("body"));
        assertEquals("no text field", l.get(3).text());
        assertEquals(RecordError.NO_TEXT_FIELD, l.get(0).error().code());
    }

    @Test
    void directoryOfTextsInPathOrderWithoutHiddenFiles() throws IOException {
        List<SourceRecord> l = readAll(TestCorpora.textDir(tmp), ReaderOptions.defaults());
        assertEquals(3, l.size());
        assertTrue(l.get(0).id().endsWith("a.txt"));
        assertTrue(l.get(1).id().endsWith("b.txt"));
        assertTrue(l.get(2).id().endsWith("c.txt"));
        assertEquals("第三个文件是用GBK编码的中文文本。", l.get(2).text());
        assertEquals("GB18030", l.get(2).metadata().get("charset"));
        assertEquals("UTF-8", l.get(0).metadata().get("charset"));
    }

    @Test
    void htmlFileIsReducedToItsMainText() throws IOException {
        Path p = tmp.resolve("page.html");
        Files.write(p, TestCorpora.page("标题", "正文的内容在这里。", "gbk").getBytes(TestCorpora.GBK));
        List<SourceRecord> l = readAll(p, ReaderOptions.defaults());
        assertEquals(1, l.size());
        assertTrue(l.get(0).text().contains("正文的内容在这里。"));
        assertFalse(l.get(0).text().contains("<p>"));
        assertEquals("GB18030", l.get(0).metadata().get("charset"));
    }

    @Test
    void recordsOverTheLimitAreSkippedNotHeld() throws IOException {
        Path big = Files.writeString(tmp.resolve("big.txt"), "字".repeat(5000));
        Path jl = Files.writeString(tmp.resolve("big.jsonl"), "{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"small\"}\n");
        ReaderOptions small = ReaderOptions.defaults().withMaxRecordBytes(1000);
        assertEquals(RecordError.TOO_LARGE, readAll(big, small).get(0).error().code());
        List<SourceRecord> l = readAll(jl, small);
        assertEquals(RecordError.TOO_LARGE, l.get(0).error().code());
        assertEquals(5011, l.get(0).bytes());
        assertEquals("small", l.get(1).text(), "reading goes on after an oversized line");
    }

    @Test
    void badInputsEachGiveAnErrorAndReadingGoesOn() throws IOException {
        List<SourceRecord> l = new ArrayList<>();
        try (RecordReader r = Readers.open(TestCorpora.badInputs(tmp), ReaderOptions.defaults())) {
            r.forEachRemaining(l::add);
        }
        List<String> codes = l.stream().map(x -> x.failed() ? x.error().code() : "OK").toList();
        assertEquals(RecordError.EMPTY, codes.get(0));
        assertEquals(RecordError.BINARY, codes.get(1));
        assertEquals(RecordError.EMPTY, codes.get(2));
        assertEquals(RecordError.INVALID_UTF8, codes.get(3));
        assertEquals(RecordError.TOO_LARGE, codes.get(4));
        assertTrue(codes.get(5).equals("OK") || codes.get(5).equals(RecordError.BAD_HTML), "deep HTML: " + codes.get(5));
        // The truncated WARC.gz gives its whole records, then one corrupt-record error.
        assertTrue(codes.subList(6, codes.size()).contains(RecordError.CORRUPT_WARC), codes.toString());
        assertEquals(RecordError.CORRUPT_WARC, codes.get(codes.size() - 1), codes.toString());
    }

    @Test
    void sniffsFormatsOfFilesWithoutTellingNames() {
        assertEquals(Readers.Format.WARC, Readers.sniff("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Readers.Format.JSONL, Readers.sniff("  {\"text\":1}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Readers.Format.HTML, Readers.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Readers.Format.TEXT, Readers.sniff("plain".getBytes(StandardCharsets.US_ASCII)));
    }
}
