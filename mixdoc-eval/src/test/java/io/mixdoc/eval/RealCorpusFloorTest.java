package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 ("do no harm on real text"): the real-text dev corpus in {@code data/real} is clean, human-written
 * text, so every seam found there is a false alarm and every edit applied is damage. The floors below are
 * the figures measured when the corpus was added (2026-11-30), not the targets. The targets are
 * <b>≤ 0.5 false seams per 10,000 characters, 0 edits, ≤ 1 % of Latin letters tagged other than
 * en/zxx/zh-Latn</b>: tighten each floor to the new figure whenever a change improves it; never loosen one
 * to make a change pass.
 */
class RealCorpusFloorTest {
    static final int MIN_DOCUMENTS = 900;
    static final double MAX_FALSE_PER_10K = 0.158;     // target 0.5 (met); measured 0.155 (s21-harm: br written as markup elsewhere, 35 -> 34; 0.159 s19-harm: a term before a bracketed aside, 36 -> 35; 0.164 s16-harm: a list's first item after Chinese punctuation, a Chinese number quoted in English, 40 -> 36; 0.182 s15-harm: a line quoted after a colon, one term named twice, Long类型, 44 -> 40; 0.200 s12-harm: whitespaces/strikethrough are terms, citations; s11-harm 0.227: whole quotations, defined names; s10-harm 0.255: definition entries' heads, code in a sentence; s8-harm 0.264)
    static final int MAX_EDITS = 0;                  // target 0 (met)
    static final int MAX_DOCUMENTS_WITH_EDITS = 0;    // target 0 (met)
    static final double MAX_OTHER_LATIN_SHARE = 0.0005; // target 0.01 (met); measured 0.0000 (session 5, language tagging)

    @Test
    void realCorpusHoldsItsFloors() throws Exception {
        assertCleanCorpusHolds("data/real", MIN_DOCUMENTS, MAX_FALSE_PER_10K, MAX_EDITS, MAX_DOCUMENTS_WITH_EDITS,
                MAX_OTHER_LATIN_SHARE);
    }

    /** Scores a clean real corpus of the repository (groups bilingual, en-zh, zh-tech) against its floors. */
    static void assertCleanCorpusHolds(String dir, int minDocuments, double maxFalsePer10k, int maxEdits,
            int maxDocumentsWithEdits, double maxOtherLatinShare) throws Exception {
        assertCleanCorpusHolds(dir, List.of("bilingual", "en-zh", "zh-tech"), minDocuments, maxFalsePer10k, maxEdits,
                maxDocumentsWithEdits, maxOtherLatinShare);
    }

    /** Scores a clean real corpus of the repository, whose kinds (first folder level) are {@code groups}, against its floors. */
    static void assertCleanCorpusHolds(String dir, List<String> groups, int minDocuments, double maxFalsePer10k, int maxEdits,
            int maxDocumentsWithEdits, double maxOtherLatinShare) throws Exception {
        CleanSetScorer scorer = new CleanSetScorer(Mixdoc.pipeline().fast().build()).scoreAll(List.of(TestData.path(dir)));
        System.out.print(scorer.table(0));
        CleanSetScorer.Figures f = scorer.all();
        assertTrue(f.documents() >= minDocuments, "corpus not found whole: " + f.documents());
        assertEquals(groups, List.copyOf(scorer.byGroup().keySet()));
        assertTrue(f.falseSeamsPer10k() <= maxFalsePer10k, "false seams per 10k " + f.falseSeamsPer10k());
        assertTrue(f.editsApplied() <= maxEdits, "edits applied " + f.editsApplied());
        assertTrue(f.documentsWithEdits() <= maxDocumentsWithEdits, "documents with edits " + f.documentsWithEdits());
        assertTrue(f.otherLatinShare() <= maxOtherLatinShare, "Latin letters tagged other than en/zxx/zh-Latn " + f.otherLatinShare());
    }
}
