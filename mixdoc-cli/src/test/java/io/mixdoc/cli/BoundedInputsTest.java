package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 regressions of the CLI: inputs that are odd files, and outputs that must not collide. */
class BoundedInputsTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MIXED = "您对企业规划有什么建议to invest in Kyrgyzstan? 中文 and English.";

    private static List<JsonNode> lines(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            Process pr = new ProcessBuilder("mkfifo", p.toString()).start();
            return pr.waitFor(10, TimeUnit.SECONDS) && pr.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void analyzeOutNeverOverwritesOneInputsResultWithAnothers(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("x.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("x.txt");
        Files.writeString(a, "中文 first document about Kyrgyzstan.");
        Files.writeString(b, "中文 second document about Kazakhstan.");
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("analyze", "--format", "json", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(JSON.readTree(out.resolve("x.json").toFile()).toString().contains("first"));
        assertTrue(JSON.readTree(out.resolve("x-2.json").toFile()).toString().contains("second"));
        assertTrue(r.err().contains("x-2.json"), r.err());
    }

    @Test
    void specialFilesAndBrokenLinksInADirectoryAreReportedNotSkipped(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), MIXED);
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));
        boolean fifo = mkfifo(corpus.resolve("pipe.txt"));
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("clean", "--input", corpus.toString(), "--output", out.toString(), "--progress", "quiet");
        List<JsonNode> errors = lines(out.resolve("errors"));
        assertEquals(fifo ? 2 : 1, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.path("id").asText().endsWith("gone.txt")
                && e.path("error").path("message").asText().contains("broken link")), errors.toString());
        if (fifo) {
            assertTrue(errors.stream().anyMatch(e -> e.path("id").asText().endsWith("pipe.txt")
                    && e.path("error").path("message").asText().contains("not a regular file")), errors.toString());
        }
        assertEquals(1, lines(out.resolve("kept")).size());
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, r.exit(), "an input that could not be read fails the run: " + r.err());
    }

    @Test
    void aFifoNamedOnTheCommandLineIsReadOnceAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("stream");
        assumeTrue(mkfifo(fifo), "mkfifo not available");
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(("{\"text\":\"" + MIXED + "\"}\n{\"text\":\"第二 second record\"}\n").getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("clean", "--input", fifo.toString(), "--output", out.toString(), "--progress", "quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, lines(out.resolve("kept")).size(), "sniffing the format must not eat the pipe's data");
    }

    @Test
    void aFileReachedTwiceIsReadOnce(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path a = Files.writeString(corpus.resolve("a.txt"), MIXED);
        Files.createSymbolicLink(corpus.resolve("b.txt"), a);
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("clean", "--input", corpus.toString(), "--input", a.toString(),
                "--output", out.toString(), "--progress", "quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, lines(out.resolve("kept")).size());
        assertEquals(0, lines(out.resolve("errors")).size());
    }

    @Test
    void anUnreadableInputExitsOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("clean", "--input", dir.resolve("no-such-file.txt").toString(),
                "--output", out.toString(), "--progress", "quiet");
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, r.exit(), r.err());
        assertTrue(r.err().contains("could not be read"), r.err());
    }

    @Test
    void aRecordOverTheTimeLimitBecomesETimeoutAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), MIXED);
        Files.writeString(corpus.resolve("b.txt"), "政府documentannouncementthe".repeat(40_000)); // about 1 MB
        Path out = dir.resolve("out");
        MixdocCliTest.Run r = MixdocCliTest.run("clean", "--input", corpus.toString(), "--output", out.toString(),
                "--progress", "quiet", "--record-time-limit", "0.5", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> errors = lines(out.resolve("errors"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("E_TIMEOUT", errors.get(0).path("error").path("code").asText());
        assertEquals(1, lines(out.resolve("kept")).size());
    }

    @Test
    void runningOutOfMemoryIsOneLineNotAStackTrace(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, ("中文 text with English words and 数字 123. ").repeat(60_000));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errFile = dir.resolve("stderr.txt");
        // The parallel collector gives up with OutOfMemoryError when nearly all time goes to collection; with
        // G1 a heap that barely fits can thrash for minutes instead. stderr goes to a file so the wait is bounded.
        Process p = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                "io.mixdoc.cli.MixdocCli", "analyze", "--format", "json", big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        assertTrue(ended, "the child JVM neither finished nor ran out of memory within 180 s: " + err);
        assertEquals(MixdocCli.EXIT_INPUT_ERROR, p.exitValue(), err);
        assertTrue(err.contains("out of memory"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
        assertTrue(err.strip().lines().count() <= 2, err);
        assertFalse(File.separator.isEmpty());
    }
}
