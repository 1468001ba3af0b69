package io.mixdoc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mixdoc.Mixdoc;
import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.io.TestCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Random and mutated bytes through every reader and the record processor, for a bounded time:
 * no exception, no hang (each input has a time limit), no unbounded output, and every record is
 * either text or a coded error. Run longer with {@code -Dmixdoc.fuzz.seconds=600} (and another
 * {@code -Dmixdoc.fuzz.seed=N}). A failing input is saved under {@code target/fuzz-failures/}; copy it to
 * {@code src/test/resources/fuzz-regressions/} and {@link #replaysRegressions()} replays it forever.
 */
class FuzzTest {
    static final String[] EXTENSIONS = {".warc.gz", ".warc", ".jsonl", ".jsonl.gz", ".html", ".txt", ""};
    static final long SECONDS = Long.getLong("mixdoc.fuzz.seconds", 15);
    static final long SEED = Long.getLong("mixdoc.fuzz.seed", 20261124L);
    static final ReaderOptions OPTIONS = ReaderOptions.defaults().withMaxRecordBytes(256 * 1024);
    static final int MAX_RECORDS_PER_INPUT = 100_000;
    static final long INPUT_TIME_LIMIT_SECONDS = 20;

    @TempDir
    static Path tmp;
    static final List<byte[]> seeds = new ArrayList<>();
    static final RecordProcessor PROCESSOR = new RecordProcessor(Mixdoc.standard(), EmitMode.RESULT, List.of());
    static ExecutorService worker;

    @BeforeAll
    static void seeds() throws IOException {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        Path d = Files.createDirectories(tmp.resolve("seeds"));
        seeds.add(Files.readAllBytes(TestCorpora.chineseWarc(d)));
        seeds.add(Files.readAllBytes(TestCorpora.jsonl(d)));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(seeds.get(seeds.size() - 1));
        }
        seeds.add(gz.toByteArray());
        seeds.add(TestCorpora.page("标题", "正文。Some English 文本。", "gbk").getBytes(TestCorpora.GBK));
        seeds.add("中文和English混合的文本。s的两个头tate 202四年".getBytes(StandardCharsets.UTF_8));
        seeds.add("中文和English混合的文本。".getBytes(StandardCharsets.UTF_16LE));
        Path plain = d.resolve("plain.warc");
        try (var w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(plain,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            w.write(TestCorpora.response("http://x/", "text/html; charset=utf-8",
                    TestCorpora.page("t", "一段文字。", null).getBytes(StandardCharsets.UTF_8)));
        }
        seeds.add(Files.readAllBytes(plain));
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void randomAndMutatedInputsNeverCrashOrHang() throws Exception {
        Random rnd = new Random(SEED);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int inputs = 0;
        long records = 0;
        while (System.nanoTime() < end) {
            byte[] bytes = rnd.nextInt(8) == 0 ? randomBytes(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            String ext = EXTENSIONS[rnd.nextInt(EXTENSIONS.length)];
            records += check(bytes, ext);
            inputs++;
        }
        System.out.printf("fuzz: %d inputs, %d records in %d s (seed %d)%n", inputs, records, SECONDS, SEED);
        assertTrue(inputs > 20, "the fuzzer ran: " + inputs);
    }

    @Test
    void fuzzedCorpusThroughTheWholeCleanRun() throws Exception {
        Random rnd = new Random(SEED + 1);
        Path dir = Files.createDirectories(tmp.resolve("fuzzed-corpus"));
        for (int i = 0; i < 40; i++) {
            byte[] bytes = rnd.nextInt(6) == 0 ? randomBytes(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            Files.write(dir.resolve(String.format("f%02d", i) + EXTENSIONS[rnd.nextInt(EXTENSIONS.length - 1)]), bytes);
        }
        long expected;
        try (RecordReader r = Readers.open(dir, OPTIONS)) {
            expected = 0;
            while (r.hasNext()) {
                r.next();
                expected++;
            }
        }
        Path out = tmp.resolve("fuzzed-out");
        CleanOptions o = CleanOptions.of(List.of(dir), out).withThreads(2).withShardSize(3).withReader(OPTIONS)
                .withProgress(CleanOptions.Progress.QUIET).withRules(List.of(FilterRule.minLetters(20)));
        Future<CleanSummary> job = worker.submit(() -> new CorpusCleaner(o, Mixdoc.standard(),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run());
        CleanSummary s = job.get(120, TimeUnit.SECONDS);
        assertEquals(expected, s.recordsIn());
        assertEquals(s.recordsIn(), s.kept() + s.rejected() + s.failed());
    }

    @Test
    void replaysRegressions() throws Exception {
        Path dir = TestCorpora.root().resolve("mixdoc-corpus/src/test/resources/fuzz-regressions");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "regression inputs exist in " + dir);
        for (Path p : files) {
            String name = p.getFileName().toString();
            byte[] bytes = Files.readAllBytes(p);
            // Replay each under its own extension and as every other kind too.
            for (String ext : EXTENSIONS) {
                check(bytes, ext);
            }
            check(bytes, name.contains(".") ? name.substring(name.indexOf('.')) : "");
        }
    }

    /** Reads and processes one input in a worker with a time limit; returns how many records it had. */
    private static long check(byte[] bytes, String ext) throws Exception {
        Path f = Files.write(tmp.resolve("input" + ext), bytes);
        Future<Long> job = worker.submit(() -> readAndProcess(f));
        try {
            return job.get(INPUT_TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            fail("hang on " + save(bytes, ext));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("crash on " + save(bytes, ext) + ": " + e.getCause(), e.getCause());
        }
        return 0;
    }

    private static long readAndProcess(Path f) throws IOException {
        long n = 0;
        try (RecordReader r = Readers.open(f, OPTIONS)) {
            while (r.hasNext()) {
                SourceRecord rec = r.next();
                if (++n > MAX_RECORDS_PER_INPUT) {
                    throw new IllegalStateException("unbounded records");
                }
                if (rec.failed() && !rec.error().code().startsWith("E_")) {
                    throw new IllegalStateException("error without a code: " + rec.error());
                }
                if (!rec.failed() && rec.text().length() > OPTIONS.maxRecordBytes() * 2) {
                    throw new IllegalStateException("record over the limit: " + rec.text().length());
                }
                Outcome o = PROCESSOR.process(rec);
                CorpusJson.MAPPER.readTree(o.line()); // a valid JSON line
                if (o.line().indexOf('\n') >= 0) {
                    throw new IllegalStateException("output line with a newline");
                }
            }
        }
        return n;
    }

    private static String save(byte[] bytes, String ext) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        String name = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes)).substring(0, 12) + ext;
        Files.write(dir.resolve(name), bytes);
        return dir.resolve(name).toAbsolutePath() + " (copy it to mixdoc-corpus/src/test/resources/fuzz-regressions/)";
    }

    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(4096)];
        rnd.nextBytes(b);
        return b;
    }

    /** Bit flips, byte runs, insertions, deletions, truncation, duplication and splices. */
    static byte[] mutate(byte[] seed, Random rnd) {
        byte[] b = seed.clone();
        int rounds = 1 + rnd.nextInt(6);
        for (int k = 0; k < rounds && b.length > 0; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> {
                    int n = Math.min(b.length - at, 1 + rnd.nextInt(64));
                    byte v = (byte) rnd.nextInt(256);
                    for (int i = 0; i < n; i++) {
                        b[at + i] = v;
                    }
                }
                case 2 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 3 -> { // delete a run
                    int n = Math.min(b.length - at, 1 + rnd.nextInt(256));
                    byte[] c = new byte[b.length - n];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + n, c, at, b.length - at - n);
                    b = c;
                }
                case 4 -> { // insert random bytes
                    byte[] ins = new byte[1 + rnd.nextInt(128)];
                    rnd.nextBytes(ins);
                    b = splice(b, at, ins);
                }
                case 5 -> { // duplicate a chunk
                    int n = Math.min(b.length - at, 1 + rnd.nextInt(512));
                    b = splice(b, at, java.util.Arrays.copyOfRange(b, at, at + n));
                }
                default -> { // splice in a piece of another seed
                    byte[] other = seeds.get(rnd.nextInt(seeds.size()));
                    int from = rnd.nextInt(other.length);
                    b = splice(b, at, java.util.Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + rnd.nextInt(512))));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] ins) {
        byte[] c = new byte[b.length + ins.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(ins, 0, c, at, ins.length);
        System.arraycopy(b, at, c, at + ins.length, b.length - at);
        return c;
    }
}
