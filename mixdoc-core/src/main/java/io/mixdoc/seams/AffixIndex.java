package io.mixdoc.seams;

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
    /**
     * By suffix, words are compared from their ends in place ({@link #compareFromEnd}), with no reversed copy
     * of each word; only a vocabulary holding a surrogate pair keeps reversed copies as keys, because
     * {@link StringBuilder#reverse} keeps a pair's two halves in order and the order must stay that one.
     */
    private final boolean fromEnd;
    /** Sort keys of {@link #words}, position by position: the words themselves, or their reversals; null when {@link #fromEnd}. */
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
     * By suffix only: each word's position in the vocabulary map's iteration order, for {@link #bestEndingWith}'s
     * ties, and its tournament ({@link #mapOrderTree}); both built when first asked, from {@link #mapOrder}.
     */
    private int[] mapRank;
    private int[] mapOrderTree;
    private final java.util.function.Supplier<String[]> mapOrder;

    /**
     * @param words the vocabulary's words, each once, in any order
     * @param counts each word's occurrences
     * @param reversed index by suffix (keys are the words reversed) instead of by prefix
     * @param mapOrder the words in the iteration order of the vocabulary map the scan this replaces walked
     *     ({@link #bestEndingWith}'s ties); asked at most once, and only by suffix
     */
    AffixIndex(String[] words, int[] counts, boolean reversed, java.util.function.Supplier<String[]> mapOrder) {
        this.reversed = reversed;
        this.mapOrder = mapOrder;
        int n = words.length;
        int[] order;
        String[] reversedKeys = null;
        if (reversed) {
            fromEnd = !anySurrogate(words);
            String[] reversals = null;
            if (!fromEnd) {
                reversals = new String[n];
                for (int i = 0; i < n; i++) {
                    reversals[i] = new StringBuilder(words[i]).reverse().toString();
                }
            }
            String[] sortKeys = reversals;
            // distinct words have distinct keys: the sorted order does not depend on the order they came in
            order = sortedOrder(n, fromEnd ? (a, b) -> compareFromEnd(words[a], words[b])
                    : (a, b) -> sortKeys[a].compareTo(sortKeys[b]));
            if (!fromEnd) {
                reversedKeys = new String[n];
                for (int i = 0; i < n; i++) {
                    reversedKeys[i] = reversals[order[i]];
                }
            }
        } else {
            fromEnd = false;
            order = sortedOrder(n, (a, b) -> words[a].compareTo(words[b]));
        }
        this.words = new String[n];
        this.counts = new int[n];
        prefixSums = new long[n + 1];
        for (int i = 0; i < n; i++) {
            this.words[i] = words[order[i]];
            this.counts[i] = counts[order[i]];
            prefixSums[i + 1] = prefixSums[i] + this.counts[i];
        }
        keys = reversed ? reversedKeys : this.words; // by prefix, a word is its own key
        tree = tournament(false);
    }

    private static boolean anySurrogate(String[] words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isSurrogate(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code a} and {@code b} compared as their reversals would be by {@link String#compareTo}, read from the end in place. */
    static int compareFromEnd(String a, String b) {
        int la = a.length();
        int lb = b.length();
        for (int i = 1; i <= Math.min(la, lb); i++) {
            char ca = a.charAt(la - i);
            char cb = b.charAt(lb - i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    /** 0 .. n-1 sorted by {@code order} (a merge sort of ints: no boxed index per word). */
    private static int[] sortedOrder(int n, java.util.function.IntBinaryOperator order) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = i < mid && (j >= hi || order.applyAsInt(a[i], a[j]) <= 0) ? a[i++] : a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
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
        String k = keyOf(affix);
        int lo = lowerBound(k);
        if (lo < words.length && keyEquals(lo, k)) {
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
        String k = keyOf(tail);
        int lo = lowerBound(k);
        if (lo < words.length && keyEquals(lo, k)) {
            lo++;
        }
        int hi = firstWithout(k, lo);
        if (lo >= hi) {
            return null;
        }
        String without = fromEnd ? notAfter + k : k + notAfter;
        int cutFrom = Math.max(lo, lowerBound(without));
        int cutTo = Math.min(hi, firstWithout(without, cutFrom));
        if (mapOrderTree == null) {
            mapRank = new int[words.length];
            String[] inMapOrder = mapOrder.get();
            for (int p = 0; p < inMapOrder.length; p++) {
                mapRank[lowerBound(keyOf(inMapOrder[p]))] = p; // the word's own key: found where it is
            }
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

    /**
     * What a query is compared with: the affix itself when keys are the words or words are read from the end,
     * else its reversal.
     */
    private String keyOf(String affix) {
        return reversed && !fromEnd ? new StringBuilder(affix).reverse().toString() : affix;
    }

    private boolean keyEquals(int m, String k) {
        return fromEnd ? words[m].equals(k) : keys[m].equals(k);
    }

    private boolean keyStartsWith(int m, String k) {
        return fromEnd ? words[m].endsWith(k) : keys[m].startsWith(k);
    }

    private int lowerBound(String k) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if ((fromEnd ? compareFromEnd(words[m], k) : keys[m].compareTo(k)) < 0) {
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
        int hi = words.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (keyStartsWith(m, k)) {
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
