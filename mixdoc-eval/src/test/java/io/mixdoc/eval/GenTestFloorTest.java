package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.SharedData;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 80 generated test documents ({@code ../shared/eval/gen-test}: other source documents and
 * another seed than the dev set, never tuned on) hold floors set just under the figures first
 * measured (2026-11-30: F1 0.947, precision 0.976, recall 0.919, repair 0.601, 0.32 false seams per
 * 10k, letter accuracy 0.9999, type accuracy 0.906). Raise a floor when the detector improves; never
 * lower one to make a change pass.
 */
@Tag(SharedData.TAG)
class GenTestFloorTest {
    // Re-measured after issue 10 (do no harm on real text) merged: it trades a few generated switches and
    // fragments for far fewer false alarms on real documents (F1 0.947 -> 0.928, recall 0.919 -> 0.886,
    // repair 0.601 -> 0.584, letter accuracy 0.9999 -> 0.9983), as on the dev set.
    static final double MIN_F1 = 0.925;
    static final double MIN_PRECISION = 0.97;
    static final double MIN_RECALL = 0.88;
    static final double MIN_REPAIR = 0.58;
    static final double MAX_FALSE_PER_10K = 0.35;
    static final double MIN_LETTER_ACCURACY = 0.998;
    static final double MIN_TYPE_ACCURACY = 0.90;
    /**
     * Edits applied that give the gold repair; measured 0.9524 over 105 (s9-harm; was 0.8655 over 119), then 0.9479
     * over 96 once only a nearby strong seam of another kind vouches for a repair (9 right edits became proposals;
     * on 3.6 M chars of clean real manuals the same rule took 29 wrong edits to 1).
     */
    static final double MIN_EDIT_PRECISION = 0.945;

    @Test
    void genTestSetHoldsItsFloorsAndBeatsTheBaseline() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false).run(List.of(SharedData.dir("eval/gen-test")), true);
        System.out.print(EvalReport.table(r));
        Tally m = r.mixdoc();
        Tally b = r.baseline();
        assertTrue(m.documents >= 80, "gen-test set not found whole: " + m.documents);
        assertTrue(m.f1() >= MIN_F1, "F1 " + m.f1());
        assertTrue(m.precision() >= MIN_PRECISION, "precision " + m.precision());
        assertTrue(m.recall() >= MIN_RECALL, "recall " + m.recall());
        assertTrue(m.repairExactMatch() >= MIN_REPAIR, "repair " + m.repairExactMatch());
        assertTrue(m.falseSeamsPer10k() <= MAX_FALSE_PER_10K, "false seams per 10k " + m.falseSeamsPer10k());
        assertTrue(m.editsApplied() > 80 && m.editPrecision() >= MIN_EDIT_PRECISION, "edit precision " + m.editPrecision());
        assertTrue(m.letterAccuracy() >= MIN_LETTER_ACCURACY, "letter accuracy " + m.letterAccuracy());
        assertTrue(m.typeAccuracy() >= MIN_TYPE_ACCURACY, "type accuracy " + m.typeAccuracy());
        assertTrue(m.notSeamsFlagged() == 0, "not_seams flagged " + m.notSeamsFlagged());
        assertTrue(m.precision() > b.precision() && m.recall() > b.recall() && m.f1() > b.f1(), "behind the baseline overall");
    }
}
