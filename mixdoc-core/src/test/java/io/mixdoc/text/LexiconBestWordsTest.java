package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code EnglishLexicon.best} keeps the best words of a prefix as it meets them instead of boxing and sorting every
 * match; its lists must be the old ones (a stable sort by count, then SCOWL size, cut at the limit), here kept as the
 * reference, on key tables made for this test with many ties.
 */
class LexiconBestWordsTest {
    private static List<String> old(String[] keys, int[] count, int[] scowl, boolean[] isWord, String prefix, int limit) {
        int from = Arrays.binarySearch(keys, prefix);
        from = from < 0 ? -from - 1 : from + 1;
        List<Integer> found = new ArrayList<>();
        for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
            if (isWord[i]) {
                found.add(i);
            }
        }
        found.sort((x, y) -> {
            int c = Integer.compare(count[y], count[x]);
            return c != 0 ? c : Integer.compare(scowl[x], scowl[y]);
        });
        List<String> words = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, found.size()); k++) {
            words.add(keys[found.get(k)]);
        }
        return words;
    }

    @Test
    void sameListsAsSortingEveryMatch() {
        Random r = new Random(13);
        TreeSet<String> set = new TreeSet<>(List.of("a", "an", "and", "ant", "anything", "be", "bee", "been", "between"));
        while (set.size() < 3_000) {
            StringBuilder b = new StringBuilder();
            for (int len = 1 + r.nextInt(6); len > 0; len--) {
                b.append((char) ('a' + r.nextInt(4)));
            }
            set.add(b.toString());
        }
        String[] keys = set.toArray(new String[0]);
        int[] count = new int[keys.length];
        int[] scowl = new int[keys.length];
        boolean[] isWord = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            count[i] = r.nextInt(5) * 10; // few values: many ties
            scowl[i] = 10 * (1 + r.nextInt(3));
            isWord[i] = r.nextInt(5) > 0;
        }
        int nonEmpty = 0;
        for (String prefix : List.of("", "a", "an", "ab", "abc", "b", "dd", "zz", "ddddddd", "c")) {
            for (int limit : new int[] {0, 1, 2, 5, 30, 10_000}) {
                List<String> expected = old(keys, count, scowl, isWord, prefix, limit);
                assertEquals(expected, EnglishLexicon.best(keys, count, scowl, isWord, prefix, false, limit), prefix + " " + limit);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 30, "lists compared that hold words: " + nonEmpty);
    }

    @Test
    void theRealLexiconRanksCommonWordsFirst() {
        List<String> words = EnglishLexicon.get().withPrefix("betw", 3);
        assertEquals("between", words.get(0));
    }
}
