package io.mixdoc.internal;

import java.util.Arrays;

/**
 * A read-only trie over {@code char}s in flat arrays, for walking a dictionary along the text one
 * character at a time: no substring, no hashing, no allocation per probe. Node 0 is the root; the
 * children of a node are stored together, sorted by character, and found by binary search. Each key
 * maps to its index in the (sorted) key array given to {@link #of}.
 *
 * <p>Why not HanLP's double-array trie: it lives in mixdoc-facts, and heavy dependencies never leak
 * into core; a few hundred thousand keys fit here in a few MB and load in milliseconds.
 */
public final class CharTrie {
    /** Returned by {@link #step} when no key continues with that character. */
    public static final int NONE = -1;

    private final int[] firstChild;
    private final int[] childCount;
    private final char[] label;
    private final int[] value;

    private CharTrie(int[] firstChild, int[] childCount, char[] label, int[] value) {
        this.firstChild = firstChild;
        this.childCount = childCount;
        this.label = label;
        this.value = value;
    }

    /**
     * A trie of {@code sortedKeys} (sorted by {@link String#compareTo}, no duplicates); the value of
     * each key is its index in the array.
     */
    public static CharTrie of(String[] sortedKeys) {
        int capacity = 1;
        for (String k : sortedKeys) {
            capacity += k.length();
        }
        int[] first = new int[capacity];
        int[] count = new int[capacity];
        char[] labels = new char[capacity];
        int[] values = new int[capacity];
        Arrays.fill(values, NONE);
        // Breadth first: a node is a run of keys [lo, hi) sharing their first `depth` characters.
        int[] qLo = new int[capacity];
        int[] qHi = new int[capacity];
        int[] qDepth = new int[capacity];
        qLo[0] = 0;
        qHi[0] = sortedKeys.length;
        int nodes = 1;
        for (int node = 0; node < nodes; node++) {
            int lo = qLo[node];
            int hi = qHi[node];
            int depth = qDepth[node];
            if (lo < hi && sortedKeys[lo].length() == depth) {
                values[node] = lo; // the shortest key of the run sorts first
                lo++;
            }
            first[node] = nodes;
            int i = lo;
            while (i < hi) {
                char c = sortedKeys[i].charAt(depth);
                int j = i + 1;
                while (j < hi && sortedKeys[j].charAt(depth) == c) {
                    j++;
                }
                labels[nodes] = c;
                qLo[nodes] = i;
                qHi[nodes] = j;
                qDepth[nodes] = depth + 1;
                nodes++;
                i = j;
            }
            count[node] = nodes - first[node];
        }
        return new CharTrie(Arrays.copyOf(first, nodes), Arrays.copyOf(count, nodes), Arrays.copyOf(labels, nodes),
                Arrays.copyOf(values, nodes));
    }

    /** The root, where every walk starts. */
    public int root() {
        return 0;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int step(int node, char c) {
        int lo = firstChild[node];
        int hi = lo + childCount[node] - 1;
        while (lo <= hi) {
            int m = (lo + hi) >>> 1;
            char l = label[m];
            if (l < c) {
                lo = m + 1;
            } else if (l > c) {
                hi = m - 1;
            } else {
                return m;
            }
        }
        return NONE;
    }

    /** The index of the key ending at {@code node}, or {@link #NONE} when no key ends there. */
    public int value(int node) {
        return value[node];
    }
}
