package io.mixdoc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.TestCorpora;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCleanerTest {
    @TempDir
    static Path tmp;
    static List<Path> inputs = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        inputs.add(TestCorpora.chineseWarc(in));
        inputs.add(TestCorpora.jsonl(in));
        inputs.add(TestCorpora.textDir(in));
        inputs.addAll(TestCorpora.badInputs(in));
        inputs.addAll(io.mixdoc.testkit.TestData.sampleDocs());
    }

    static CleanSummary run(CleanOptions o) throws IOException {
        PrintStream log = new PrintStream(new ByteArrayOutputStream());
        return new CorpusCleaner(o, Mixdoc.standard(), log).run();
    }

    static CleanOptions options(Path out) {
        return CleanOptions.of(inputs, out).withShardSize(4).withProgress(CleanOptions.Progress.QUIET)
                .withRules(List.of(FilterRule.maxSeamsPer1000(6)));
    }

    static List<String> readerIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (RecordReader r = Readers.open(inputs, ReaderOptions.defaults())) {
            r.forEachRemaining(s -> ids.add(s.id()));
        }
        return ids;
    }

    @Test
    void everyRecordEndsInExactlyOnePlace() throws IOException {
        Path out = tmp.resolve("out-once");
        CleanSummary s = run(options(out).withThreads(2));
        List<String> expected = readerIds();
        List<String> ids = CleanOutputs.ids(out);
        assertEquals(expected.size(), ids.size(), "one output line per record");
        assertEquals(new HashSet<>(expected), new HashSet<>(ids));
        assertEquals(expected.size(), new HashSet<>(ids).size(), "ids are unique");
        assertEquals(expected.size(), s.recordsIn());
        assertEquals(s.recordsIn(), s.kept() + s.rejected() + s.failed());
        Map<String, List<String>> lines = CleanOutputs.lines(out);
        assertEquals(s.kept(), lines.get("kept").size());
        assertEquals(s.rejected(), lines.get("rejected").size());
        assertEquals(s.failed(), lines.get("errors").size());
        assertTrue(s.kept() >= 10, "the good records are kept: " + s);
        assertTrue(s.rejected() >= 1, "the rule rejects something: " + s);
        for (String code : List.of("E_EMPTY", "E_BINARY", "E_INVALID_UTF8", "E_TOO_LARGE", "E_CORRUPT_WARC", "E_BAD_JSON", "E_NO_TEXT_FIELD")) {
            assertTrue(s.errorsByCode().containsKey(code), code + " in " + s.errorsByCode());
        }
        JsonNode summary = CleanOutputs.summary(out);
        assertEquals(s.recordsIn(), summary.path("records_in").asLong());
        assertFalse(summary.path("seams_by_type").isEmpty());
        for (String line : lines.get("errors")) {
            JsonNode e = CleanOutputs.json(line).path("error");
            assertTrue(e.path("code").asText().startsWith("E_"), line);
            assertFalse(e.path("message").asText().isEmpty(), line);
        }
        for (String line : lines.get("rejected")) {
            assertEquals("max-seams-per-1000=6", CleanOutputs.json(line).path("rule").asText());
        }
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("out-1");
        Path two = tmp.resolve("out-3");
        run(options(one).withThreads(1));
        run(options(two).withThreads(3));
        assertEquals(CleanOutputs.lines(one), CleanOutputs.lines(two));
    }

    @Test
    void resumeRedoesOnlyUncommittedShardsAndGivesTheSameOutput() throws IOException {
        Path ref = tmp.resolve("out-ref");
        run(options(ref).withThreads(2));
        Path out = tmp.resolve("out-resume");
        run(options(out).withThreads(2));
        // Simulate a crash: some shards lost their commit file (their parts may be stale or half there),
        // a temporary file was left behind, and the summary was never written.
        ShardFiles files = new ShardFiles(out);
        Set<Long> committed = files.committed();
        assertTrue(committed.size() >= 5, "several shards: " + committed);
        Files.delete(files.commit(1));
        Files.delete(files.commit(4));
        Files.deleteIfExists(files.part(ShardFiles.KEPT, 4));
        Files.writeString(out.resolve("kept/.part-000001.jsonl.99.tmp"), "{\"half\":");
        Files.delete(out.resolve("summary.json"));
        assertThrows(IllegalStateException.class, () -> run(options(out)), "an output in use needs --resume");
        assertThrows(IllegalStateException.class, () -> run(options(out).withResume(true).withEmit(EmitMode.CLEANED)),
                "resuming with other settings is refused");
        CleanSummary s = run(options(out).withResume(true).withThreads(2));
        assertEquals(CleanOutputs.lines(ref), CleanOutputs.lines(out));
        assertEquals(readerIds().size(), s.recordsIn());
        assertEquals(s.recordsIn() - 8, s.resumedRecords(), "two shards of four records redone");
        assertFalse(Files.exists(out.resolve("kept/.part-000001.jsonl.99.tmp")));
    }

    @Test
    void limitAndEmitMain() throws IOException {
        Path out = tmp.resolve("out-limit");
        CleanSummary s = run(CleanOptions.of(inputs, out).withLimit(3).withEmit(EmitMode.MAIN).withProgress(CleanOptions.Progress.QUIET));
        assertEquals(3, s.recordsIn());
        List<String> kept = CleanOutputs.lines(out).get("kept");
        assertEquals(3, kept.size());
        JsonNode first = CleanOutputs.json(kept.get(0));
        assertEquals("main", first.path("emit").asText());
        assertTrue(first.path("text").asText().contains(TestCorpora.GBK_PAGE_TEXT));
        assertEquals("GB18030", first.path("metadata").path("charset").asText());
        assertFalse(first.path("text").asText().contains("<"));
    }

    @Test
    void parsesTheMainFlags() {
        CleanOptions o = CleanOptions.parse("--input", "a.txt", "--input", "b.jsonl", "--output", "o", "--threads", "3",
                "--resume", "--emit", "zh", "--limit", "10", "--min-share", "zh=0.8", "--max-seams-per-1000", "2",
                "--max-record-bytes", "1000", "--text-field", "body");
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.jsonl")), o.inputs());
        assertEquals(3, o.threads());
        assertTrue(o.resume());
        assertEquals(EmitMode.ZH, o.emit());
        assertEquals(List.of(FilterRule.minShare("zh", 0.8), FilterRule.maxSeamsPer1000(2)), o.rules());
        assertEquals(1000, o.reader().maxRecordBytes());
        assertEquals("body", o.reader().textField());
        assertThrows(IllegalArgumentException.class, () -> CleanOptions.parse("--input", "a", "--output", "o", "--threads", "0"));
        assertThrows(IllegalArgumentException.class, () -> CleanOptions.parse("--input", "a"));
        assertThrows(IllegalArgumentException.class, () -> CleanOptions.parse("--input", "a", "--output", "o", "--bogus"));
    }

}
