package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.TestData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue "Core": the seed scored against its hand annotation (core seams). */
class SeedGoldTest {
    @Test
    void seedMeetsTheCoreTargets() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), true).run(List.of(TestData.seedGold()), false);
        Tally t = r.mixdoc();
        System.out.printf(Locale.ROOT, "seed (core seams): recall %.3f, precision %.3f, F1 %.3f, repair exact-match %.3f (%d scored), "
                        + "not_seams flagged %d, type accuracy %.3f%n", t.recall(), t.precision(), t.f1(), t.repairExactMatch(),
                t.repairGold, t.notSeamsFlagged(), t.typeAccuracy());
        assertTrue(t.recall() >= 0.95, "recall " + t.recall());
        assertTrue(t.precision() >= 0.90, "precision " + t.precision());
        assertEquals(0, t.notSeamsFlagged(), "a not_seam was flagged");
        assertTrue(t.repairExactMatch() >= 0.75, "repair exact-match " + t.repairExactMatch());
    }
}
