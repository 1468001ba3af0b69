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
    /**
     * The index of a map's words, given to it in the reverse of the map's order (the sorted index must not depend
     * on it), with the map's own order for the ties of {@code bestEndingWith}, as {@code SeamContext} replays it.
     */
    static AffixIndex index(Map<String, Integer> vocabulary, boolean reversed) {
        String[] inMapOrder = vocabulary.keySet().toArray(new String[0]);
        int n = inMapOrder.length;
        String[] words = new String[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = inMapOrder[n - 1 - i];
            counts[i] = vocabulary.get(words[i]);
        }
        return new AffixIndex(words, counts, reversed, () -> inMapOrder.clone());
    }

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
            AffixIndex index = index(vocabulary, true);
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
        AffixIndex index = index(vocabulary, true);
        assertEquals("cousin", index.bestEndingWith("sin", '\''));
        assertEquals("sin", index.bestEndingWith("in", '\''));
        assertNull(index.bestEndingWith("t", '\''));
        assertEquals("don't", index.bestEndingWith("t", '-'));
    }

    /** What {@code longerWith} answers, by a scan over the vocabulary: the reference for the index. */
    private static AffixIndex.Match scanLongerWith(Map<String, Integer> vocabulary, String affix, boolean bySuffix) {
        String best = null;
        long total = 0;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            String w = e.getKey();
            if (w.length() > affix.length() && (bySuffix ? w.endsWith(affix) : w.startsWith(affix))) {
                total += e.getValue();
                int c = e.getValue();
                if (best == null || c > vocabulary.get(best) || (c == vocabulary.get(best) && w.compareTo(best) < 0)) {
                    best = w;
                }
            }
        }
        return best == null ? null : new AffixIndex.Match(best, vocabulary.get(best), total);
    }

    /**
     * By suffix the index compares words from their ends in place; a vocabulary with a surrogate pair (an emoji,
     * a mathematical letter) falls back to reversed copies. Both must answer as the scan does, and the
     * apostrophe rule of {@code bestEndingWith} must hold in both.
     */
    @Test
    void longerWithAnswersAsTheScanByPrefixAndBySuffixWithAndWithoutSurrogates() {
        Random r = new Random(11);
        for (String letters : new String[] {"aeinst'", "aeint'\uD835\uDC00\uD835\uDC01"}) {
            int nonEmpty = 0;
            for (int round = 0; round < 100; round++) {
                Map<String, Integer> vocabulary = new HashMap<>();
                int n = 1 + r.nextInt(300);
                for (int i = 0; i < n; i++) {
                    vocabulary.merge(randomWord(r, letters, 7), 1 + r.nextInt(3), Integer::sum);
                }
                AffixIndex bySuffix = index(vocabulary, true);
                AffixIndex byPrefix = index(vocabulary, false);
                for (int q = 0; q < 50; q++) {
                    String affix = randomWord(r, letters, 3);
                    AffixIndex.Match expected = scanLongerWith(vocabulary, affix, true);
                    assertEquals(expected, bySuffix.longerWith(affix), "suffix " + affix + " in " + vocabulary);
                    assertEquals(scanLongerWith(vocabulary, affix, false), byPrefix.longerWith(affix), "prefix " + affix);
                    assertEquals(scan(vocabulary, affix), bySuffix.bestEndingWith(affix, '\''), "tail " + affix);
                    nonEmpty += expected == null ? 0 : 1;
                }
            }
            assertTrue(nonEmpty > 1000, "the queries must find words, found " + nonEmpty + " with " + letters);
        }
    }

    @Test
    void comparesFromTheEndAsTheReversalsCompare() {
        String[] words = {"", "a", "ab", "ba", "cab", "abc", "bc", "tions", "nations", "ions", "Z", "z"};
        for (String a : words) {
            for (String b : words) {
                assertEquals(Integer.signum(new StringBuilder(a).reverse().toString().compareTo(new StringBuilder(b).reverse().toString())),
                        Integer.signum(AffixIndex.compareFromEnd(a, b)), a + " / " + b);
            }
        }
    }

    /** A random word of 1 to {@code maxLength} units of {@code letters}, a surrogate pair counting as one unit. */
    private static String randomWord(Random r, String letters, int maxLength) {
        int[] units = letters.codePoints().toArray();
        StringBuilder w = new StringBuilder();
        int len = 1 + r.nextInt(maxLength);
        for (int j = 0; j < len; j++) {
            w.appendCodePoint(units[r.nextInt(units.length)]);
        }
        return w.toString();
    }
}
