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
    /**
     * By suffix only: each word's position in the vocabulary map's iteration order, for
     * {@link #bestEndingWith}; its tournament ({@link #mapOrderTree}) is built when first asked.
     */
    private final int[] mapRank;
    private int[] mapOrderTree;

    /** A word, its key, and its place in the vocabulary map's iteration order. */
    private record Keyed(String key, String word, int rank) {
    }

    /** @param reversed index by suffix (keys are the words reversed) instead of by prefix */
    AffixIndex(Map<String, Integer> vocabulary, boolean reversed) {
        this.reversed = reversed;
        int n = vocabulary.size();
        if (reversed) {
            Keyed[] byKey = new Keyed[n];
            int i = 0;
            for (String w : vocabulary.keySet()) {
                byKey[i] = new Keyed(new StringBuilder(w).reverse().toString(), w, i);
                i++;
            }
            Arrays.sort(byKey, (x, y) -> x.key.compareTo(y.key));
            keys = new String[n];
            words = new String[n];
            mapRank = new int[n];
            for (i = 0; i < n; i++) {
                keys[i] = byKey[i].key;
                words[i] = byKey[i].word;
                mapRank[i] = byKey[i].rank;
            }
        } else {
            mapRank = null;
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
        tree = tournament(false);
    }

    private int[] tournament(boolean mapOrder) {
        int n = counts.length;
        int[] t = new int[2 * n];
        for (int i = 0; i < n; i++) {
            t[n + i] = i;
        }
        for (int j = n - 1; j >= 1; j--) {
            t[j] = better(t[2 * j], t[2 * j + 1], mapOrder);
        }
        return t;
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
        int b = bestIn(lo, hi, tree, false);
        return new Match(words[b], counts[b], prefixSums[hi] - prefixSums[lo]);
    }

    /**
     * The most frequent word longer than {@code tail} that ends with it, but not with {@code notAfter}
     * then {@code tail} ({@code don't} is no completion of {@code t}); or null. Index by suffix only.
     * Between equals it picks the word that comes first in the vocabulary map's iteration order: the
     * choice of the scan over the map this replaces (arbitrary, but kept so outputs stay byte-identical),
     * now in O(log n) instead of a walk over the whole vocabulary per call.
     */
    String bestEndingWith(String tail, char notAfter) {
        if (!reversed) {
            throw new IllegalStateException("bestEndingWith needs an index by suffix");
        }
        String k = new StringBuilder(tail).reverse().toString();
        int lo = lowerBound(k);
        if (lo < keys.length && keys[lo].equals(k)) {
            lo++;
        }
        int hi = firstWithout(k, lo);
        if (lo >= hi) {
            return null;
        }
        String without = k + notAfter;
        int cutFrom = Math.max(lo, lowerBound(without));
        int cutTo = Math.min(hi, firstWithout(without, cutFrom));
        if (mapOrderTree == null) {
            mapOrderTree = tournament(true);
        }
        int best = -1;
        if (lo < cutFrom) {
            best = bestIn(lo, cutFrom, mapOrderTree, true);
        }
        if (cutTo < hi) {
            int b = bestIn(cutTo, hi, mapOrderTree, true);
            best = best < 0 ? b : better(best, b, true);
        }
        return best < 0 ? null : words[best];
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
    private int bestIn(int from, int to, int[] tree, boolean mapOrder) {
        int n = counts.length;
        int best = from;
        for (int l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
            if ((l & 1) == 1) {
                best = better(best, tree[l++], mapOrder);
            }
            if ((r & 1) == 1) {
                best = better(best, tree[--r], mapOrder);
            }
        }
        return best;
    }

    /** More occurrences wins; between equals, the alphabetically first word (or the first in the map's order). */
    private int better(int a, int b, boolean mapOrder) {
        if (counts[a] != counts[b]) {
            return counts[a] > counts[b] ? a : b;
        }
        if (mapOrder) {
            return mapRank[a] <= mapRank[b] ? a : b;
        }
        return words[a].compareTo(words[b]) <= 0 ? a : b;
    }
}
