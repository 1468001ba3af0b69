package io.mixdoc.spark;

import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small mixed input directory from the team-written samples (text, JSONL, WARC, and broken records), and the single-process path over it. */
final class TestInputs {
    private TestInputs() {
    }

    static Path root() {
        return io.mixdoc.testkit.TestData.root();
    }

    /** The n-th team-written sample document (data/samples/docs). */
    static String sample(int n) throws IOException {
        return Files.readString(io.mixdoc.testkit.TestData.sampleDocs().get(n), StandardCharsets.UTF_8);
    }

    static String json(String s) {
        return io.mixdoc.json.ResultJson.MAPPER.getNodeFactory().textNode(s).toString();
    }

    /** Writes the inputs into {@code dir} and returns it. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), sample(0));
        // the seam-dense sample (s13), so that the seam rule rejects something
        Files.write(dir.resolve("b.txt"), ("\uFEFF" + sample(12)).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bad-utf8.txt"), new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'});
        Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 0, 3, 4});
        String jsonl = "{\"url\":\"http://example.com/2\",\"text\":" + json(sample(2)) + ",\"lang\":\"mixed\",\"n\":2}\n"
                + "this is not json\n"
                + "\n"
                + "{\"title\":\"no text field\"}\n"
                + "{\"text\":" + json(sample(3)) + ",\"tags\":[\"a\",\"b\"]}\n";
        Files.writeString(dir.resolve("docs.jsonl"), jsonl);
        try (OutputStream os = Files.newOutputStream(dir.resolve("pages.warc"));
             WarcWriter w = new WarcWriter(os)) {
            Instant date = Instant.parse("2026-11-24T12:00:00Z");
            w.write(new WarcRequest.Builder(URI.create("http://example.com/4")).date(date)
                    .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"))
                    .body(new HttpRequest.Builder("GET", "/4").build()).build());
            StringBuilder html = new StringBuilder("<html><head><title>t</title></head><body>");
            for (String para : sample(4).split("\n")) {
                html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
            html.append("</body></html>");
            w.write(new WarcResponse.Builder(URI.create("http://example.com/4")).date(date)
                    .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-000000000002"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.HTML_UTF8, html.toString().getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            w.write(new WarcResource.Builder(URI.create("http://example.com/5.txt")).date(date)
                    .recordId(URI.create("urn:uuid:00000000-0000-0000-0000-000000000003"))
                    .body(MediaType.PLAIN_TEXT, sample(5).getBytes(StandardCharsets.UTF_8)).build());
        }
        return dir;
    }

    /** Hadoop's name for a local file, as Spark's binaryFiles gives it. */
    static String hadoopPath(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    /**
     * The single-process path: every file of {@code dir} read and given, in order and on one thread,
     * to {@code mixdoc clean}'s record processor directly (no Spark, no adapter).
     */
    static Map<String, List<String>> sequential(Path dir, JobOptions options) throws IOException {
        io.mixdoc.io.corpus.RecordProcessor p = new io.mixdoc.io.corpus.RecordProcessor(io.mixdoc.Mixdoc.standard(),
                options.emitMode(), options.filterRules());
        Map<String, List<String>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            InputStream in = Files.newInputStream(f);
            try (RecordSources.RecordIterator it = RecordSources.open(hadoopPath(f), in, options.format(), options.textField())) {
                while (it.hasNext()) {
                    SourceRecord r = it.next().toSourceRecord();
                    io.mixdoc.io.corpus.Outcome o = p.process(r);
                    String dir2 = switch (o.status()) {
                        case KEPT -> "kept";
                        case REJECTED -> "rejected";
                        case FAILED -> "errors";
                    };
                    out.computeIfAbsent(dir2, k -> new ArrayList<>()).add(o.line());
                }
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
