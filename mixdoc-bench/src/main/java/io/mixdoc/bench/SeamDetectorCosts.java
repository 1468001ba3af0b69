package io.mixdoc.bench;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Stage;
import io.mixdoc.seams.SeamContext;
import io.mixdoc.seams.SeamDetector;
import io.mixdoc.stage.SeamFinder;
import io.mixdoc.text.EnglishLexicon;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seam stage taken apart: the shared {@link SeamContext} and each detector run on its own over the same
 * documents, with the thread's CPU time and the bytes it allocated (exact: HotSpot's per-thread counter), so
 * a change to one detector is measured where it happened. Documents are prepared up to the stage before the
 * seams once, kept in memory, then run through the detectors in rounds (the last one is reported).
 *
 * <p>{@code java -cp ... io.mixdoc.bench.SeamDetectorCosts CORPUS-DIR MB [ROUNDS]} (the bench corpus, as
 * {@link StageCosts} makes it; a few MB: the prepared documents are held in memory).
 */
public final class SeamDetectorCosts {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SeamDetectorCosts() {
    }

    public static void main(String[] args) throws Exception {
        int mb = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path corpus = BenchCorpus.fromDirectories(BenchCorpus.defaultSources(Throughput.repositoryRoot()))
                .ensure(Path.of(args[0]), mb, 20261124L);
        List<Stage> before = new ArrayList<>();
        for (Stage s : Mixdoc.pipeline().withoutExtensions().fast().build().stages()) {
            if (s.id().equals("seams")) {
                break;
            }
            before.add(s);
        }
        List<Document> docs = new ArrayList<>();
        long bytes = 0;
        try (CorpusFile in = new CorpusFile(corpus, mb * 1_000_000L)) {
            byte[] b;
            while ((b = in.next()) != null) {
                Document d = Document.of("d", new String(b, StandardCharsets.UTF_8));
                for (Stage s : before) {
                    d = s.apply(d);
                }
                docs.add(d);
                bytes += b.length;
            }
        }
        List<SeamDetector> detectors = SeamFinder.detectors();
        long me = Thread.currentThread().getId();
        long[] cpu = new long[detectors.size() + 1];
        long[] alloc = new long[detectors.size() + 1];
        for (int round = 0; round < rounds; round++) {
            java.util.Arrays.fill(cpu, 0);
            java.util.Arrays.fill(alloc, 0);
            for (Document d : docs) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long a0 = THREADS.getThreadAllocatedBytes(me);
                SeamContext ctx = new SeamContext(d, EnglishLexicon.get());
                cpu[0] += THREADS.getCurrentThreadCpuTime() - c0;
                alloc[0] += THREADS.getThreadAllocatedBytes(me) - a0;
                for (int i = 0; i < detectors.size(); i++) {
                    c0 = THREADS.getCurrentThreadCpuTime();
                    a0 = THREADS.getThreadAllocatedBytes(me);
                    detectors.get(i).find(ctx);
                    cpu[i + 1] += THREADS.getCurrentThreadCpuTime() - c0;
                    alloc[i + 1] += THREADS.getThreadAllocatedBytes(me) - a0;
                }
            }
        }
        long cpuSum = java.util.Arrays.stream(cpu).sum();
        long allocSum = java.util.Arrays.stream(alloc).sum();
        System.out.printf(Locale.ROOT, "Seam stage by part (one thread, %.1f MB, %,d documents, round %d of %d):%n%n",
                bytes / 1e6, docs.size(), rounds, rounds);
        System.out.println("| part | share of CPU | bytes allocated per input byte |\n|---|---:|---:|");
        for (int i = 0; i <= detectors.size(); i++) {
            System.out.printf(Locale.ROOT, "| %s | %.1f %% | %.1f |%n",
                    i == 0 ? "SeamContext" : detectors.get(i - 1).getClass().getSimpleName(), 100.0 * cpu[i] / cpuSum,
                    alloc[i] / (double) bytes);
        }
        System.out.printf(Locale.ROOT, "| all (%.2f MB per CPU-second) | 100 %% | %.1f |%n", bytes / 1e6 / (cpuSum / 1e9),
                allocSum / (double) bytes);
        System.out.println("load " + Throughput.loadAverage());
    }
}
