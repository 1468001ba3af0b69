package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.SharedData;
import io.mixdoc.testkit.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue "eval": the dev set ({@code ../shared/eval/dev}) holds floors set at the figures reached. Raise
 * a floor when the detector improves; never lower one to make a change pass.
 */
@Tag(SharedData.TAG)
class DevSetFloorTest {
    // Issue 10 traded a little generated-set recall (clause switches without English grammar, lone word
    // pieces in undamaged documents) for harmlessness on real text; its bar for this set is F1 >= 0.96.
    static final double MIN_F1 = 0.96;
    static final double MIN_PRECISION = 0.99;
    static final double MIN_RECALL = 0.93;
    static final double MIN_REPAIR = 0.605;
    static final double MAX_FALSE_PER_10K = 0.25;
    static final double MIN_LETTER_ACCURACY = 0.999;
    static final double MIN_TYPE_ACCURACY = 0.925;
    /** Edits applied that give the gold repair (issue 10: an edit that might be wrong should stay a proposal). */
    static final double MIN_EDIT_PRECISION = 0.955; // measured 0.9609 over 128 (s9-harm: unsure completions proposed; was 0.8836 over 146)

    @Test
    void devSetHoldsItsFloorsAndBeatsTheBaselineOnEverySeamFigure() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false).run(List.of(TestData.devDir()), true);
        System.out.print(EvalReport.table(r));
        Tally m = r.mixdoc();
        Tally b = r.baseline();
        assertTrue(m.documents >= 80, "dev set not found whole: " + m.documents);
        assertTrue(m.f1() >= MIN_F1, "F1 " + m.f1());
        assertTrue(m.precision() >= MIN_PRECISION, "precision " + m.precision());
        assertTrue(m.recall() >= MIN_RECALL, "recall " + m.recall());
        assertTrue(m.repairExactMatch() >= MIN_REPAIR, "repair " + m.repairExactMatch());
        assertTrue(m.falseSeamsPer10k() <= MAX_FALSE_PER_10K, "false seams per 10k " + m.falseSeamsPer10k());
        assertTrue(m.letterAccuracy() >= MIN_LETTER_ACCURACY, "letter accuracy " + m.letterAccuracy());
        assertTrue(m.typeAccuracy() >= MIN_TYPE_ACCURACY, "type accuracy " + m.typeAccuracy());
        assertTrue(m.notSeamsFlagged() == 0, "not_seams flagged " + m.notSeamsFlagged());
        assertTrue(m.editsApplied() > 100 && m.editPrecision() >= MIN_EDIT_PRECISION, "edit precision " + m.editPrecision());

        assertTrue(m.precision() > b.precision() && m.recall() > b.recall() && m.f1() > b.f1(), "behind the baseline overall");
        assertTrue(m.repairExactMatch() > b.repairExactMatch() && m.falseSeamsPer10k() < b.falseSeamsPer10k());
        assertTrue(m.letterAccuracy() > b.letterAccuracy());
        Map<String, double[]> mine = m.perType();
        Map<String, double[]> theirs = b.perType();
        for (Map.Entry<String, double[]> e : mine.entrySet()) {
            double[] base = theirs.getOrDefault(e.getKey(), new double[] {0, 0, 0, 0, 0});
            if (e.getValue()[3] > 0) { // types with gold seams
                assertTrue(e.getValue()[2] > base[2], e.getKey() + " F1 " + e.getValue()[2] + " not ahead of baseline " + base[2]);
            }
        }
    }

    @Test
    void scorerCountsMissesAndFalseAlarms() throws Exception {
        // A pipeline with no seam finder at all must score zero recall on the dev set: the scorer can fail.
        var noSeams = Mixdoc.pipeline().withoutExtensions().add(new io.mixdoc.stage.ScriptRunTagger())
                .add(new io.mixdoc.stage.TokenTagger()).add(new io.mixdoc.stage.CodeTagger())
                .add(new io.mixdoc.stage.LanguageTagger()).build();
        Evaluator.Result r = new Evaluator(noSeams, false).run(List.of(TestData.devDir()), false);
        assertTrue(r.mixdoc().recall() == 0 && r.mixdoc().gold() > 300);
    }
}
