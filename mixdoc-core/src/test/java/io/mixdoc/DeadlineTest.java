package io.mixdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    /** A stage that never ends on its own: it only stops when its deadline says so. */
    static final class Endless implements Stage {
        final List<Long> checks = new ArrayList<>();

        @Override
        public String id() {
            return "endless";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of();
        }

        @Override
        public LayerKey<?> produces() {
            return Layers.DIAGNOSTIC;
        }

        @Override
        public Document apply(Document doc) {
            for (long i = 0; ; i++) {
                doc.deadline().check();
                if (checks.isEmpty()) {
                    checks.add(i);
                }
            }
        }
    }

    @Test
    void aPassedDeadlineStopsARunningStage() {
        Pipeline p = Mixdoc.pipeline().add(new Endless()).build();
        long t0 = System.nanoTime();
        AnalysisStoppedException e = assertThrows(AnalysisStoppedException.class,
                () -> p.run(Document.of("d", "text"), Deadline.after(Duration.ofMillis(100))));
        assertTrue(e.timedOut());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "stopped, not run on");
    }

    @Test
    void anInterruptStopsARunWithoutATimeLimit() throws Exception {
        Pipeline p = Mixdoc.pipeline().add(new Endless()).build();
        List<Throwable> thrown = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                p.run(Document.of("d", "text"));
            } catch (Throwable e) {
                thrown.add(e);
            }
        });
        t.start();
        Thread.sleep(50);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(1, thrown.size());
        assertFalse(((AnalysisStoppedException) thrown.get(0)).timedOut());
    }

    @Test
    void anExpiredDeadlineRunsNoStageAndTheResultCarriesNoDeadline() {
        Pipeline fast = Mixdoc.pipeline().withoutExtensions().fast().build();
        assertThrows(AnalysisStoppedException.class, () -> fast.run(Document.of("d", "中文 text"), Deadline.after(Duration.ZERO)));
        Document done = fast.run(Document.of("d", "中文 text"), Deadline.after(Duration.ofMinutes(5)));
        assertTrue(done.has(Layers.SEAM));
        assertEquals(Deadline.none(), done.deadline());
        assertFalse(Deadline.none().expired());
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ofSeconds(-1)));
    }
}
