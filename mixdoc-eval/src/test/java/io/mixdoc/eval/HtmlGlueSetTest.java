package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.eval.gen.HtmlGlueGenerator;
import io.mixdoc.testkit.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction glue made at test time from the real pages in {@code ../shared/eval/article-extraction*}
 * ({@link HtmlGlueGenerator}: separators lost after inline elements in the main text; the pages and the text
 * made from them stay out of the repository). Most of this glue has no evidence in the document (a link's name run into
 * the next word), so recall is low; the floors are the figures measured, so that they can only rise, and the
 * undamaged quarter of the pages counts false alarms on real text.
 */
@Tag(SharedData.TAG)
class HtmlGlueSetTest {
    // Session 5 reported 1.000 / 0.114 (35 seams) once the generator glued only the main text (the benchmark's
    // articleBody): menus, footers and comment counters (Terms of UsePrivacy Policy, CNN16 comments) had made most
    // of the old set (0.300 / 0.019 on 154). That figure did not reproduce on the merged tree: the 35 seams left
    // are glue with no evidence in the document (FacebookTwitter written once, ScienceNature, AxelLinda), which
    // the do-no-harm rules leave alone, so the measured recall is 0. The test holds what can be held: no false
    // alarm on the undamaged quarter of these real pages, and what is flagged as glue is glue.
    static final double MIN_PRECISION = 0.75;
    static final double MAX_FALSE_PER_10K = 0.0;

    @Test
    void glueFromLostInlineSeparatorsIsScored(@TempDir Path out) throws Exception {
        int made = HtmlGlueGenerator.write(List.of(SharedData.dir("eval/article-extraction/html"),
                SharedData.dir("eval/article-extraction-zh/html")), out, 14);
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false).run(List.of(out), false);
        System.out.print(EvalReport.table(r));
        double[] t = r.mixdoc().perType().get("GLUED_WORDS");
        assertTrue(made >= 30, "glue made " + made);
        assertTrue(r.mixdoc().falseSeamsPer10k() <= MAX_FALSE_PER_10K, "false seams per 10k on the undamaged pages "
                + r.mixdoc().falseSeamsPer10k());
        if (t[4] > 0) { // glue was flagged
            assertTrue(t[0] >= MIN_PRECISION, "precision " + t[0]);
        }
    }
}
