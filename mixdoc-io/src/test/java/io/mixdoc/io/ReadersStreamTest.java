package io.mixdoc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@link Readers#open(String, java.io.InputStream, ReaderOptions)}: records from a named stream, as a Spark job gets them. */
class ReadersStreamTest {
    static List<SourceRecord> read(String name, byte[] bytes, ReaderOptions o) throws IOException {
        List<SourceRecord> l = new ArrayList<>();
        try (RecordReader r = Readers.open(name, new ByteArrayInputStream(bytes), o)) {
            r.forEachRemaining(l::add);
        }
        return l;
    }

    static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void theNameChoosesTheFormatAndNamesTheRecordsWhateverItsScheme() throws IOException {
        List<SourceRecord> l = read("s3a://b/x/docs.jsonl.gz", gzip("{\"text\":\"one\"}\n\n{\"text\":\"two\"}\n"), ReaderOptions.defaults());
        assertEquals(List.of("one", "two"), l.stream().map(SourceRecord::text).toList());
        assertEquals(List.of("s3a://b/x/docs.jsonl.gz#1", "s3a://b/x/docs.jsonl.gz#3"), l.stream().map(SourceRecord::id).toList());

        SourceRecord text = read("file:/x/a.txt.gz", gzip("中文 and 𠮷 text"), ReaderOptions.defaults()).get(0);
        assertEquals("中文 and 𠮷 text", text.text(), "gzipped text is read as text");
        assertEquals("file:/x/a.txt.gz", text.id());
    }

    @Test
    void withoutAnExtensionTheFirstBytesDecide() throws IOException {
        assertEquals("hello", read("hdfs:///in/part-0", "{\"text\":\"hello\"}\n".getBytes(StandardCharsets.UTF_8),
                ReaderOptions.defaults()).get(0).text());
        SourceRecord page = read("hdfs:///in/page", "<!doctype html><html><body><p>正文 body text of the page.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), ReaderOptions.defaults()).get(0);
        assertTrue(page.text().contains("正文 body text"), page.text());
    }

    @Test
    void anOversizedFileIsCountedNotHeldAndAnEmptyWarcIsOneRecord() throws IOException {
        SourceRecord big = read("big.txt", "x".repeat(5000).getBytes(StandardCharsets.UTF_8),
                ReaderOptions.defaults().withMaxRecordBytes(1000)).get(0);
        assertEquals(RecordError.TOO_LARGE, big.error().code());
        assertEquals("file of 5000 bytes is over the per-record limit of 1000", big.error().message());
        assertEquals(5000, big.bytes());
        SourceRecord empty = read("crawl.warc.gz", new byte[0], ReaderOptions.defaults()).get(0);
        assertEquals(RecordError.EMPTY, empty.error().code());
        assertEquals(RecordError.READ, read("a.jsonl.gz", "not gzip".getBytes(StandardCharsets.UTF_8),
                ReaderOptions.defaults()).get(0).error().code());
    }
}
