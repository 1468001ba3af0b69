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

    /**
     * Per stage: CPU nanoseconds and allocated bytes over {@code bytes} of input; {@code context}: what the
     * rest of the process did meanwhile.
     */
    record Table(List<String> stages, long[] cpuNanos, long[] allocated, long bytes, long docs, Context context) {
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
            b.append(context.describe(cpuSum));
            return b.toString();
        }

        private void row(StringBuilder b, String name, long cpu, long alloc, long cpuSum) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.0f %% |%n", name,
                    cpu == 0 ? "-" : fmt(bytes / 1e6 / (cpu / 1e9)), alloc / (double) bytes, 100.0 * cpu / cpuSum));
        }
    }

    /**
     * What the process did while the stages were timed, besides the timing thread: the JIT compiler threads
     * and the GC workers run beside it, and their CPU is in no stage's figure (a stage's share of the table
     * is its share of the timing thread's CPU). A profiler's share of a recording differs from the table's
     * when the recording also holds the warm-up pass (Lingua's models loaded, code interpreted) or the bench
     * corpus being built: {@code fromMillis}/{@code toMillis} is the timed pass's wall-clock window, for
     * {@code bench/jfr-top.py --window}.
     */
    record Context(long processCpuNanos, long gcCount, long gcMillis, long jitMillis, long fromMillis, long toMillis) {
        static Context start() {
            return new Context(processCpuNow(), gcCountNow(), gcMillisNow(), jitMillisNow(), System.currentTimeMillis(), 0);
        }

        Context since() {
            return new Context(processCpuNow() - processCpuNanos, gcCountNow() - gcCount, gcMillisNow() - gcMillis,
                    jitMillisNow() - jitMillis, fromMillis, System.currentTimeMillis());
        }

        String describe(long stageCpuNanos) {
            return String.format(Locale.ROOT, "%nProcess CPU %.1f s, of which the stages' thread %.1f s: %.0f %% elsewhere (JIT compilers, GC"
                            + " workers); meanwhile %d collections (%d ms paused) and %d ms of JIT compilation. Timed pass: epoch ms %d to %d.%n",
                    processCpuNanos / 1e9, stageCpuNanos / 1e9, 100.0 * Math.max(0, processCpuNanos - stageCpuNanos) / Math.max(1, processCpuNanos),
                    gcCount, gcMillis, jitMillis, fromMillis, toMillis);
        }

        private static long processCpuNow() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static long gcCountNow() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
        }

        private static long gcMillisNow() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
        }

        private static long jitMillisNow() {
            java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
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
        Context context = Context.start();
        long[] totals = pass(stages, corpus, limit, cpu, alloc);
        return new Table(stages.stream().map(Stage::id).toList(), cpu, alloc, totals[0], totals[1], context.since());
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
