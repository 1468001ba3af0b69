package io.mixdoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThroughputTest {
    @Test
    void twoWorkersReadEveryDocumentOnceAndAgreeWithOneThread(@TempDir Path dir) throws Exception {
        Path corpus = BenchCorpus.fromRepository(Throughput.repositoryRoot()).ensure(dir, 1, 11);
        long size = Files.size(corpus);
        Throughput.Run one = Throughput.measure("floor", Throughput::decodeAndScan, corpus, Long.MAX_VALUE, 1, 0);
        Throughput.Run two = Throughput.measure("floor", Throughput::decodeAndScan, corpus, Long.MAX_VALUE, 2, 0);
        assertEquals(size - 4L * one.docs(), one.bytes(), "every byte of text read (the file adds 4 per record)");
        assertEquals(one.bytes(), two.bytes());
        assertEquals(one.docs(), two.docs());
        assertEquals(one.checksum(), two.checksum(), "same letters counted whatever the thread count");
        assertTrue(one.checksum() > 100_000, "letters counted: " + one.checksum());
        assertFalse(one.timedOut());
        assertTrue(one.cpuSeconds() > 0 && one.seconds() > 0);
    }

    @Test
    void reportMarksMetAndMissedTargets() {
        List<Throughput.Run> runs = List.of(
                run("floor", 1, 200), run("fast", 1, 60), run("fast", 2, 119),
                run("full", 1, 1), run("full", 2, 2), run("lingua", 1, 2), run("fast sample", 1, 60));
        String r = Throughput.report(runs, 5, 2);
        assertTrue(r.contains("| fast path >= 25 MB per CPU-second | 60.0 MB per CPU-second (60.0 MB/s wall), 3.33x below the floor | yes |"), r);
        assertTrue(r.contains("| fast path allocates <= 10 bytes per input byte | 12.0 bytes per byte | **no** |"), r);
        assertTrue(r.contains("| full pipeline >= 2 MB/s per core | 1.00 MB per CPU-second (1.00 MB/s wall) | **no** |"), r);
        assertTrue(r.contains("| fast path >= 20x the Lingua baseline | 30.0x"), r);
        assertTrue(r.contains("fast 1.98x, full 2.00x") && r.contains("threads >= 1.8x one (wall clock) | fast 1.98x"), r);
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Throughput.main(new String[] {"--megabytes", "3"}));
        assertThrows(IllegalArgumentException.class, () -> Throughput.main(new String[] {"--mb", "0"}));
    }

    /** A run that read {@code mbPerSecond} MB in one second of wall and CPU time, allocating 12 bytes per byte. */
    private static Throughput.Run run(String name, int threads, double mbPerSecond) {
        return new Throughput.Run(name, threads, (long) (mbPerSecond * 1e6), 10, 1.0, 1.0, 100L << 20, 0, false,
                (long) (mbPerSecond * 12e6));
    }
}
