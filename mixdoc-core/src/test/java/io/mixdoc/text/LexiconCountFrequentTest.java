package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link EnglishLexicon#countFrequent} finds the end of a prefix's run of sorted keys by galloping from its start: it
 * must count what the binary search over all the keys after the start counted (kept here as the reference), for
 * prefixes with no key, one, a few and thousands, at the ends of the array, on random sorted keys and running counts.
 */
class LexiconCountFrequentTest {
    /** The old code: the run's end by a binary search over every key from its start to the end of the array. */
    private static int old(String[] keys, int[] frequentBefore, String prefix, int atMost) {
        int from = Arrays.binarySearch(keys, prefix);
        from = from < 0 ? -from - 1 : from + 1;
        int lo = from;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].startsWith(prefix)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(atMost, frequentBefore[lo] - frequentBefore[from]);
    }

    private static String word(Random r, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + r.nextInt(maxLength); k > 0; k--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String prefixOf(String key, int length) {
        return key.substring(0, Math.min(length, key.length()));
    }

    @Test
    void sameCountsAsTheBinarySearchToTheEnd() {
        Random r = new Random(5);
        int nonEmptyRuns = 0;
        for (int round = 0; round < 300; round++) {
            String alphabet = round % 3 == 0 ? "ab" : round % 3 == 1 ? "abcde" : "aegnorst";
            TreeSet<String> set = new TreeSet<>();
            int size = r.nextInt(round % 10 == 0 ? 5_000 : 300);
            while (set.size() < size) {
                set.add(word(r, alphabet, 12));
            }
            String[] keys = set.toArray(new String[0]);
            int[] frequentBefore = new int[keys.length + 1];
            for (int i = 0; i < keys.length; i++) {
                frequentBefore[i + 1] = frequentBefore[i] + (r.nextInt(3) == 0 ? 1 : 0);
            }
            for (int q = 0; q < 200; q++) {
                // prefixes of keys (runs of all lengths, the array's first and last keys) and random strings
                String prefix = q % 4 == 0 || keys.length == 0 ? word(r, alphabet + "z", 6)
                        : q % 4 == 1 ? keys[keys.length - 1 - r.nextInt(Math.min(3, keys.length))]
                        : prefixOf(keys[r.nextInt(keys.length)], 1 + r.nextInt(3));
                int atMost = r.nextBoolean() ? Integer.MAX_VALUE : 1 + r.nextInt(30);
                int expected = old(keys, frequentBefore, prefix, atMost);
                assertEquals(expected, EnglishLexicon.countFrequent(keys, frequentBefore, prefix, atMost), prefix);
                nonEmptyRuns += expected > 0 ? 1 : 0;
            }
        }
        assertTrue(nonEmptyRuns > 10_000);
    }
}
