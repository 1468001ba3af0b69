package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.json.ResultJson;
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
 * The Spark job in local[2] mode writes exactly what the single-process path ({@code mixdoc clean}'s
 * record processor, one record after another) writes for the same records, with the same counts.
 */
class MixdocSparkJobIT {
    static SparkSession spark;
    @TempDir
    static Path tmp;
    static Path input;
    static final String[] RULES = {"--max-seams-per-1000", "6", "--min-share", "en=0.6"};

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
        MixdocSparkJob.Summary s = MixdocSparkJob.run(spark, o, MixdocSparkJob.processorFactory(o));

        Map<String, List<String>> expected = TestInputs.sequential(input, o);
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

        // What the inputs hold: 2 text files, 2 JSONL texts, 2 WARC payloads; 5 broken records. The five
        // bytes that are not UTF-8 fit no charset either, so charset detection (as in mixdoc clean) calls them binary.
        assertEquals(11, s.records());
        assertEquals(expected.get("kept").size(), s.kept());
        assertEquals(expected.get("rejected").size(), s.rejected());
        assertEquals(5, s.errors(), s.toJson());
        assertTrue(s.kept() >= 1 && s.rejected() >= 1, s.toJson());
        Set<String> codes = new TreeSet<>();
        for (String line : actual.get("errors")) {
            codes.add(ResultJson.MAPPER.readTree(line).path("error").path("code").asText());
        }
        assertEquals(Set.of("E_EMPTY", "E_BINARY", "E_BAD_JSON", "E_NO_TEXT_FIELD"), codes);
        assertEquals(Map.of("E_EMPTY", 1L, "E_BINARY", 2L, "E_BAD_JSON", 1L, "E_NO_TEXT_FIELD", 1L), s.errorsByCode());
        assertTrue(s.inputBytes() > 2_000, "input bytes counted: " + s.inputBytes());
        JsonNode summary = ResultJson.MAPPER.readTree(out.resolve(MixdocSparkJob.SUMMARY_FILE).toFile());
        assertEquals(s.kept(), summary.get("kept").asLong());
        assertEquals(11, summary.get("records").asLong());
        assertEquals(1, summary.get("errors_by_code").get("E_NO_TEXT_FIELD").asLong());

        // A kept record carries the full schema-v1 result of its text; a rejected one names its rule.
        JsonNode rejected = ResultJson.MAPPER.readTree(actual.get("rejected").get(0));
        assertTrue(Set.of("max-seams-per-1000=6", "min-share=en=0.6").contains(rejected.path("rule").asText()), rejected.toString());
        JsonNode kept = ResultJson.MAPPER.readTree(actual.get("kept").get(0));
        assertEquals("mixdoc/1", kept.path("result").path("schema").asText());
        assertTrue(kept.path("result").path("spans").size() > 0);
    }

    @Test
    void parquetHoldsTheSameRecords() throws IOException {
        Path out = tmp.resolve("out-parquet");
        JobOptions o = options(out.toString(), "--output-format", "parquet");
        MixdocSparkJob.Summary s = MixdocSparkJob.run(spark, o, MixdocSparkJob.processorFactory(o));
        Map<String, List<String>> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(out.toString()).select("status", "json").collectAsList()) {
            actual.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
        }
        actual.values().forEach(l -> l.sort(null));
        assertEquals(TestInputs.sequential(input, o), actual);
        assertEquals(11, s.records());
        assertEquals(5, s.errorsByCode().values().stream().mapToLong(Long::longValue).sum());
    }
}
