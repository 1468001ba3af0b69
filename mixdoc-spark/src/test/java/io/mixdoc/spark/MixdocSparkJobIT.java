package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode writes exactly what {@code mixdoc clean} ({@link
 * io.mixdoc.corpus.CorpusCleaner}) writes for the same input directory, rules, emit mode and
 * per-record limit, with the same counts: the same readers, the same record processor.
 */
class MixdocSparkJobIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    static SparkSession spark;
    @TempDir
    static Path tmp;
    static Path input;
    static final String[] RULES = {"--min-completeness", "0.75", "--max-seams-per-1000", "6", "--min-share", "en=0.6",
            "--max-record-bytes", "40000"};

    @BeforeAll
    static void start() throws IOException {
        input = TestInputs.write(tmp.resolve("in"));
        spark = SparkSession.builder().master("local[2]").appName("mixdoc-spark-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobOptions options(String output, String... more) {
        List<String> a = new ArrayList<>(List.of("--input", input.toString(), "--output", output, "--partitions", "3"));
        a.addAll(List.of(RULES));
        a.addAll(List.of(more));
        return JobOptions.parse(a.toArray(String[]::new));
    }

    @Test
    void jsonlOutputEqualsTheSingleProcessPath() throws IOException {
        Path out = tmp.resolve("out-jsonl");
        JobOptions o = options(out.toString());
        MixdocSparkJob.Summary s = MixdocSparkJob.run(spark, o);

        Map<String, List<String>> expected = TestInputs.clean(input, tmp.resolve("clean-jsonl"), o);
        Map<String, List<String>> actual = new TreeMap<>();
        for (String status : List.of("kept", "rejected", "errors")) {
            Path d = out.resolve("status=" + status);
            if (!Files.isDirectory(d)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            try (Stream<Path> parts = Files.list(d)) {
                for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                    lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
            lines.sort(null);
            actual.put(status, lines);
        }
        assertEquals(expected, actual);

        // What the inputs hold: 2 text files, 2 JSONL texts, 2 WARC payloads; 6 broken records. The five
        // bytes that are not UTF-8 fit no charset either, so charset detection (as in mixdoc clean) calls them binary.
        assertEquals(12, s.records());
        assertEquals(expected.get("kept").size(), s.kept());
        assertEquals(expected.get("rejected").size(), s.rejected());
        assertEquals(6, s.errors(), s.toJson());
        assertTrue(s.kept() >= 1 && s.rejected() >= 1, s.toJson());
        Set<String> codes = new TreeSet<>();
        for (String line : actual.get("errors")) {
            codes.add(JSON.readTree(line).path("error").path("code").asText());
        }
        assertEquals(Set.of("E_EMPTY", "E_BINARY", "E_BAD_JSON", "E_NO_TEXT_FIELD", "E_TOO_LARGE"), codes);
        assertEquals(Map.of("E_EMPTY", 1L, "E_BINARY", 2L, "E_BAD_JSON", 1L, "E_NO_TEXT_FIELD", 1L, "E_TOO_LARGE", 1L),
                s.errorsByCode());
        assertTrue(s.inputBytes() > 2_000, "input bytes counted: " + s.inputBytes());
        JsonNode summary = JSON.readTree(out.resolve(MixdocSparkJob.SUMMARY_FILE).toFile());
        assertEquals(s.kept(), summary.get("kept").asLong());
        assertEquals(12, summary.get("records").asLong());
        assertEquals(1, summary.get("errors_by_code").get("E_NO_TEXT_FIELD").asLong());
        // The corpus report, the same page mixdoc clean writes, drawn from this summary.
        String report = Files.readString(out.resolve(MixdocSparkJob.REPORT_FILE));
        assertEquals(io.mixdoc.corpus.CorpusReport.html(summary), report);
        JsonNode share = summary.path("distributions").path("zh_share");
        long keptBins = 0;
        long rejectedBins = 0;
        for (int i = 0; i < share.path("kept").size(); i++) {
            keptBins += share.path("kept").get(i).asLong();
            rejectedBins += share.path("rejected").get(i).asLong();
        }
        assertEquals(s.kept(), keptBins);
        assertEquals(s.rejected(), rejectedBins);
        assertEquals(s.rejected(), sumOf(summary.path("rejected_by_rule")));
        assertTrue(summary.path("seams_by_type").size() > 0, summary.toString());

        // A kept record carries the full schema-v1 result of its text; rejected ones name their rules,
        // --min-completeness among them.
        Set<String> rules = new TreeSet<>();
        for (String line : actual.get("rejected")) {
            rules.add(JSON.readTree(line).path("rule").asText());
        }
        assertTrue(rules.contains("min-completeness=0.75"), rules.toString());
        assertTrue(Set.of("min-completeness=0.75", "max-seams-per-1000=6", "min-share=en=0.6").containsAll(rules), rules.toString());
        JsonNode kept = JSON.readTree(actual.get("kept").get(0));
        assertEquals("mixdoc/1", kept.path("result").path("schema").asText());
        assertTrue(kept.path("result").path("spans").size() > 0);
    }

    @Test
    void parquetHoldsTheSameRecords() throws IOException {
        Path out = tmp.resolve("out-parquet");
        JobOptions o = options(out.toString(), "--output-format", "parquet");
        MixdocSparkJob.Summary s = MixdocSparkJob.run(spark, o);
        Map<String, List<String>> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(out.toString()).select("status", "json").collectAsList()) {
            actual.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
        }
        actual.values().forEach(l -> l.sort(null));
        assertEquals(TestInputs.clean(input, tmp.resolve("clean-parquet"), o), actual);
        assertEquals(12, s.records());
        assertEquals(6, s.errorsByCode().values().stream().mapToLong(Long::longValue).sum());
    }

    private static long sumOf(JsonNode counts) {
        long n = 0;
        for (JsonNode v : counts) {
            n += v.asLong();
        }
        return n;
    }
}
