package io.mixdoc.text;

import java.util.Arrays;

/**
 * A read-only trie over {@code char}s in flat arrays, for walking a dictionary along the text one
 * character at a time: no substring, no hashing, no allocation per probe. Node 0 is the root; the
 * children of a node are stored together, sorted by character. A node with many children whose
 * characters lie close together (the root of a dictionary: every first letter, every first Chinese
 * character) finds a child by direct indexing in a dense table; a node with a few children by a
 * short scan; others by binary search. Each key maps to its index in the (sorted) key array given to
 * {@link #of}.
 *
 * <p>Public so that every module walks its dictionaries with one trie (the facts module's gazetteer too).
 * Why not HanLP's double-array trie: it lives in mixdoc-facts, and heavy dependencies never leak
 * into core; a few hundred thousand keys fit here in a few MB and load in milliseconds.
 */
public final class CharTrie {
    /** Returned by {@link #step} when no key continues with that character. */
    public static final int NONE = -1;

    /** A node with at least this many children gets a dense table when its characters are close enough. */
    private static final int DENSE_MIN_CHILDREN = 8;
    /** Up to this many children are found by a scan (cheaper than binary search on so few). */
    private static final int SCAN_MAX_CHILDREN = 6;

    /**
     * Per node, three ints side by side ({@link #NODE_INTS}): the number of its children, or, for a node with a dense
     * table, {@code -(offset + 1)} of the table in {@link #dense} ({@code dense[offset]} is the lowest child
     * character, {@code dense[offset + 1]} the table's length, then one child node (or {@link #NONE}) per character
     * from the lowest on); its first child; the index of the key ending there, or {@link #NONE}. Side by side, not in
     * three arrays: a step reads one cache line of them, where three arrays cost up to three misses on a dictionary
     * larger than the cache.
     */
    private final int[] nodes;
    private static final int NODE_INTS = 3;
    private final char[] label;
    private final int[] dense;

    private CharTrie(int[] nodes, char[] label, int[] dense) {
        this.nodes = nodes;
        this.label = label;
        this.dense = dense;
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
        int[] dense = denseTables(first, count, labels, nodes);
        int[] packed = new int[NODE_INTS * nodes];
        for (int node = 0; node < nodes; node++) {
            packed[NODE_INTS * node] = count[node];
            packed[NODE_INTS * node + 1] = first[node];
            packed[NODE_INTS * node + 2] = values[node];
        }
        return new CharTrie(packed, Arrays.copyOf(labels, nodes), dense);
    }

    /**
     * Builds the dense tables and marks their nodes in {@code count}. A table spans its node's lowest to
     * highest child character and is made only when that span is at most four times the children plus
     * 64, so the tables together stay within a small multiple of the nodes they index.
     */
    private static int[] denseTables(int[] first, int[] count, char[] labels, int nodes) {
        int size = 0;
        for (int node = 0; node < nodes; node++) {
            int span = span(first, count, labels, node);
            if (span > 0) {
                size += 2 + span;
            }
        }
        int[] dense = new int[size];
        int at = 0;
        for (int node = 0; node < nodes; node++) {
            int span = span(first, count, labels, node);
            if (span > 0) {
                char lo = labels[first[node]];
                dense[at] = lo;
                dense[at + 1] = span;
                Arrays.fill(dense, at + 2, at + 2 + span, NONE);
                for (int child = first[node]; child < first[node] + count[node]; child++) {
                    dense[at + 2 + labels[child] - lo] = child;
                }
                count[node] = -(at + 1);
                at += 2 + span;
            }
        }
        return dense;
    }

    /** The length of the dense table {@code node} gets, or 0 when it gets none. */
    private static int span(int[] first, int[] count, char[] labels, int node) {
        int n = count[node];
        if (n < DENSE_MIN_CHILDREN) {
            return 0;
        }
        int span = labels[first[node] + n - 1] - labels[first[node]] + 1;
        return span <= 4 * n + 64 ? span : 0;
    }

    /** The root, where every walk starts. */
    public int root() {
        return 0;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int step(int node, char c) {
        int n = nodes[NODE_INTS * node];
        if (n < 0) {
            int t = -n - 1;
            int k = c - dense[t];
            return k >= 0 && k < dense[t + 1] ? dense[t + 2 + k] : NONE;
        }
        int lo = nodes[NODE_INTS * node + 1];
        if (n <= SCAN_MAX_CHILDREN) {
            for (int m = lo; m < lo + n; m++) {
                char l = label[m];
                if (l >= c) {
                    return l == c ? m : NONE;
                }
            }
            return NONE;
        }
        int hi = lo + n - 1;
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

    /**
     * The length of the longest key starting at {@code pos} of {@code text} with {@code min} to {@code max}
     * characters, or 0 when there is none: one walk, however many lengths it covers.
     */
    public int longestAt(CharSequence text, int pos, int min, int max) {
        int node = root();
        int best = 0;
        for (int len = 1; len <= max && pos + len <= text.length(); len++) {
            node = step(node, text.charAt(pos + len - 1));
            if (node == NONE) {
                break;
            }
            if (len >= min && value(node) != NONE) {
                best = len;
            }
        }
        return best;
    }

    /** The index of the key ending at {@code node}, or {@link #NONE} when no key ends there. */
    public int value(int node) {
        return nodes[NODE_INTS * node + 2];
    }
}
