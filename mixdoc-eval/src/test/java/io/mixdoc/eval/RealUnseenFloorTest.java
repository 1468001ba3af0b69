package io.mixdoc.eval;

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
    static final double MAX_FALSE_PER_10K = 0.20;    // measured 0.197 (s18-harm: an orphan is a noun, 谢谢。 no orphan; 0.207 s13-harm: a credit by @handle is no clause, 3.x no cut word; 0.216 s12-harm: RENREN beside 人人网, id,name lists, %08lx formats; 0.244 s9-harm: class names such as CompletableFutureTimeout are no glue; s8-harm 0.263)
    static final int MAX_EDITS = 0;                  // measured 0 (s8-harm: a doubling needs two other seams to vouch for it; was 2)
    static final int MAX_DOCUMENTS_WITH_EDITS = 0;
    static final double MAX_OTHER_LATIN_SHARE = 0.0005; // measured 0.0000

    @Test
    void heldOutCorpusHoldsItsFloors() throws Exception {
        RealCorpusFloorTest.assertCleanCorpusHolds("data/real-unseen", MIN_DOCUMENTS, MAX_FALSE_PER_10K, MAX_EDITS,
                MAX_DOCUMENTS_WITH_EDITS, MAX_OTHER_LATIN_SHARE);
    }
}
