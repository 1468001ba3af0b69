package io.mixdoc.bench;

import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Scores;
import io.mixdoc.eval.LinguaBaseline;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.corpus.EmitMode;
import io.mixdoc.corpus.FilterRule;
import io.mixdoc.corpus.RecordProcessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end throughput harness ({@code bench/run.sh}). Builds (once) a corpus of mixed text
 * from source texts (default: the seed and {@code ../shared/eval/dev}, see {@link BenchCorpus#defaultSources}), then measures in one run, each stage warmed up first:
 * the decode-and-scan floor, the fast path (read + decode + spans + sentences + seams + scores),
 * the full standard pipeline, the Lingua baseline, HanLP's segmenter and {@code mixdoc clean}'s record
 * processor, at 1 and 2 threads, with MB per CPU-second, bytes allocated per input byte and the peak heap of
 * each, then the per-stage tables of {@link StageCosts}. Documents are streamed from disk, so memory does not
 * grow with the corpus.
 *
 * <p>Options: {@code --mb N} corpus size (default 200), {@code --full-mb N} how much of it the full
 * pipeline reads (default all), {@code --lingua-mb N} the baselines' sample (default 5), {@code --stage-mb N}
 * what the fast path's per-stage table reads (default 10),
 * {@code --threads N} the larger thread count (default 2), {@code --budget S} seconds after which a
 * measurement stops reading new documents (default 75, 0 = none; the table marks runs it cut
 * short, their MB/s are over what they did read), {@code --seed N}, {@code --dir PATH} where
 * corpora are kept (default {@code target/bench-corpus}), {@code --source DIR} (repeatable) the
 * directories of {@code *.txt} texts the corpus is made from.
 */
public final class Throughput {
    /** What one measurement does with one document's bytes; returns a checksum so nothing is optimised away. */
    interface Work {
        long apply(byte[] utf8);
    }

    /** One measured run. */
    record Run(String name, int threads, long bytes, long docs, double seconds, double cpuSeconds, long peakHeap,
               long checksum, boolean timedOut, long allocated) {
        /** Bytes the worker threads allocated per input byte (Lingua's fork-join helpers not counted). */
        double allocatedPerByte() {
            return bytes == 0 ? 0 : allocated / (double) bytes;
        }

        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /**
         * MB per second of this process's CPU time (workers, Lingua's fork-join helpers, GC, JIT):
         * the per-core speed, whatever else the machine runs.
         */
        double mbPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        int mb = 200;
        int fullMb = -1;
        int linguaMb = 5;
        int stageMb = 10;
        int threads = 2;
        double budget = 75;
        long seed = 20261124L;
        Path dir = Path.of("target/bench-corpus");
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--mb" -> mb = positive(a, args, ++i);
                case "--full-mb" -> fullMb = positive(a, args, ++i);
                case "--lingua-mb" -> linguaMb = positive(a, args, ++i);
                case "--stage-mb" -> stageMb = positive(a, args, ++i);
                case "--threads" -> threads = positive(a, args, ++i);
                case "--budget" -> budget = Double.parseDouble(value(a, args, ++i));
                case "--seed" -> seed = Long.parseLong(value(a, args, ++i));
                case "--dir" -> dir = Path.of(value(a, args, ++i));
                case "--source" -> sources.add(Path.of(value(a, args, ++i)));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (known: --mb --full-mb --lingua-mb --stage-mb --threads --budget --seed --dir --source)");
            }
        }
        if (fullMb < 0 || fullMb > mb) {
            fullMb = mb;
        }
        linguaMb = Math.min(linguaMb, mb);
        stageMb = Math.min(stageMb, mb);
        Path root = repositoryRoot();
        long t0 = System.nanoTime();
        if (sources.isEmpty()) {
            sources = BenchCorpus.defaultSources(root);
        }
        BenchCorpus source = BenchCorpus.fromDirectories(sources);
        Path corpus = source.ensure(dir, mb, seed);
        System.out.printf(Locale.ROOT, "corpus: %s (%,d bytes, from %,d sentence pieces of %s; ready in %.1f s)%n",
                corpus, Files.size(corpus), source.pieces(), sources, (System.nanoTime() - t0) / 1e9);

        Pipeline fast = Mixdoc.pipeline().withoutExtensions().fast().build();
        Pipeline full = Mixdoc.standard();
        LinguaBaseline lingua = new LinguaBaseline();
        Work floor = Throughput::decodeAndScan;
        Work fastWork = b -> Scores.of(fast.run("d", decode(b))).letters();
        Work fullWork = b -> Scores.of(full.run("d", decode(b))).letters();
        Work linguaWork = b -> lingua.run("d", decode(b)).layer(Layers.SEAM).size();
        // The peer for Chinese: HanLP's standard (Viterbi) segmenter over the whole document, as a Java
        // user would call it (the facts' entity recognizer uses the same segmenter per Chinese sentence).
        Work hanlpWork = b -> com.hankcs.hanlp.HanLP.segment(decode(b)).size();
        // mixdoc clean's own record processor (analysis, rules, output line), as each worker thread of
        // `mixdoc clean` runs it: with its defaults (--emit result without --facts: the core stages and
        // the core result), with --emit cleaned and a rule, and with --emit result --facts (every stage).
        java.time.Duration limit = RecordProcessor.DEFAULT_TIME_LIMIT;
        RecordProcessor cleanDefaults = new RecordProcessor(full, EmitMode.RESULT, List.of(), limit, false);
        RecordProcessor cleanCleaned = new RecordProcessor(full, EmitMode.CLEANED, List.of(FilterRule.minCompleteness(0.5)));
        RecordProcessor cleanFacts = new RecordProcessor(full, EmitMode.RESULT, List.of(), limit, true);
        Work cleanDefaultsWork = b -> cleanDefaults.process(SourceRecord.ok("d", "", java.util.Map.of(), decode(b), b.length)).line().length();
        Work cleanCleanedWork = b -> cleanCleaned.process(SourceRecord.ok("d", "", java.util.Map.of(), decode(b), b.length)).line().length();
        Work cleanFactsWork = b -> cleanFacts.process(SourceRecord.ok("d", "", java.util.Map.of(), decode(b), b.length)).line().length();

        long all = (long) mb * 1_000_000L;
        long fullBytes = (long) fullMb * 1_000_000L;
        long linguaBytes = (long) linguaMb * 1_000_000L;
        List<Run> runs = new ArrayList<>();
        runs.add(measure("decode-and-scan floor", floor, corpus, all, 1, budget));
        runs.add(measure("fast path", fastWork, corpus, all, 1, budget));
        runs.add(measure("fast path", fastWork, corpus, all, threads, budget));
        runs.add(measure("full pipeline", fullWork, corpus, fullBytes, 1, budget));
        runs.add(measure("full pipeline", fullWork, corpus, fullBytes, threads, budget));
        runs.add(measure("Lingua baseline", linguaWork, corpus, linguaBytes, 1, budget));
        runs.add(measure("fast path (Lingua's sample)", fastWork, corpus, linguaBytes, 1, budget));
        runs.add(measure("clean defaults (--emit result)", cleanDefaultsWork, corpus, all, 1, budget));
        runs.add(measure("clean --emit cleaned --min-completeness 0.5", cleanCleanedWork, corpus, all, 1, budget));
        runs.add(measure("clean --emit result --facts", cleanFactsWork, corpus, fullBytes, 1, budget));
        runs.add(measure("HanLP segmentation", hanlpWork, corpus, linguaBytes, 1, budget));
        System.out.println("clean --emit cleaned runs: " + String.join(" ", cleanCleaned.stages())
                + "; clean defaults run: " + String.join(" ", cleanDefaults.stages())
                + "; clean --facts runs: " + String.join(" ", cleanFacts.stages()));

        StageCosts.Table fastStages = StageCosts.measure(fast, corpus, (long) stageMb * 1_000_000L);
        StageCosts.Table fullStages = StageCosts.measure(full, corpus, linguaBytes);

        System.out.println();
        System.out.print(report(runs, full.stages().size(), threads));
        System.out.println();
        System.out.println("Fast path, stage by stage:");
        System.out.print(fastStages.markdown());
        System.out.println();
        System.out.println("Full pipeline (every stage), stage by stage:");
        System.out.print(fullStages.markdown());
    }

    static String report(List<Run> runs, int fullStages, int threads) {
        StringBuilder b = new StringBuilder();
        Run floor = runs.get(0);
        b.append("| measurement | threads | MB read | docs | wall s | MB/s (wall) | CPU s | MB per CPU-second | below the floor | bytes allocated per byte | peak heap MB |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : runs) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1f%s | %,d | %.2f | %.2f | %.2f | %s | %s× | %.1f | %d |%n", r.name(), r.threads(),
                    r.bytes() / 1e6, r.timedOut() ? " (budget)" : "", r.docs(), r.seconds(), r.mbPerSecond(),
                    r.cpuSeconds(), fmt(r.mbPerCpuSecond()), fmt(floor.mbPerCpuSecond() / r.mbPerCpuSecond()),
                    r.allocatedPerByte(), r.peakHeap() >> 20));
        }
        Run fast1 = runs.get(1);
        Run fastN = runs.get(2);
        Run full1 = runs.get(3);
        Run fullN = runs.get(4);
        Run lingua = runs.get(5);
        Run fastSample = runs.get(6);
        long peak = runs.stream().mapToLong(Run::peakHeap).max().orElse(0);
        b.append('\n');
        b.append(String.format(Locale.ROOT, "full pipeline stages: %d; heap limit (-Xmx): %d MB; cores: %d; common fork-join pool parallelism: %d; load average at the end: %s%n",
                fullStages, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(), loadAverage()));
        b.append('\n');
        b.append("| target | measured | met |\n|---|---|---|\n");
        target(b, "fast path >= 25 MB per CPU-second", fmt(fast1.mbPerCpuSecond()) + " MB per CPU-second ("
                + fmt(fast1.mbPerSecond()) + " MB/s wall), " + fmt(floor.mbPerCpuSecond() / fast1.mbPerCpuSecond())
                + "x below the floor", fast1.mbPerCpuSecond() >= 25);
        target(b, "fast path allocates <= 10 bytes per input byte", fmt(fast1.allocatedPerByte()) + " bytes per byte",
                fast1.allocatedPerByte() <= 10);
        double linguaRatio = fastSample.mbPerCpuSecond() / lingua.mbPerCpuSecond();
        target(b, "fast path >= 20x the Lingua baseline", fmt(linguaRatio) + "x (same " + fmt(lingua.bytes() / 1e6)
                + " MB sample: " + fmt(fastSample.mbPerCpuSecond()) + " vs " + fmt(lingua.mbPerCpuSecond())
                + " MB per CPU-second)", linguaRatio >= 20);
        target(b, "full pipeline >= 2 MB/s per core", fmt(full1.mbPerCpuSecond()) + " MB per CPU-second ("
                + fmt(full1.mbPerSecond()) + " MB/s wall)", full1.mbPerCpuSecond() >= 2);
        double fastScale = fastN.mbPerSecond() / fast1.mbPerSecond();
        double fullScale = fullN.mbPerSecond() / full1.mbPerSecond();
        target(b, threads + " threads >= 1.8x one (wall clock)", "fast " + fmt(fastScale) + "x, full " + fmt(fullScale)
                + "x; per CPU-second " + fmt(fastN.mbPerCpuSecond() / fast1.mbPerCpuSecond()) + "x and "
                + fmt(fullN.mbPerCpuSecond() / full1.mbPerCpuSecond()) + "x", fastScale >= 1.8 && fullScale >= 1.8);
        target(b, "peak heap <= 512 MB", (peak >> 20) + " MB", peak <= 512L << 20);
        if (runs.size() > 10) {
            Run hanlp = runs.get(10);
            b.append("| fast path vs HanLP segmentation (same sample, for scale) | ")
                    .append(fmt(fastSample.mbPerCpuSecond() / hanlp.mbPerCpuSecond())).append("x (")
                    .append(fmt(hanlp.mbPerCpuSecond())).append(" MB per CPU-second) | - |\n");
        }
        if (runs.size() > 8) {
            Run cleanDefaults = runs.get(7);
            Run cleanCleaned = runs.get(8);
            target(b, "clean defaults >= 15 MB per CPU-second", fmt(cleanDefaults.mbPerCpuSecond()) + " MB per CPU-second, "
                    + fmt(floor.mbPerCpuSecond() / cleanDefaults.mbPerCpuSecond()) + "x below the floor", cleanDefaults.mbPerCpuSecond() >= 15);
            target(b, "clean --emit cleaned (fast path only) >= 15 MB per CPU-second", fmt(cleanCleaned.mbPerCpuSecond())
                    + " MB per CPU-second, " + fmt(floor.mbPerCpuSecond() / cleanCleaned.mbPerCpuSecond()) + "x below the floor, "
                    + fmt(cleanCleaned.mbPerCpuSecond() / cleanDefaults.mbPerCpuSecond()) + "x clean defaults", cleanCleaned.mbPerCpuSecond() >= 15);
        }
        return b.toString();
    }

    private static void target(StringBuilder b, String what, String measured, boolean met) {
        b.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    /** Warms {@code work} up on the start of the corpus, then measures it over {@code limit} bytes. */
    static Run measure(String name, Work work, Path corpus, long limit, int threads, double budget) throws Exception {
        run(work, corpus, Math.min(limit / 10, 2_000_000L), threads, budget > 0 ? Math.max(5, budget / 5) : 0);
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long start = System.nanoTime();
        long[] totals;
        try {
            totals = run(work, corpus, limit, threads, budget);
        } finally {
            heap.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Run r = new Run(name, threads, totals[0], totals[1], seconds, totals[4] / 1e9, heap.peak(), totals[2], totals[3] != 0, totals[5]);
        System.out.printf(Locale.ROOT, "%-28s %d thread(s): %8.1f MB in %7.2f s = %8.2f MB/s wall, %8.2f MB per CPU-s, peak heap %d MB, load %s%n",
                name, threads, r.bytes() / 1e6, seconds, r.mbPerSecond(), r.mbPerCpuSecond(), r.peakHeap() >> 20, loadAverage());
        return r;
    }

    /** Returns {bytes, documents, checksum, 1 if the time budget cut the run short, process CPU nanoseconds, bytes the workers allocated}. */
    private static long[] run(Work work, Path corpus, long limit, int threads, double budget) throws Exception {
        AtomicLong bytes = new AtomicLong();
        AtomicLong docs = new AtomicLong();
        AtomicLong checksum = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicLong workersCpu = new AtomicLong();
        long cpu0 = processCpuNanos();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        boolean timedOut;
        try (CorpusFile in = new CorpusFile(corpus, limit, budget)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    long sum = 0;
                    long n = 0;
                    long d = 0;
                    long alloc0 = StageCosts.allocatedByCurrentThread();
                    long threadCpu0 = threadCpuNanos();
                    try {
                        byte[] b;
                        while ((b = in.next()) != null) {
                            sum += work.apply(b);
                            n += b.length;
                            d++;
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    bytes.addAndGet(n);
                    docs.addAndGet(d);
                    checksum.addAndGet(sum);
                    allocated.addAndGet(StageCosts.allocatedByCurrentThread() - alloc0);
                    workersCpu.addAndGet(threadCpuNanos() - threadCpu0);
                }, "bench-worker-" + t);
                workers.add(th);
                th.start();
            }
            for (Thread th : workers) {
                th.join();
            }
            timedOut = in.timedOut();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a worker failed", failures.get(0));
        }
        // the process clock can tick coarsely (a run of a few milliseconds read 0 under load); the workers' own
        // CPU time is a lower bound of it that never reads 0 for work done
        long cpu = Math.max(processCpuNanos() - cpu0, workersCpu.get());
        return new long[] {bytes.get(), docs.get(), checksum.get(), timedOut ? 1 : 0, cpu, allocated.get()};
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole JVM: Lingua computes on the common fork-join pool, not on the calling thread. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The 1-minute load average (Linux), to show how busy the machine was. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String decode(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The physical floor: decode the bytes and look at every character once. */
    static long decodeAndScan(byte[] utf8) {
        String s = decode(utf8);
        long letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Samples the used heap every few milliseconds (the JVM has no resettable whole-heap peak). */
    static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void sample() {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        long peak() {
            return peak.get();
        }
    }

    private static int positive(String option, String[] args, int i) {
        int v = Integer.parseInt(value(option, args, i));
        if (v <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return v;
    }

    private static String value(String option, String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** The repository root: system property {@code mixdoc.root}, else the nearest parent with {@code mvnw}. */
    static Path repositoryRoot() {
        String prop = System.getProperty("mixdoc.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (set -Dmixdoc.root)");
        }
        return p;
    }
}
