package io.mixdoc.server.internal;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Gives memory back after work that grew the heap. A few multi-megabyte documents grow the heap to a
 * gigabyte, and a burst of ordinary traffic grows G1's young generation; later young collections never
 * shrink the heap, so the process would keep that memory for good. One full collection lets the collector
 * return what it no longer needs (how much: {@code MaxHeapFreeRatio}, which the launcher sets for
 * {@code serve}). It runs in two cases, each after {@link #QUIET_MILLIS} without a task ending:
 * <ul>
 *   <li>the large lane has gone quiet (even while small requests go on): at most once per burst of large
 *       requests;</li>
 *   <li>the whole server has gone quiet and the committed heap has grown by more than
 *       {@link #GROWTH_PERCENT}% since the last return (so an idle server, or one with sparse small requests
 *       that do not grow the heap, is never collected again and again).</li>
 * </ul>
 */
final class MemoryReturn implements AutoCloseable {
    static final long QUIET_MILLIS = 3_000;
    static final int GROWTH_PERCENT = 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mixdoc-memory-return");
        t.setDaemon(true);
        return t;
    });
    private final long quietMillis;
    private final Runnable collect;
    private final LongSupplier committedHeap;
    private final AtomicLong lastLargeEnd = new AtomicLong();
    private final AtomicLong lastEnd = new AtomicLong();
    /** The committed heap just after the last return (or at start): the level growth is measured from. */
    private final AtomicLong committedAfterReturn;
    private ThreadPoolExecutor small;
    private ThreadPoolExecutor large;

    MemoryReturn() {
        // System.gc() is deliberate: the only way to ask G1 to shrink a heap that young collections keep.
        this(QUIET_MILLIS, System::gc, () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
    }

    MemoryReturn(long quietMillis, Runnable collect, LongSupplier committedHeap) {
        this.quietMillis = quietMillis;
        this.collect = collect;
        this.committedHeap = committedHeap;
        this.committedAfterReturn = new AtomicLong(committedHeap.getAsLong());
    }

    /** The two lanes whose idleness is watched; called once, before any task runs. */
    void watch(ThreadPoolExecutor small, ThreadPoolExecutor large) {
        this.small = small;
        this.large = large;
    }

    /** Called when a task of either lane ends; collects later if nothing ran meanwhile. */
    void taskEnded(ThreadPoolExecutor lane) {
        long mark = lastEnd.incrementAndGet();
        long largeMark = lane == large ? lastLargeEnd.incrementAndGet() : -1;
        timer.schedule(() -> {
            boolean largeQuiet = largeMark >= 0 && lastLargeEnd.get() == largeMark && idle(large);
            boolean allQuiet = lastEnd.get() == mark && idle(small) && idle(large);
            if (largeQuiet || allQuiet && grown()) {
                collect.run();
                committedAfterReturn.set(committedHeap.getAsLong());
            }
        }, quietMillis, TimeUnit.MILLISECONDS);
    }

    private boolean grown() {
        return committedHeap.getAsLong() > committedAfterReturn.get() * (100 + GROWTH_PERCENT) / 100;
    }

    private static boolean idle(ThreadPoolExecutor lane) {
        return lane.getActiveCount() == 0 && lane.getQueue().isEmpty();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
