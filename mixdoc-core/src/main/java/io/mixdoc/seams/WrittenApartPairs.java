package io.mixdoc.seams;

import io.mixdoc.text.Chars;

/**
 * The separators of a text that stand between two Han stretches ({@code 文件、目录}, {@code 文件和目录}), found by
 * the words written either side: for {@link ChineseListGlue}, which asks whether a run it suspects of being two
 * glued list items is written apart elsewhere. Each word is {@code minWord} to {@code maxWord} Han characters.
 *
 * <p>Indexed by the two characters on each side of the separator (packed in a {@code long}, in an open-addressed
 * table), each entry chaining its separators in text order; a question compares the whole words in place. This
 * replaced a map keyed by the concatenated pair of words, which built up to nine strings at every separator between
 * Han characters whether or not any run was ever checked against them; the answers are the same separators in the
 * same order ({@code WrittenApartPairsTest} checks that against the map).
 */
final class WrittenApartPairs {
    private final String text;
    private final int minWord;
    private final int maxWord;
    /** The separators with at least {@code minWord} Han characters on each side, in text order. */
    private final int[] positions;
    /** The next separator with the same key (an index into {@link #positions}), or -1. */
    private final int[] next;
    private final long[] keys;
    /** First and last separator of each key's chain (indices into {@link #positions}), -1 when the slot is empty. */
    private final int[] heads;
    private final int[] tails;
    private final int count;

    WrittenApartPairs(String text, String separators, int minWord, int maxWord) {
        if (minWord < 2) {
            throw new IllegalArgumentException("the key reads two characters on each side: minWord >= 2");
        }
        this.text = text;
        this.minWord = minWord;
        this.maxWord = maxWord;
        int n = 0;
        for (int i = minWord; i + minWord < text.length(); i++) {
            if (qualifies(text, separators, i)) {
                n++;
            }
        }
        count = n;
        positions = new int[n];
        next = new int[n];
        int slots = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        keys = new long[n == 0 ? 0 : slots];
        heads = new int[keys.length];
        tails = new int[keys.length];
        java.util.Arrays.fill(heads, -1);
        int k = 0;
        for (int i = minWord; i + minWord < text.length(); i++) {
            if (!qualifies(text, separators, i)) {
                continue;
            }
            positions[k] = i;
            next[k] = -1;
            long key = key(text.charAt(i - 2), text.charAt(i - 1), text.charAt(i + 1), text.charAt(i + 2));
            int slot = slot(key);
            if (heads[slot] < 0) {
                keys[slot] = key;
                heads[slot] = k;
            } else {
                next[tails[slot]] = k;
            }
            tails[slot] = k;
            k++;
        }
    }

    /** A separator with {@code minWord} Han characters on each side. */
    private boolean qualifies(String text, String separators, int i) {
        if (separators.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        for (int d = 1; d <= minWord; d++) {
            if (!Chars.isHan(text.charAt(i - d)) || !Chars.isHan(text.charAt(i + d))) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /**
     * The separators, in text order, written between the word {@code text[start, join)} before them and
     * {@code text[join, end)} after them (both all Han), or null when there is none.
     */
    int[] separators(int start, int join, int end) {
        int left = join - start;
        int right = end - join;
        if (count == 0 || left < minWord || left > maxWord || right < minWord || right > maxWord) {
            return null;
        }
        long key = key(text.charAt(join - 2), text.charAt(join - 1), text.charAt(join), text.charAt(join + 1));
        int slot = slot(key);
        if (heads[slot] < 0) {
            return null;
        }
        int found = 0;
        for (int k = heads[slot]; k >= 0; k = next[k]) {
            found += matches(positions[k], start, join, end) ? 1 : 0;
        }
        if (found == 0) {
            return null;
        }
        int[] out = new int[found];
        int o = 0;
        for (int k = heads[slot]; k >= 0; k = next[k]) {
            if (matches(positions[k], start, join, end)) {
                out[o++] = positions[k];
            }
        }
        return out;
    }

    /** Is the separator at {@code sep} preceded by {@code text[start, join)} and followed by {@code text[join, end)}? */
    private boolean matches(int sep, int start, int join, int end) {
        int left = join - start;
        int right = end - join;
        return sep - left >= 0 && sep + 1 + right <= text.length()
                && text.regionMatches(sep - left, text, start, left)
                && text.regionMatches(sep + 1, text, join, right);
    }

    private static long key(char a, char b, char c, char d) {
        return ((long) a << 48) | ((long) b << 32) | ((long) c << 16) | d;
    }

    /** The key's slot: open addressing, probing forward to the slot holding the key or an empty one. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int h = (int) (key ^ (key >>> 29) ^ (key >>> 47)) * 0x9E3779B9;
        int s = (h ^ (h >>> 16)) & mask;
        while (heads[s] >= 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }
}
