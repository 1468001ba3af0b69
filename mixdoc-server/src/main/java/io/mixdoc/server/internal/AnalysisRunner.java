package io.mixdoc.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.AnalysisStoppedException;
import io.mixdoc.Deadline;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.json.ResultJson;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs analyses on a fixed pool of worker threads with a bounded queue and a per-request time limit.
 * One shared {@link Pipeline} serves every worker (pipelines are thread-safe).
 *
 * <p>The time limit counts from submission and covers everything the worker does: decoding the
 * request (HTML extraction included) and the whole pipeline, which runs under a {@link Deadline}
 * at the same instant and so stops by itself, within its stages' check interval, when the client
 * is told {@link ApiError#E_TIMEOUT}. A timed-out task still waiting is taken out of the queue, so
 * timeouts never leave work behind that makes later requests {@link ApiError#E_BUSY}. A full queue
 * answers {@code E_BUSY} at once instead of piling up work.
 *
 * <p>Two lanes keep small requests from waiting behind large ones: bodies over {@link #LARGE_BYTES}
 * run on at most {@code workers - 1} threads of their own (one when there is one worker), small ones
 * on {@code workers} threads of theirs. A client that sends megabytes of pathological text can hold
 * the large lane until its time limit, never the small one: ordinary documents keep their latency.
 */
public final class AnalysisRunner implements AutoCloseable {
    /** Bodies larger than this (bytes) go to the large lane: about 40 pages of text. */
    public static final long LARGE_BYTES = 256 * 1024;

    private final Pipeline pipeline;
    private final Pipeline withGloss;
    /** The same without the providers' stages ({@code ?facts=false}): the core layers only. */
    private final Pipeline core;
    private final Pipeline coreWithGloss;
    private final Duration timeLimit;
    private final ThreadPoolExecutor small;
    private final ThreadPoolExecutor large;
    private final MemoryReturn memoryReturn = new MemoryReturn();

    public AnalysisRunner(Pipeline pipeline, int workers, int queue, Duration timeLimit) {
        this.pipeline = pipeline;
        this.withGloss = withGloss(pipeline);
        this.core = coreOf(pipeline, java.util.Set.of());
        this.coreWithGloss = coreOf(withGloss, java.util.Set.of(Layers.GLOSS));
        this.timeLimit = timeLimit;
        AtomicInteger n = new AtomicInteger();
        this.small = pool(workers, queue, n, memoryReturn);
        this.large = pool(Math.max(1, workers - 1), queue, n, memoryReturn);
        memoryReturn.watch(small, large);
    }

    private static ThreadPoolExecutor pool(int threads, int queue, AtomicInteger n, MemoryReturn afterEach) {
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, q, r -> {
            Thread t = new Thread(r, "mixdoc-analyze-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy()) {
            @Override
            protected void afterExecute(Runnable task, Throwable thrown) {
                afterEach.taskEnded(this);
            }
        };
    }

    /** The same stages plus the reading aid ({@code ?gloss=true}); the shared one for the standard pipeline. */
    private static Pipeline withGloss(Pipeline pipeline) {
        if (pipeline == Mixdoc.standard()) {
            return Mixdoc.standardWithGloss();
        }
        Mixdoc.Builder b = Mixdoc.pipeline();
        pipeline.stages().forEach(b::add);
        return b.withGloss().build();
    }

    /** The stages of {@code p} that the core layers (and {@code plus}) need; those it has no stage for are left out. */
    private static Pipeline coreOf(Pipeline p, java.util.Set<io.mixdoc.LayerKey<?>> plus) {
        java.util.Set<io.mixdoc.LayerKey<?>> wanted = new java.util.HashSet<>(Layers.CORE);
        wanted.addAll(plus);
        java.util.Set<io.mixdoc.LayerKey<?>> available = new java.util.HashSet<>();
        p.stages().forEach(s -> available.add(s.produces()));
        wanted.retainAll(available);
        return p.producing(wanted);
    }

    /** The schema-v1 result for one already decoded request. */
    public ObjectNode analyze(AnalyzeRequest request) throws InterruptedException {
        return analyze(() -> request, request.text().length(), false);
    }

    /** As {@link #analyze(AnalyzeRequest)}; with {@code gloss} the result has the reading aid's {@code gloss} layer. */
    public ObjectNode analyze(AnalyzeRequest request, boolean gloss) throws InterruptedException {
        return analyze(() -> request, request.text().length(), gloss);
    }

    /**
     * Decodes ({@code decode} runs on the worker, inside the time limit) and analyses one request:
     * the schema-v1 result, or an {@link ApiException} (bad request, busy, timed out).
     */
    public ObjectNode analyze(Supplier<AnalyzeRequest> decode, long bodyBytes) throws InterruptedException {
        return analyze(decode, bodyBytes, false);
    }

    /** As {@link #analyze(Supplier, long)}; with {@code gloss} the result has the {@code gloss} layer. */
    public ObjectNode analyze(Supplier<AnalyzeRequest> decode, long bodyBytes, boolean gloss) throws InterruptedException {
        return analyze(decode, bodyBytes, gloss, true);
    }

    /**
     * As {@link #analyze(Supplier, long, boolean)}; without {@code facts} only the core stages run and the
     * result has no facts sections (structure, quantities, dates, entities): many times cheaper.
     */
    public ObjectNode analyze(Supplier<AnalyzeRequest> decode, long bodyBytes, boolean gloss, boolean facts) throws InterruptedException {
        Pipeline p = facts ? (gloss ? withGloss : pipeline) : (gloss ? coreWithGloss : core);
        ThreadPoolExecutor executor = bodyBytes > LARGE_BYTES ? large : small;
        Deadline deadline = Deadline.after(timeLimit);
        FutureTask<ObjectNode> task = new FutureTask<>(() -> {
            deadline.check(); // waited in the queue past the limit: do nothing
            AnalyzeRequest request = decode.get();
            return ResultJson.toTree(p.run(request.document(), deadline));
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            throw new ApiException(ApiError.E_BUSY, "too many analyses waiting; try again shortly");
        }
        try {
            return task.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(executor, task);
            throw timeout();
        } catch (InterruptedException e) {
            stop(executor, task);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AnalysisStoppedException) {
                throw timeout();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ApiException(ApiError.E_BUSY, "the server ran short of memory for this analysis; try again shortly");
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ApiException timeout() {
        return new ApiException(ApiError.E_TIMEOUT, "the analysis took longer than " + timeLimit.toMillis() + " ms");
    }

    /** Interrupts a running task (its deadline stops it anyway) and takes a waiting one out of the queue. */
    private static void stop(ThreadPoolExecutor executor, Future<?> task) {
        task.cancel(true);
        executor.remove((Runnable) task);
    }

    /** Analyses running now (for health and the soak). */
    public int busyWorkers() {
        return small.getActiveCount() + large.getActiveCount();
    }

    /** Analyses waiting for a worker. */
    public int queued() {
        return small.getQueue().size() + large.getQueue().size();
    }

    @Override
    public void close() {
        small.shutdownNow();
        large.shutdownNow();
        memoryReturn.close();
    }
}
