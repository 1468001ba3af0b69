package io.mixdoc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.io.TestCorpora;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code CorpusCleaner} process with SIGKILL in the middle of a run, twice, resumes it,
 * and checks that the output records equal those of an uninterrupted run: nothing lost, nothing twice.
 */
class CleanKillTest {
    static final int RECORDS = 480;
    static final int SHARD = 8;

    @TempDir
    Path tmp;

    @Test
    void killedAndResumedRunEqualsAnUninterruptedOne() throws Exception {
        Path corpus = corpus();
        List<String> args = List.of("--input", corpus.toString(), "--shard-size", Integer.toString(SHARD),
                "--threads", "2", "--max-seams-per-1000", "6", "--progress", "log");
        Path out = tmp.resolve("killed");

        int killedAt1 = killAfterCommits(args, out, false, 3);
        int killedAt2 = killAfterCommits(args, out, true, killedAt1 + 4);
        assertTrue(killedAt2 > killedAt1, "the second run committed more shards: " + killedAt1 + " -> " + killedAt2);
        List<String> resume = new ArrayList<>(args);
        resume.addAll(List.of("--output", out.toString(), "--resume"));
        CleanSummary resumed = new CorpusCleaner(CleanOptions.parse(resume.toArray(String[]::new)).withProgress(CleanOptions.Progress.QUIET),
                Mixdoc.standard(), new PrintStream(new ByteArrayOutputStream())).run();
        assertTrue(resumed.resumedRecords() >= (long) killedAt2 * SHARD, "committed shards were not redone");

        Path ref = tmp.resolve("uninterrupted");
        List<String> whole = new ArrayList<>(args);
        whole.addAll(List.of("--output", ref.toString()));
        CleanSummary full = new CorpusCleaner(CleanOptions.parse(whole.toArray(String[]::new)).withProgress(CleanOptions.Progress.QUIET),
                Mixdoc.standard(), new PrintStream(new ByteArrayOutputStream())).run();

        Map<String, List<String>> expected = CleanOutputs.lines(ref);
        Map<String, List<String>> actual = CleanOutputs.lines(out);
        assertEquals(expected, actual, "same records in the same files");
        List<String> ids = CleanOutputs.ids(out);
        assertEquals(RECORDS + 1, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no record twice");
        assertEquals(full.recordsIn(), resumed.recordsIn());
        assertEquals(full.kept(), resumed.kept());
        assertEquals(full.failed(), resumed.failed());
        assertEquals(1, full.failed(), "the one bad line");
        assertTrue(full.rejected() > 0 && full.kept() > 0, full.toString());
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    /** Starts the cleaner as a separate JVM and kills it once {@code commits} shards are committed. */
    private int killAfterCommits(List<String> args, Path out, boolean resume, int commits) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CorpusCleaner.class.getName()));
        cmd.addAll(args);
        cmd.addAll(List.of("--output", out.toString()));
        if (resume) {
            cmd.add("--resume");
        }
        Path log = tmp.resolve("clean-" + commits + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path commitDir = out.resolve(ShardFiles.COMMITS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int n = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            n = count(commitDir);
            if (n >= commits) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run must still be going when killed; log:\n" + Files.readString(log));
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(out.resolve("summary.json")), "killed before the end");
        int committed = count(commitDir);
        assertTrue(committed < (RECORDS + SHARD) / SHARD, "killed mid-run: " + committed + " shards committed");
        return committed;
    }

    private static int count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    /** RECORDS lines cycling through the team-written sample texts, plus one bad line in the middle. */
    private Path corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : io.mixdoc.testkit.TestData.sampleDocs()) {
            String t = Files.readString(p);
            texts.add(t.substring(0, Math.min(t.length(), 400))); // short records keep the test quick
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            ObjectNode o = CorpusJson.MAPPER.createObjectNode();
            o.put("n", i);
            o.put("text", texts.get(i % texts.size()));
            b.append(CorpusJson.line(o)).append('\n');
            if (i == RECORDS / 2) {
                b.append("{broken\n");
            }
        }
        return Files.writeString(tmp.resolve("corpus.jsonl"), b.toString(), StandardCharsets.UTF_8);
    }
}
