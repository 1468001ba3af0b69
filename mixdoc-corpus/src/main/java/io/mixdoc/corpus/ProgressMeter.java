package io.mixdoc.corpus;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a clean run on standard error: a redrawn bar on a terminal (records/s, MB/s, ETA),
 * plain log lines every few seconds otherwise. Counts only; never touches the output.
 */
final class ProgressMeter {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final CleanOptions.Progress mode;
    private final long totalBytes;
    private final long limit;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong skippedBytes = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final java.util.List<Sample> samples = new java.util.ArrayList<>();
    private long every = 1; // seconds between kept samples; doubles when the list is full
    private long ticks;
    private ScheduledExecutorService timer;
    private long t0;

    /** Records and bytes done by this invocation after {@code seconds}: the report's throughput curve. */
    record Sample(double seconds, long records, long bytes) {
    }

    /** At most this many samples are kept: a long run gets a coarser curve, not a longer list. */
    static final int MAX_SAMPLES = 512;

    ProgressMeter(CleanOptions options, PrintStream out, long totalBytes) {
        this.out = out;
        CleanOptions.Progress m = options.progress();
        if (m == CleanOptions.Progress.AUTO) {
            m = System.console() != null ? CleanOptions.Progress.BAR : CleanOptions.Progress.LOG;
        }
        this.mode = m;
        this.totalBytes = totalBytes;
        this.limit = options.limit();
    }

    void start() {
        t0 = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mixdoc-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        if (mode == CleanOptions.Progress.QUIET) {
            return;
        }
        long period = mode == CleanOptions.Progress.BAR ? 500 : 5000;
        timer.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
    }

    /** A record of a shard committed by an earlier run: counts towards the ETA, not the rates. */
    void skipped(long recordBytes) {
        skipped.incrementAndGet();
        skippedBytes.addAndGet(recordBytes);
    }

    void done(Outcome o) {
        records.incrementAndGet();
        bytes.addAndGet(o.bytes());
        switch (o.status()) {
            case KEPT -> kept.incrementAndGet();
            case REJECTED -> rejected.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
    }

    private synchronized void tick() {
        if (++ticks % every != 0) {
            return;
        }
        sample();
        if (samples.size() >= MAX_SAMPLES) {
            for (int i = samples.size() - 1; i >= 0; i -= 2) {
                samples.remove(i - 1 >= 0 ? i - 1 : i);
            }
            every *= 2;
        }
    }

    private synchronized void sample() {
        samples.add(new Sample(Math.round((System.nanoTime() - t0) / 1e6) / 1000.0, records.get(), bytes.get()));
    }

    /** The samples taken so far, ending with the totals at {@link #stop()}. */
    synchronized java.util.List<Sample> samples() {
        return java.util.List.copyOf(samples);
    }

    /** Records done by this invocation (the bar's count). */
    long records() {
        return records.get();
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            sample();
            if (mode == CleanOptions.Progress.BAR) {
                report();
                out.println();
            }
        }
    }

    private synchronized void report() {
        double s = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        long n = records.get();
        long b = bytes.get();
        double rps = n / s;
        double mbps = b / s / 1e6;
        double fraction = -1;
        double before = 0; // the part an earlier run did, not timed by this one
        if (limit != Long.MAX_VALUE && limit > 0) {
            fraction = (double) (n + skipped.get()) / limit;
            before = (double) skipped.get() / limit;
        } else if (totalBytes > 0) {
            fraction = (double) (b + skippedBytes.get()) / totalBytes;
            before = (double) skippedBytes.get() / totalBytes;
        }
        fraction = Math.min(1, fraction);
        double doneHere = fraction - before;
        String eta = doneHere > 0.001 ? clock(s * (1 - fraction) / doneHere) : "?";
        String counts = String.format(Locale.ROOT, "kept %d, rejected %d, failed %d", kept.get(), rejected.get(), failed.get());
        if (mode == CleanOptions.Progress.BAR) {
            int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR_WIDTH);
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            out.print(String.format(Locale.ROOT, "\r[%s] %s %d records  %.1f rec/s  %.2f MB/s  ETA %s  (%s)  ",
                    bar, fraction < 0 ? "  ?%" : String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)),
                    n, rps, mbps, eta, counts));
            out.flush();
        } else {
            out.println(String.format(Locale.ROOT, "mixdoc clean: %d records in %s (%.1f rec/s, %.2f MB/s), %s%s, ETA %s",
                    n, clock(s), rps, mbps, counts,
                    skipped.get() > 0 ? ", " + skipped.get() + " already committed" : "", eta));
        }
    }

    static String clock(double seconds) {
        long t = Math.round(seconds);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
