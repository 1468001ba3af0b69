package io.mixdoc.seams;

import java.util.Arrays;
import java.util.Map;

/**
 * A document's word counts, sorted for affix queries: which words start (or end) with a fragment,
 * how often they occur together, and the most frequent of them (ties: the alphabetically first).
 * Built once per document and answering in O(log n), so completing a fragment no longer walks the
 * whole vocabulary (which made the seam finder quadratic in a long document with varied words).
 */
final class AffixIndex {
    /** The best word among the matches, its count, and the counts of all matches together. */
    record Match(String word, int count, long total) {
    }

    private final boolean reversed;
    private final String[] keys;
    private final String[] words;
    private final int[] counts;
    private final long[] prefixSums;
    /**
     * A tournament over the words in key order: {@code tree[n + i]} is word i, {@code tree[j]} the better of
     * its two children; a range's best word is read in O(log n) from 2n ints (a sparse table took n log n).
     */
    private final int[] tree;

    /** @param reversed index by suffix (keys are the words reversed) instead of by prefix */
    AffixIndex(Map<String, Integer> vocabulary, boolean reversed) {
        this.reversed = reversed;
        int n = vocabulary.size();
        if (reversed) {
            String[][] pairs = new String[n][];
            int i = 0;
            for (String w : vocabulary.keySet()) {
                pairs[i++] = new String[] {new StringBuilder(w).reverse().toString(), w};
            }
            Arrays.sort(pairs, (a, b) -> a[0].compareTo(b[0]));
            keys = new String[n];
            words = new String[n];
            for (i = 0; i < n; i++) {
                keys[i] = pairs[i][0];
                words[i] = pairs[i][1];
            }
        } else {
            words = vocabulary.keySet().toArray(new String[0]);
            Arrays.sort(words);
            keys = words; // by prefix, a word is its own key
        }
        counts = new int[n];
        prefixSums = new long[n + 1];
        for (int i = 0; i < n; i++) {
            counts[i] = vocabulary.get(words[i]);
            prefixSums[i + 1] = prefixSums[i] + counts[i];
        }
        tree = new int[2 * n];
        for (int i = 0; i < n; i++) {
            tree[n + i] = i;
        }
        for (int j = n - 1; j >= 1; j--) {
            tree[j] = better(tree[2 * j], tree[2 * j + 1]);
        }
    }

    /** The words longer than {@code affix} that start with it (or, reversed, end with it), or null for none. */
    Match longerWith(String affix) {
        String k = reversed ? new StringBuilder(affix).reverse().toString() : affix;
        int lo = lowerBound(k);
        if (lo < keys.length && keys[lo].equals(k)) {
            lo++; // the fragment itself is no completion
        }
        int hi = firstWithout(k, lo);
        if (lo >= hi) {
            return null;
        }
        int b = bestIn(lo, hi);
        return new Match(words[b], counts[b], prefixSums[hi] - prefixSums[lo]);
    }

    private int lowerBound(String k) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (keys[m].compareTo(k) < 0) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** The first index from {@code from} whose key does not start with {@code k} (those that do are contiguous). */
    private int firstWithout(String k, int from) {
        int lo = from;
        int hi = keys.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (keys[m].startsWith(k)) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** The best word in keys[from, to), {@code from < to}: "better" is a total order, so any grouping gives the same one. */
    private int bestIn(int from, int to) {
        int n = counts.length;
        int best = from;
        for (int l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
            if ((l & 1) == 1) {
                best = better(best, tree[l++]);
            }
            if ((r & 1) == 1) {
                best = better(best, tree[--r]);
            }
        }
        return best;
    }

    /** More occurrences wins; between equals, the alphabetically first word. */
    private int better(int a, int b) {
        if (counts[a] != counts[b]) {
            return counts[a] > counts[b] ? a : b;
        }
        return words[a].compareTo(words[b]) <= 0 ? a : b;
    }
}
