package io.mixdoc.text;

/**
 * Exact look-up of an ASCII word, lower-cased as it is read, among a sorted word list: one hash of the characters
 * in place, then (almost always) one slot and one comparison. It answers what a {@link CharTrie} of the same list
 * answers for a whole word, without the trie's step per character, each a likely cache miss on a list of a hundred
 * thousand words (the English lexicon's walks were 13 % of the fast path's CPU samples).
 *
 * <p>Only the list's ASCII keys are stored: a word read here is ASCII, so no other key can equal it.
 */
final class AsciiWordTable {
    /** Returned when the word is not in the list (the same value as {@link CharTrie#NONE}). */
    static final int NONE = CharTrie.NONE;
    /** Returned by {@link #indexOf} when the span has a character beyond ASCII. */
    static final int NOT_ASCII = -2;

    /**
     * Open addressing, linear probing: per slot the key's hash in the high half and its index in the list plus one
     * in the low half (0: an empty slot). The hash is compared first, so a probe that misses reads no key.
     */
    private final long[] slots;
    private final int mask;
    /** The ASCII keys' characters, one after another, and where each key starts ({@code start[i + 1]} ends it). */
    private final byte[] chars;
    private final int[] start;

    /** A table of {@code sortedKeys}' ASCII keys; each key's value is its index in the array. */
    AsciiWordTable(String[] sortedKeys) {
        int size = Integer.highestOneBit(Math.max(4, sortedKeys.length) * 2) * 2; // load at most a half
        this.slots = new long[size];
        this.mask = size - 1;
        this.start = new int[sortedKeys.length + 1];
        int total = 0;
        for (String k : sortedKeys) {
            total += k.length();
        }
        this.chars = new byte[total];
        int at = 0;
        for (int i = 0; i < sortedKeys.length; i++) {
            String k = sortedKeys[i];
            start[i] = at;
            if (!isAscii(k)) {
                continue; // never equal to an ASCII word: not stored
            }
            for (int j = 0; j < k.length(); j++) {
                chars[at++] = (byte) k.charAt(j);
            }
            int h = hash(k, 0, k.length(), false);
            int slot = h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) h << 32 | (i + 1);
        }
        start[sortedKeys.length] = at;
    }

    /**
     * The index in the list of {@code s[from, to)} with ASCII capitals lower-cased, {@link #NONE} when the list lacks
     * it, or {@link #NOT_ASCII} when the span has a character beyond ASCII.
     */
    int indexOf(CharSequence s, int from, int to) {
        int h = hash(s, from, to, true);
        if (h == NOT_ASCII_HASH) {
            return NOT_ASCII;
        }
        int slot = h & mask;
        long entry;
        while ((entry = slots[slot]) != 0) {
            if ((int) (entry >>> 32) == h) {
                int i = (int) entry - 1;
                if (sameWord(s, from, to, i)) {
                    return i;
                }
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }

    private boolean sameWord(CharSequence s, int from, int to, int i) {
        int a = start[i];
        if (start[i + 1] - a != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (chars[a++] != lower(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Marks a span with a character beyond ASCII; no real hash takes this value ({@link #hash} avoids it). */
    private static final int NOT_ASCII_HASH = Integer.MIN_VALUE;

    private static int hash(CharSequence s, int from, int to, boolean lowerCasing) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                return NOT_ASCII_HASH;
            }
            h = 31 * h + (lowerCasing ? lower(c) : c);
        }
        h ^= h >>> 16; // the low bits pick the slot: mix the high ones in
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h == NOT_ASCII_HASH ? 0 : h;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String k) {
        for (int j = 0; j < k.length(); j++) {
            if (k.charAt(j) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
