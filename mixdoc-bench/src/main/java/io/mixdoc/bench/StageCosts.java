package io.mixdoc.bench;

import io.mixdoc.Document;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The per-stage table of the throughput run: each stage of a pipeline run one at a time over the
 * same documents of the bench corpus, with the running thread's CPU time and the bytes it allocated
 * (HotSpot's per-thread allocation counter), so a stage's cost is its own and not its neighbours'.
 * Reported as MB of UTF-8 per CPU-second and bytes allocated per input byte.
 *
 * <p>Run on its own for quick profiling: {@code java -cp ... io.mixdoc.bench.StageCosts CORPUS-DIR MB [fast|full] [ROUNDS]}.
 */
public final class StageCosts {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Per stage: CPU nanoseconds and allocated bytes over {@code bytes} of input. */
    record Table(List<String> stages, long[] cpuNanos, long[] allocated, long bytes, long docs) {
        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "Per stage (one thread, %.1f MB, %,d documents; thread CPU and allocation):%n%n", bytes / 1e6, docs));
            b.append("| stage | MB per CPU-second | bytes allocated per input byte | share of CPU |\n|---|---:|---:|---:|\n");
            long cpuSum = 0;
            long allocSum = 0;
            for (int i = 0; i < stages.size(); i++) {
                cpuSum += cpuNanos[i];
                allocSum += allocated[i];
            }
            for (int i = 0; i < stages.size(); i++) {
                row(b, stages.get(i), cpuNanos[i], allocated[i], cpuSum);
            }
            row(b, "all stages", cpuSum, allocSum, cpuSum);
            return b.toString();
        }

        private void row(StringBuilder b, String name, long cpu, long alloc, long cpuSum) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.0f %% |%n", name,
                    cpu == 0 ? "-" : fmt(bytes / 1e6 / (cpu / 1e9)), alloc / (double) bytes, 100.0 * cpu / cpuSum));
        }
    }

    private StageCosts() {
    }

    /** Runs {@code pipeline} stage by stage over the first {@code limit} bytes of {@code corpus}, after a warm-up pass. */
    static Table measure(Pipeline pipeline, Path corpus, long limit) throws Exception {
        List<Stage> stages = pipeline.stages();
        pass(stages, corpus, Math.min(limit, 2_000_000L), new long[stages.size()], new long[stages.size()]);
        long[] cpu = new long[stages.size()];
        long[] alloc = new long[stages.size()];
        long[] totals = pass(stages, corpus, limit, cpu, alloc);
        return new Table(stages.stream().map(Stage::id).toList(), cpu, alloc, totals[0], totals[1]);
    }

    private static long[] pass(List<Stage> stages, Path corpus, long limit, long[] cpu, long[] alloc) throws Exception {
        long bytes = 0;
        long docs = 0;
        long me = Thread.currentThread().getId();
        try (CorpusFile in = new CorpusFile(corpus, limit)) {
            byte[] b;
            while ((b = in.next()) != null) {
                Document d = Document.of("d", new String(b, StandardCharsets.UTF_8));
                for (int i = 0; i < stages.size(); i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long a0 = THREADS.getThreadAllocatedBytes(me);
                    d = stages.get(i).apply(d);
                    alloc[i] += THREADS.getThreadAllocatedBytes(me) - a0;
                    cpu[i] += THREADS.getCurrentThreadCpuTime() - c0;
                }
                bytes += b.length;
                docs++;
            }
        }
        return new long[] {bytes, docs};
    }

    /** Bytes the calling thread has allocated so far (HotSpot). */
    static long allocatedByCurrentThread() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    public static void main(String[] args) throws Exception {
        Path root = Throughput.repositoryRoot();
        int mb = Integer.parseInt(args[1]);
        Path corpus = BenchCorpus.fromDirectories(BenchCorpus.defaultSources(root))
                .ensure(Path.of(args[0]), mb, 20261124L);
        long limit = mb * 1_000_000L;
        Pipeline p = args.length > 2 && args[2].equals("full") ? io.mixdoc.Mixdoc.standard()
                : io.mixdoc.Mixdoc.pipeline().withoutExtensions().fast().build();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int r = 0; r < rounds; r++) {
            System.out.print(measure(p, corpus, limit).markdown());
            System.out.println("load " + Throughput.loadAverage());
        }
    }
}
