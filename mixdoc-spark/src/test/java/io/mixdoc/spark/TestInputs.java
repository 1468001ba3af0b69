package io.mixdoc.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.corpus.CleanOptions;
import io.mixdoc.corpus.CorpusCleaner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

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
        return JSON.getNodeFactory().textNode(s).toString();
    }

    /** Writes the inputs into {@code dir} and returns it. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), sample(0));
        // the seam-dense sample (s13), so that the seam rule rejects something
        Files.write(dir.resolve("b.txt"), ("\uFEFF" + sample(12)).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bad-utf8.txt"), new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'});
        Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        String big = sample(1);
        Files.writeString(dir.resolve("big.txt"), big.repeat(40_000 / big.length() + 2)); // over the tests' --max-record-bytes
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

    /**
     * What {@code mixdoc clean} itself ({@link CorpusCleaner}, one thread) writes for {@code dir} with
     * the job's rules, emit mode and reader settings: the lines of each output directory, sorted, with
     * the records named as the job names them (Hadoop's {@code file:} URI for a local path).
     */
    static Map<String, List<String>> clean(Path dir, Path out, JobOptions options) throws IOException {
        CleanOptions o = CleanOptions.of(List.of(dir), out).withThreads(1).withEmit(options.emitMode())
                .withRules(options.filterRules()).withReader(options.readerOptions())
                .withProgress(CleanOptions.Progress.QUIET);
        new CorpusCleaner(o, Mixdoc.standard(), new PrintStream(OutputStream.nullOutputStream())).run();
        String local = dir.toAbsolutePath().toString();
        Map<String, List<String>> lines = new TreeMap<>();
        for (String status : List.of("kept", "rejected", "errors")) {
            List<String> l = new ArrayList<>();
            try (Stream<Path> parts = Files.list(out.resolve(status))) {
                for (Path p : parts.sorted().toList()) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        l.add(line.replace(local, "file:" + local));
                    }
                }
            }
            if (!l.isEmpty()) {
                l.sort(null);
                lines.put(status, l);
            }
        }
        return lines;
    }
}
