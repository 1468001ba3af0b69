package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out real clean corpus ({@code data/real-unseen}: clean, human-written documents from packages that
 * {@code data/real} does not draw on) holds its floors, like {@link RealCorpusFloorTest}. Its first figure,
 * before any rule was fitted to it (2026-12-01), was 0.591 false seams per 10k characters and 4 edits: that is
 * our best estimate of how mixdoc does on real documents nobody has looked at. Tighten a floor when a change
 * improves it; never loosen one to make a change pass. Target: the same as data/real's (0 edits).
 */
class RealUnseenFloorTest {
    static final int MIN_DOCUMENTS = 660;
    static final double MAX_FALSE_PER_10K = 0.27;    // measured 0.263 (s8-harm: commands, config lines and program output glue no words; hyphenated names and bracketed asides start no clause)
    static final int MAX_EDITS = 0;                  // measured 0 (s8-harm: a doubling needs two other seams to vouch for it; was 2)
    static final int MAX_DOCUMENTS_WITH_EDITS = 0;
    static final double MAX_OTHER_LATIN_SHARE = 0.0005; // measured 0.0000

    @Test
    void heldOutCorpusHoldsItsFloors() throws Exception {
        CleanSetScorer scorer = new CleanSetScorer(Mixdoc.pipeline().fast().build()).scoreAll(List.of(TestData.path("data/real-unseen")));
        System.out.print(scorer.table(0));
        CleanSetScorer.Figures f = scorer.all();
        assertTrue(f.documents() >= MIN_DOCUMENTS, "corpus not found whole: " + f.documents());
        assertEquals(List.of("bilingual", "en-zh", "zh-tech"), List.copyOf(scorer.byGroup().keySet()));
        assertTrue(f.falseSeamsPer10k() <= MAX_FALSE_PER_10K, "false seams per 10k " + f.falseSeamsPer10k());
        assertTrue(f.editsApplied() <= MAX_EDITS, "edits applied " + f.editsApplied());
        assertTrue(f.documentsWithEdits() <= MAX_DOCUMENTS_WITH_EDITS, "documents with edits " + f.documentsWithEdits());
        assertTrue(f.otherLatinShare() <= MAX_OTHER_LATIN_SHARE, "Latin letters tagged other than en/zxx/zh-Latn " + f.otherLatinShare());
    }
}
