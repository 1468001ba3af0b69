package io.mixdoc.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the server asks for the collection that gives memory back: after quiet, never during traffic. */
class MemoryReturnTest {
    private static final long QUIET = 500; // long beside the 20 ms between requests below, even on a loaded machine
    private static final long MB = 1 << 20;

    private final AtomicInteger collections = new AtomicInteger();
    private final AtomicLong committed = new AtomicLong(300 * MB);
    private ThreadPoolExecutor small;
    private ThreadPoolExecutor large;
    private MemoryReturn memory;

    @BeforeEach
    void lanes() {
        small = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        large = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        memory = new MemoryReturn(QUIET, () -> {
            collections.incrementAndGet();
            committed.set(320 * MB); // the collection shrinks the heap
        }, committed::get);
        memory.watch(small, large);
    }

    @AfterEach
    void stop() {
        small.shutdownNow();
        large.shutdownNow();
        memory.close();
    }

    @Test
    void aQuietLargeLaneCollectsOnceEvenWhileSmallRequestsGoOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        small.execute(() -> await(release)); // a small request keeps running
        memory.taskEnded(large);
        memory.taskEnded(large);
        Thread.sleep(QUIET * 4);
        assertEquals(1, collections.get(), "one collection for the burst of large requests");
        release.countDown();
    }

    @Test
    void aQuietServerCollectsOnlyWhenItsHeapHasGrown() throws Exception {
        memory.taskEnded(small);
        Thread.sleep(QUIET * 4);
        assertEquals(0, collections.get(), "the heap has not grown: nothing to give back");

        committed.set(900 * MB); // traffic grew the young generation
        memory.taskEnded(small);
        Thread.sleep(QUIET * 4);
        assertEquals(1, collections.get());

        memory.taskEnded(small); // the heap is back near its size after the return: not again
        Thread.sleep(QUIET * 4);
        assertEquals(1, collections.get());
    }

    @Test
    void continuingTrafficIsNeverInterruptedByACollection() throws Exception {
        committed.set(900 * MB);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET * 6);
        while (System.nanoTime() < until) {
            memory.taskEnded(small); // a request ends every 20 ms: the server is never quiet
            Thread.sleep(20);
        }
        assertEquals(0, collections.get());
        Thread.sleep(QUIET * 4);
        assertEquals(1, collections.get(), "once the traffic stops");
    }

    @Test
    void aServerStillWorkingIsNotQuiet() throws Exception {
        committed.set(900 * MB);
        CountDownLatch release = new CountDownLatch(1);
        large.execute(() -> await(release)); // a large request still runs after a small one ended
        memory.taskEnded(small);
        Thread.sleep(QUIET * 4);
        assertEquals(0, collections.get());
        release.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
