package io.mixdoc.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.json.ResultJson;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs analyses on a fixed pool of worker threads with a bounded queue and a per-request time limit.
 * One shared {@link Pipeline} serves every worker (pipelines are thread-safe).
 *
 * <p>A request that waits past the limit gets {@link ApiError#E_TIMEOUT}; its task is cancelled
 * (interrupted), though a stage that ignores interrupts runs on until it finishes and its result is
 * dropped. A full queue answers {@link ApiError#E_BUSY} at once instead of piling up work.
 */
public final class AnalysisRunner implements AutoCloseable {
    private final Pipeline pipeline;
    private final Pipeline withGloss;
    private final Duration timeLimit;
    private final ThreadPoolExecutor executor;

    public AnalysisRunner(Pipeline pipeline, int workers, int queue, Duration timeLimit) {
        this.pipeline = pipeline;
        this.withGloss = withGloss(pipeline);
        this.timeLimit = timeLimit;
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, q, r -> {
            Thread t = new Thread(r, "mixdoc-analyze-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
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

    /** The schema-v1 result for one request, or an {@link ApiException} (busy, timed out). */
    public ObjectNode analyze(AnalyzeRequest request) throws InterruptedException {
        return analyze(request, false);
    }

    /** As {@link #analyze(AnalyzeRequest)}; with {@code gloss} the result has the reading aid's {@code gloss} layer. */
    public ObjectNode analyze(AnalyzeRequest request, boolean gloss) throws InterruptedException {
        Pipeline p = gloss ? withGloss : pipeline;
        Future<ObjectNode> f;
        try {
            f = executor.submit(() -> ResultJson.toTree(p.run(Document.of(request.id(), request.text()))));
        } catch (RejectedExecutionException e) {
            throw new ApiException(ApiError.E_BUSY, "too many analyses waiting; try again shortly");
        }
        try {
            return f.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(ApiError.E_TIMEOUT, "the analysis took longer than " + timeLimit.toMillis() + " ms");
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
