package io.mixdoc.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Counts work, not time: the bytes each stage allocates (the JVM's per-thread allocation counter,
 * which other processes on the machine do not disturb) on the scaling benchmark's pathological
 * inputs at 25 KB and at 4 times that. A linear stage allocates about 4 times as much; the
 * quadratic ones this issue fixed (glued-word split, HanLP over a whole document, pairwise entity
 * linking) allocated 16 times as much or more.
 */
class LinearWorkTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    static final int SMALL = 25_000;

    static Map<String, Long> allocatedPerStage(Pipeline p, String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        Document d = Document.of("w", text);
        long id = Thread.currentThread().getId();
        for (Stage s : p.stages()) {
            long before = THREADS.getThreadAllocatedBytes(id);
            d = s.apply(d);
            out.put(s.id(), THREADS.getThreadAllocatedBytes(id) - before);
        }
        return out;
    }

    @Test
    void everyStageAllocatesInProportionToItsInput() throws Exception {
        Pipeline p = Mixdoc.standard();
        Map<String, IntFunction<String>> kinds = Scaling.kinds(Scaling.sentences());
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            if (kind.getKey().equals("ordinary")) {
                continue; // real sentences: the benchmark's reference, not a pathology
            }
            allocatedPerStage(p, kind.getValue().apply(SMALL)); // load models, fill caches
            Map<String, Long> small = allocatedPerStage(p, kind.getValue().apply(SMALL));
            Map<String, Long> large = allocatedPerStage(p, kind.getValue().apply(4 * SMALL));
            for (String stage : small.keySet()) {
                // 1.5 times linear, plus 4 MB for fixed costs (lazy tables, caches) that do not grow
                long bound = (long) (4 * 1.5 * small.get(stage)) + (4L << 20);
                boolean linear = large.get(stage) <= bound;
                ok &= linear;
                report.append(String.format("%s/%s: %d -> %d bytes%s%n", kind.getKey(), stage, small.get(stage),
                        large.get(stage), linear ? "" : "  SUPERLINEAR"));
            }
        }
        System.out.print(report);
        assertTrue(ok, report::toString);
        assertTrue(List.of("no-spaces", "alternating", "repeated", "glued-zh").stream().allMatch(kinds::containsKey));
    }
}
