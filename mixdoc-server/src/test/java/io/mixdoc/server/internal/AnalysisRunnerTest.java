package io.mixdoc.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnalysisRunnerTest {
    static final LayerKey<Diagnostic> KEY = LayerKey.of("test_spin", Diagnostic.class);

    /** Spins until its deadline stops it: the shape of a runaway analysis that checks its deadline. */
    static final class Spin implements Stage {
        @Override
        public String id() {
            return "test_spin";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of();
        }

        @Override
        public LayerKey<?> produces() {
            return KEY;
        }

        @Override
        public Document apply(Document doc) {
            if (doc.text().startsWith("quick")) {
                return doc.with(KEY, List.of());
            }
            while (true) {
                doc.deadline().check();
            }
        }
    }

    private static final Pipeline SPIN = Mixdoc.pipeline().withoutExtensions().fast().add(new Spin()).build();

    /** Loads the lexicon, the language models and the JSON writer first: the limits below are for analyses. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        io.mixdoc.json.ResultJson.toTree(SPIN.run(Document.of("w", "quick warm-up 中文 text")));
    }

    private static AnalyzeRequest req(String text) {
        return new AnalyzeRequest("d", text, "text");
    }

    @Test
    void aTimedOutAnalysisFreesItsWorkerWithinASecond() throws Exception {
        try (AnalysisRunner runner = new AnalysisRunner(SPIN, 1, 4, Duration.ofMillis(1500))) {
            ApiException e = assertThrows(ApiException.class, () -> runner.analyze(req("spin")));
            assertEquals(ApiError.E_TIMEOUT, e.error());
            long until = System.nanoTime() + 1_000_000_000L;
            while (runner.busyWorkers() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(0, runner.busyWorkers(), "the worker still runs the stopped analysis");
            assertEquals(1, runner.analyze(req("quick")).path("schema").asText().isEmpty() ? 0 : 1);
        }
    }

    @Test
    void timedOutRequestsLeaveTheQueue() throws Exception {
        // One worker, three places in the queue: while one analysis runs, three more wait and time out.
        try (AnalysisRunner runner = new AnalysisRunner(SPIN, 1, 3, Duration.ofMillis(1500))) {
            List<CompletableFuture<ApiError>> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                waiting.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        runner.analyze(req("spin"));
                        return null;
                    } catch (ApiException e) {
                        return e.error();
                    } catch (InterruptedException e) {
                        return null;
                    }
                }));
            }
            for (CompletableFuture<ApiError> f : waiting) {
                assertEquals(ApiError.E_TIMEOUT, f.get());
            }
            assertEquals(0, runner.queued(), "cancelled tasks must not keep their places");
            // Were they still queued, this would be E_BUSY.
            for (int i = 0; i < 4; i++) {
                assertTrue(runner.analyze(req("quick")).has("schema"));
            }
        }
    }

    @Test
    void smallRequestsDoNotWaitBehindLargeOnes() throws Exception {
        try (AnalysisRunner runner = new AnalysisRunner(SPIN, 2, 4, Duration.ofMillis(3000))) {
            List<CompletableFuture<Void>> large = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) { // more large requests than workers: they spin until their limit
                large.add(CompletableFuture.runAsync(() -> {
                    try {
                        runner.analyze(() -> req("spin"), AnalysisRunner.LARGE_BYTES + 1);
                    } catch (ApiException | InterruptedException e) {
                        // E_TIMEOUT, expected
                    }
                }));
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            assertTrue(runner.analyze(() -> req("quick"), 100).has("schema"));
            assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "the small request waited for the large ones");
            CompletableFuture.allOf(large.toArray(CompletableFuture[]::new)).get();
        }
    }

    @Test
    void decodingRunsOnAWorkerInsideTheTimeLimit() throws Exception {
        try (AnalysisRunner runner = new AnalysisRunner(SPIN, 1, 1, Duration.ofMillis(1500))) {
            AtomicReference<String> thread = new AtomicReference<>();
            runner.analyze(() -> {
                thread.set(Thread.currentThread().getName());
                return req("quick");
            }, 5);
            assertTrue(thread.get().startsWith("mixdoc-analyze-"), thread.get());
            // A slow decode (HTML extraction of a hostile page) counts against the limit.
            ApiException e = assertThrows(ApiException.class, () -> runner.analyze(() -> {
                long end = System.nanoTime() + 10_000_000_000L;
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                return req("quick");
            }, 5));
            assertEquals(ApiError.E_TIMEOUT, e.error());
        }
    }
}
