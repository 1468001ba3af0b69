package io.mixdoc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.mixdoc.io.TestCorpora;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** report.html beside summary.json: the same numbers, links that find the records again. */
class CorpusReportTest {
    @TempDir
    static Path tmp;
    static final List<Path> inputs = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        inputs.add(TestCorpora.jsonl(in));
        inputs.add(TestCorpora.textDir(in));
        inputs.addAll(TestCorpora.badInputs(in));
        try (java.util.stream.Stream<Path> docs = Files.list(TestCorpora.root().resolve("data/samples/docs"))) {
            docs.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12).forEach(inputs::add); // team-written
        }
    }

    static CleanOptions options(Path out) {
        return CleanOptions.of(inputs, out).withShardSize(4).withProgress(CleanOptions.Progress.QUIET)
                .withRules(List.of(FilterRule.maxSeamsPer1000(6)));
    }
    /** The number at {@code path} (dots, array indices as numbers) in the summary. */
    static JsonNode at(JsonNode summary, String path) {
        JsonNode n = summary;
        for (String part : path.split("\\.")) {
            n = part.matches("\\d+") && n.isArray() ? n.path(Integer.parseInt(part)) : n.path(part);
        }
        return n;
    }

    @Test
    void everyFigureOnThePageIsTheSummarysNumber() throws IOException {
        Path out = tmp.resolve("report-out");
        CleanSummary s = CorpusCleanerTest.run(options(out).withThreads(2));
        JsonNode summary = CleanOutputs.summary(out);
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(CorpusReport.html(summary), html, "the page is drawn from summary.json alone");

        int checked = 0;
        for (Element e : Jsoup.parse(html).select("[data-metric]")) {
            JsonNode expected = at(summary, e.attr("data-metric"));
            assertFalse(expected.isMissingNode(), e.attr("data-metric"));
            String shown = e.hasAttr("data-value") ? e.attr("data-value") : e.text();
            if (expected.isNumber()) {
                assertEquals(expected.asDouble(), Double.parseDouble(shown), 1e-9, e.attr("data-metric"));
            } else {
                assertEquals(expected.asText(), shown, e.attr("data-metric"));
            }
            checked++;
        }
        assertTrue(checked > 40, "figures checked: " + checked);

        // The histograms count every analysed record exactly once.
        JsonNode d = summary.path("distributions");
        assertEquals(s.kept(), sum(d.path("zh_share").path("kept")));
        assertEquals(s.rejected(), sum(d.path("zh_share").path("rejected")));
        assertEquals(s.kept() + s.rejected(), sum(d.path("seams_per_1000_letters").path("counts")));
        // The progress meter's last sample is the run's record count (the bar and the summary agree).
        JsonNode t = summary.path("throughput");
        assertEquals(s.recordsIn(), t.get(t.size() - 1).path("records").asLong());
    }

    @Test
    void worstRecordsAreSortedAndTheirLinksFindThemAgain() throws IOException {
        Path out = tmp.resolve("report-worst");
        String viewer = "http://mixdoc.example:9090/corpus/";
        CorpusCleanerTest.run(options(out).withThreads(2).withViewer(Optional.of(URI.create(viewer))));
        JsonNode summary = CleanOutputs.summary(out);
        JsonNode worst = summary.path("distributions").path("worst_records");
        assertTrue(worst.size() > 5 && worst.size() <= CorpusStats.WORST, "worst: " + worst.size());
        for (int i = 1; i < worst.size(); i++) {
            assertTrue(worst.get(i - 1).path("seams_per_1000_letters").asDouble() >= worst.get(i).path("seams_per_1000_letters").asDouble());
        }
        Path root = Path.of(summary.path("corpus_root").asText());
        for (JsonNode w : worst) {
            Path file = root.resolve(w.path("source").asText());
            assertTrue(file.normalize().startsWith(root), file.toString());
            assertEquals(w.path("id").asText(), nth(file, w.path("record").asLong()).id());
        }
        Element link = Jsoup.parse(Files.readString(out.resolve("report.html"))).selectFirst("table.worst a");
        String href = link.attr("href");
        assertTrue(href.startsWith(viewer + "?doc="), href);
        String doc = URLDecoder.decode(href.substring(href.indexOf("?doc=") + 5, href.indexOf("&record=")), StandardCharsets.UTF_8);
        assertEquals(worst.get(0).path("source").asText(), doc);
    }

    @Test
    void withoutAViewerAddressTheReportGuessesNoneAndShowsEachRecordsQuery() throws IOException {
        Path out = tmp.resolve("report-no-viewer");
        CorpusCleanerTest.run(options(out).withThreads(2));
        String html = Files.readString(out.resolve("report.html"));
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertTrue(page.select("table.worst a").isEmpty(), "no link to an address nobody gave");
        assertFalse(html.contains("127.0.0.1") || html.contains("localhost"), "no guessed address");
        JsonNode first = CleanOutputs.summary(out).path("distributions").path("worst_records").get(0);
        assertEquals("?doc=" + java.net.URLEncoder.encode(first.path("source").asText(), StandardCharsets.UTF_8)
                + "&record=" + first.path("record").asLong(), page.selectFirst("table.worst code.query").text());
    }

    @Test
    void aViewerAddressIsCheckedWhenGiven() {
        assertEquals(Optional.of(URI.create("https://h.example/v")),
                CleanOptions.parse("--input", "x", "--output", "y", "--viewer-url", "https://h.example/v").viewer());
        for (String bad : List.of("ftp://h.example/", "/relative/path", "http://h.example/?doc=x")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> CleanOptions.parse("--input", "x", "--output", "y", "--viewer-url", bad), bad);
        }
    }

    @Test
    void distributionsDoNotDependOnShardsOrThreads() throws IOException {
        Path a = tmp.resolve("report-a");
        Path b = tmp.resolve("report-b");
        CorpusCleanerTest.run(options(a).withThreads(1).withShardSize(1));
        CorpusCleanerTest.run(options(b).withThreads(2).withShardSize(50));
        assertEquals(CleanOutputs.summary(a).path("distributions"), CleanOutputs.summary(b).path("distributions"));
    }

    private static SourceRecord nth(Path file, long n) throws IOException {
        try (RecordReader r = Readers.open(file, ReaderOptions.defaults())) {
            for (long i = 0; i < n; i++) {
                r.next();
            }
            return r.next();
        }
    }

    private static long sum(JsonNode a) {
        long s = 0;
        for (JsonNode x : a) {
            s += x.asLong();
        }
        return s;
    }
}
