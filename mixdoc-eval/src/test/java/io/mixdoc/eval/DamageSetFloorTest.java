package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Layer;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Seam;
import io.mixdoc.testkit.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: each damage class on its generated set (real clean text from Debian's manuals with the
 * damage spliced in, {@code tools/damage_sets.sh}) holds precision and recall floors, and the new
 * detectors raise nothing on the set's undamaged documents.
 */
class DamageSetFloorTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;
    private static final Set<String> NEW_TYPES = Set.of("INJECTED_ANNOTATION", "NOISE");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"injected, INJECTED_ANNOTATION", "noise, NOISE", "dup, DUPLICATION"})
    void eachDamageClassHoldsItsFloors(String set, String type) throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false)
                .run(List.of(TestData.path("data/eval/damage/" + set)), false);
        System.out.print(EvalReport.table(r));
        double[] t = r.mixdoc().perType().get(type); // precision, recall, F1, gold, predicted
        assertTrue(r.mixdoc().documents >= 30, "set not found whole: " + r.mixdoc().documents);
        assertTrue(t[3] >= 150, type + " gold seams " + t[3]);
        assertTrue(t[0] >= MIN_PRECISION, type + " precision " + t[0]);
        assertTrue(t[1] >= MIN_RECALL, type + " recall " + t[1]);
        for (int i = 0; i < r.documents().size(); i++) {
            if (r.documents().get(i).clean()) {
                List<Seam> seams = r.analysed().get(i).find(Layers.SEAM).map(Layer::spans).orElse(List.of());
                assertEquals(List.of(), seams.stream().filter(s -> NEW_TYPES.contains(s.type().name())).toList(),
                        "new detectors fired on undamaged " + r.documents().get(i).name());
            }
        }
    }

    /**
     * Lost separators between two terms: found only where the document itself gives the evidence (both
     * terms apart, a list of single terms); most glued pairs in the set have none, so recall is low (0.09,
     * measured) and held here so that it can only rise. The set's false GLUED_WORDS come from
     * GluedWordsDetector's word splits (strikethrough, colorscheme), not from this class of damage.
     */
    @Test
    void extractionGlueRecallHolds() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false).run(List.of(TestData.path("data/eval/damage/glue")), false);
        double[] t = r.mixdoc().perType().get("GLUED_WORDS");
        assertTrue(t[3] >= 75, "GLUED_WORDS gold " + t[3]);
        assertTrue(t[1] >= 0.08, "GLUED_WORDS recall " + t[1]);
    }
}
