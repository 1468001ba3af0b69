package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The suffix index answers "the most frequent word of the document ending with this tail" with the very
 * word the scan over the vocabulary map picked (ties: the map's iteration order), so replacing the scan
 * leaves every seam byte-identical.
 */
class AffixIndexTest {
    /** The scan {@code CutSite.documentWordEndingWith} made before the index: kept here as the reference. */
    private static String scan(Map<String, Integer> vocabulary, String t) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            String w = e.getKey();
            if (w.length() > t.length() && w.endsWith(t) && !w.endsWith("'" + t) && e.getValue() > bestCount) {
                best = w;
                bestCount = e.getValue();
            }
        }
        return best;
    }

    @Test
    void picksTheSameWordAsTheScanOnRandomVocabularies() {
        Random r = new Random(5);
        String letters = "aeinst'";
        int compared = 0;
        int ties = 0;
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> vocabulary = new HashMap<>();
            int n = 1 + r.nextInt(300);
            for (int i = 0; i < n; i++) {
                StringBuilder w = new StringBuilder();
                int len = 1 + r.nextInt(7);
                for (int j = 0; j < len; j++) {
                    w.append(letters.charAt(r.nextInt(letters.length())));
                }
                vocabulary.merge(w.toString(), 1 + r.nextInt(3), Integer::sum);
            }
            AffixIndex index = new AffixIndex(vocabulary, true);
            for (int q = 0; q < 50; q++) {
                StringBuilder t = new StringBuilder();
                int len = 1 + r.nextInt(3);
                for (int j = 0; j < len; j++) {
                    t.append(letters.charAt(r.nextInt(letters.length())));
                }
                String expected = scan(vocabulary, t.toString());
                assertEquals(expected, index.bestEndingWith(t.toString(), '\''), "tail " + t + " in " + vocabulary);
                compared++;
                if (expected != null && vocabulary.entrySet().stream().filter(e -> e.getKey().endsWith(t.toString())
                        && !e.getKey().equals(t.toString()) && e.getValue().equals(vocabulary.get(expected))).count() > 1) {
                    ties++;
                }
            }
        }
        assertEquals(10_000, compared);
        assertTrue(ties > 100, "the random vocabularies must exercise ties, had " + ties);
    }

    @Test
    void leavesOutTheTailItselfAndWordsWithAnApostropheBeforeIt() {
        Map<String, Integer> vocabulary = new HashMap<>(Map.of("sin", 5, "don't", 9, "cousin", 2, "basin", 1));
        AffixIndex index = new AffixIndex(vocabulary, true);
        assertEquals("cousin", index.bestEndingWith("sin", '\''));
        assertEquals("sin", index.bestEndingWith("in", '\''));
        assertNull(index.bestEndingWith("t", '\''));
        assertEquals("don't", index.bestEndingWith("t", '-'));
    }
}
