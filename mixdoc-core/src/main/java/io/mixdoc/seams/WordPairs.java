package io.mixdoc.seams;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The pairs of clean words a document writes one space apart ({@code they are}), lower-cased and counted:
 * which word it puts after (or before) a given one. Words come numbered by {@link SeamContext} (its one numbering
 * of the document's words: no map of words of its own; a query's answer does not depend on the numbers, see
 * {@link #mostFrequentBeside}); the pairs are kept as
 * sorted {@code long}s (first word's number, second's), one array read forward and one backward, so a query
 * is two binary searches and a walk over that word's neighbours: no map per word, no boxed count.
 */
final class WordPairs {
    private final KeyNumbers words;
    /** (first << 32 | second), sorted: the words after a word are one run. */
    private final long[] forward;
    /** (second << 32 | first), sorted: the words before a word are one run. */
    private final long[] backward;

    /**
     * @param forward  the pairs as {@link #pair}(first, second), in any order; sorted here
     * @param backward the same pairs as {@link #pair}(second, first), in any order; sorted here
     * @param words    the lower-cased words, numbered
     */
    WordPairs(long[] forward, long[] backward, KeyNumbers words) {
        this.words = words;
        this.forward = forward;
        this.backward = backward;
        Arrays.sort(forward);
        Arrays.sort(backward);
    }

    /** One pair as a {@code long}: {@code a}'s number in the high half, {@code b}'s in the low. */
    static long pair(int a, int b) {
        return (long) a << 32 | b;
    }

    /**
     * Of the words the document writes after {@code word} ({@code after}) or before it, those that pass
     * {@code fits}: the most frequent, the alphabetically first among equals; null when none fits. The best under
     * that total order, so the words' numbers (the order they are walked in) do not change it.
     */
    String mostFrequentBeside(String word, boolean after, Predicate<String> fits) {
        int id = words.idOf(word);
        if (id < 0) {
            return null;
        }
        long[] pairs = after ? forward : backward;
        long lo = (long) id << 32;
        int i = Arrays.binarySearch(pairs, lo);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && pairs[i - 1] >= lo) {
            i--; // binarySearch may land anywhere in a run of equal keys
        }
        String best = null;
        int bestCount = 0;
        while (i < pairs.length && pairs[i] >>> 32 == id) {
            int j = i;
            while (j < pairs.length && pairs[j] == pairs[i]) {
                j++;
            }
            String candidate = words.key((int) pairs[i]);
            int count = j - i;
            if ((count > bestCount || (count == bestCount && candidate.compareTo(best) < 0)) && fits.test(candidate)) {
                best = candidate;
                bestCount = count;
            }
            i = j;
        }
        return best;
    }
}
