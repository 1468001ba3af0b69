package io.mixdoc.io.html;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionBenchmarkTest {
    /** The floor reached on the 91 pages in the repository (measured F1 rounded down to 2 decimals). */
    private static final double F1_FLOOR = 0.98;

    @Test
    void identicalTextsScorePerfectly() {
        ExtractionBenchmark.PageScore s = ExtractionBenchmark.score("x", "", "one two three four five", "one two three four five");
        assertEquals(1.0, s.tp(), 1e-12);
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
    }

    @Test
    void shinglesAreCountedAsMultisetsAndNormalised() {
        // truth "a b c d a" -> {abcd, bcda}; prediction "a b c d" -> {abcd}: tp=1, fn=1
        ExtractionBenchmark.PageScore s = ExtractionBenchmark.score("x", "", "a b c d a", "a b c d");
        assertEquals(0.5, s.tp(), 1e-12);
        assertEquals(0.0, s.fp(), 1e-12);
        assertEquals(0.5, s.fn(), 1e-12);
        // a repeated shingle in the prediction is a false positive the second time
        ExtractionBenchmark.PageScore twice = ExtractionBenchmark.score("x", "", "a b c d", "a b c d. a b c d");
        // prediction shingles: abcd x2, bcda, cdab, dabc -> tp=1, fp=4, fn=0
        assertEquals(0.2, twice.tp(), 1e-12);
        assertEquals(0.2, twice.precision(), 1e-12);
        assertEquals(1.0, twice.recall(), 1e-12);
    }

    @Test
    void tokensAreUnicodeWordRunsAndShortTextsAreOneShingle() {
        assertEquals(1, ExtractionBenchmark.shingles("中文 ñandú!").size());
        assertEquals(List.of("中文", "ñandú"), ExtractionBenchmark.shingles("中文 ñandú!").keySet().iterator().next());
        assertEquals(0, ExtractionBenchmark.shingles("  ... ").size());
        ExtractionBenchmark.PageScore s = ExtractionBenchmark.score("x", "", "Hello, world", "hello world");
        assertEquals(0.0, s.tp(), 1e-12); // case matters, as in the benchmark
    }

    @Test
    void emptyPredictionsAreSkippedForPrecisionButCountForRecall() {
        ExtractionBenchmark.PageScore empty = ExtractionBenchmark.score("a", "", "w x y z", "");
        ExtractionBenchmark.PageScore perfect = ExtractionBenchmark.score("b", "", "w x y z", "w x y z");
        ExtractionBenchmark.Result r = ExtractionBenchmark.aggregate(List.of(empty, perfect));
        assertEquals(1.0, r.precision(), 1e-12);
        assertEquals(0.5, r.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, r.f1(), 1e-12);
    }

    @Test
    void extractionIsDeterministic() throws Exception {
        Path html = TestData.root().resolve("data/eval/article-extraction/html");
        try (var files = Files.list(html)) {
            for (Path page : files.sorted().limit(5).toList()) {
                String text = HtmlDecoder.decode(ExtractionBenchmark.readGzip(page));
                MainTextExtractor.Extraction first = new MainTextExtractor().extract(text, null);
                for (int i = 0; i < 2; i++) {
                    assertEquals(first, new MainTextExtractor().extract(text, null), page.toString());
                }
            }
        }
    }

    @Test
    void extractorHoldsItsFloorOnTheArticleExtractionPages() {
        Path dir = TestData.root().resolve("data/eval/article-extraction");
        assertTrue(Files.isDirectory(dir.resolve("html")), "benchmark pages missing: " + dir);
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir, new MainTextExtractor());
        System.out.println("article-extraction benchmark: " + r);
        assertEquals(91, r.pages().size());
        assertTrue(r.f1() >= F1_FLOOR, "F1 fell below the floor " + F1_FLOOR + ": " + r);
    }
}
