package io.mixdoc.server.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives memory back after large analyses. A few multi-megabyte documents grow the heap to a gigabyte;
 * ordinary traffic afterwards only runs young collections, which never shrink it, so the process would
 * keep that memory for good. Once the large lane has stayed idle for {@link #QUIET_MILLIS}, one full
 * collection lets the collector return what it no longer needs (how much: {@code MaxHeapFreeRatio}, which
 * the launcher sets for {@code serve}). At most one collection per burst of large requests.
 */
final class MemoryReturn implements AutoCloseable {
    static final long QUIET_MILLIS = 3_000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mixdoc-memory-return");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong lastLargeEnd = new AtomicLong();

    /** Called when a task of the large lane ends; collects later if nothing large ran meanwhile. */
    void largeTaskEnded(ThreadPoolExecutor lane) {
        long mark = lastLargeEnd.incrementAndGet();
        timer.schedule(() -> {
            if (lastLargeEnd.get() == mark && lane.getActiveCount() == 0 && lane.getQueue().isEmpty()) {
                System.gc(); // deliberate: the only way to ask G1 to shrink a heap that young collections keep
            }
        }, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
