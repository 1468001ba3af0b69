package io.mixdoc.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The third real clean corpus ({@code data/real-lists}: Debian man pages and manuals and Chinese Javadoc, a
 * deterministic subset of the glue-zh list sources, see its README) holds its floors, like
 * {@link RealCorpusFloorTest}. Long manuals are where scattered false alarms gather; the whole list sources
 * showed 29 edits in session 8. Tighten a floor when a change improves it; never loosen one to make a change pass.
 */
class RealListsFloorTest {
    static final int MIN_DOCUMENTS = 845;                 // 847 committed
    static final double MAX_FALSE_PER_10K = 0.23;         // measured 0.222 (s21-harm: key,value names, ps 命令, xxxxxx.so.1, 57 -> 53; 0.239 s21-harm: arp and dev written as code elsewhere, 59 -> 57; 0.248 s20 lead: 72dpi, a unit after digits, 60 -> 59; 0.252 s20-harm: a menu item after 选择, a Chinese gloss in brackets, 71 -> 60; 0.298 s19-harm: a term before a bracketed aside, troff's l l l, a list of terms joined by or, 77 -> 71; 0.323 s18-harm: debugSQL is one identifier, 用户id、 ends a Chinese list item, 79 -> 77; 0.332 s16-harm: a list's first item after Chinese punctuation, 81 -> 79; 0.340 s15-harm: a line quoted after a colon, one term named twice, Long类型, 86 -> 81; 0.361 s13-harm: CREATE TABLE names, option names; 0.369 s12-harm; 0.374, 89 seams, s11-harm: coordinates, hex, defined names; 0.428 s10-harm; 0.436 when the set was committed)
    static final int MAX_EDITS = 0;                       // measured 0
    static final int MAX_DOCUMENTS_WITH_EDITS = 0;
    static final double MAX_OTHER_LATIN_SHARE = 0.0005;  // measured 0.0000

    @Test
    void listSourcesHoldTheirFloors() throws Exception {
        RealCorpusFloorTest.assertCleanCorpusHolds("data/real-lists", List.of("zh-tech"), MIN_DOCUMENTS, MAX_FALSE_PER_10K,
                MAX_EDITS, MAX_DOCUMENTS_WITH_EDITS, MAX_OTHER_LATIN_SHARE);
    }
}
