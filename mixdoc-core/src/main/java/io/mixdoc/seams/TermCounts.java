package io.mixdoc.seams;

import java.util.HashSet;
import java.util.Set;

/**
 * A text's terms ({@link ExtractionGlueDetector}'s notion: letters and digits kept together, see {@link #TermCounts})
 * as spans of the text, and how often the counted ones are written, keyed by their text read in place.
 *
 * <p>Scanned from the text rather than read from the {@code token} layer on purpose: a term is another notion than
 * the tokenizer's word. Letters and digits stay together ({@code ARMv8RISC-V}) and a glued pair is one term until it
 * is split, where the tokenizer keeps such a run whole as an identifier or cuts letters from digits; the detector
 * must see the run as it was glued, inside protected tokens too.
 *
 * <p>Counting used to copy every term out of the text (a {@code String}, a record and a map entry per term); here a
 * term is two ints and each distinct text one slot of an open-addressed table that points at its first span. The
 * counts are the same (same texts, same occurrences): {@code TermCountsTest} checks them against a map.
 */
final class TermCounts {
    private final String text;
    /** start, end of each term, in text order. */
    private final int[] spans;
    private final int size;
    /** Per slot: the term (index + 1) whose text the slot counts, 0 when empty; and its count. */
    private int[] slotTerm;
    private int[] slotCount;
    private int distinct;

    /**
     * Scans {@code text} into terms: runs of {@link WrittenApartGlue#isTermChar}, not starting with {@code -} or
     * {@code +}, trailing hyphens and pluses dropped (a trailing hyphen is punctuation) but for {@code ++} (C++).
     * Nothing is counted yet ({@link #count}).
     */
    TermCounts(String text) {
        this.text = text;
        // counted first, then stored: the spans array is allocated once at its size, not doubled as it fills
        this.size = scan(text, null);
        this.spans = new int[2 * size];
        scan(text, spans);
        // sized for half the terms distinct (a text repeats its words): most tables never grow, and the largest grow once
        int slots = Math.max(8, Integer.highestOneBit(Math.max(1, size - 1)) << 1);
        this.slotTerm = new int[slots];
        this.slotCount = new int[slots];
    }

    /** The number of terms of {@code text}; with {@code into}, their start, end pairs written into it too. */
    private static int scan(String text, int[] into) {
        int n = text.length();
        int terms = 0;
        int i = 0;
        while (i < n) {
            if (!WrittenApartGlue.isTermChar(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '+') {
                i++;
                continue;
            }
            int s = i;
            while (i < n && WrittenApartGlue.isTermChar(text.charAt(i))) {
                i++;
            }
            int e = i;
            while (e > s && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '+') && !text.startsWith("++", e - 2)) {
                e--;
            }
            if (e > s) {
                if (into != null) {
                    into[2 * terms] = s;
                    into[2 * terms + 1] = e;
                }
                terms++;
            }
            if (i == s) {
                i++;
            }
        }
        return terms;
    }

    int size() {
        return size;
    }

    int start(int term) {
        return spans[2 * term];
    }

    int end(int term) {
        return spans[2 * term + 1];
    }

    /** Counts one more occurrence of the term's text. */
    void count(int term) {
        int s = start(term);
        int len = end(term) - s;
        int slot = slot(text, s, len);
        if (slotTerm[slot] == 0) {
            slotTerm[slot] = term + 1;
            slotCount[slot] = 1;
            if (++distinct * 2 > slotTerm.length) {
                grow();
            }
        } else {
            slotCount[slot]++;
        }
    }

    /** How often the text of {@code term} was counted (0 when never). */
    int countOf(int term) {
        int s = start(term);
        return slotCount[slot(text, s, end(term) - s)];
    }

    /** Was {@code w} counted as a term's text? */
    boolean contains(String w) {
        return contains(w, 0, w.length());
    }

    /** Was {@code s[from, to)} counted as a term's text? Read in place: the cuts the detector tries cost no copy. */
    boolean contains(String s, int from, int to) {
        return slotCount[slot(s, from, to - from)] > 0;
    }

    /** The counted texts, lower-cased. */
    Set<String> lowerCased() {
        Set<String> out = new HashSet<>();
        for (int t : slotTerm) {
            if (t > 0) {
                out.add(text.substring(start(t - 1), end(t - 1)).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The slot holding {@code s[from, from + len)}'s text, or the empty slot where it would go. */
    private int slot(String s, int from, int len) {
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + s.charAt(i);
        }
        h *= 0x9E3779B9;
        int mask = slotTerm.length - 1;
        int at = (h ^ (h >>> 16)) & mask;
        while (slotTerm[at] != 0) {
            int t = slotTerm[at] - 1;
            if (end(t) - start(t) == len && text.regionMatches(start(t), s, from, len)) {
                return at;
            }
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        int[] terms = slotTerm;
        int[] counts = slotCount;
        slotTerm = new int[2 * terms.length];
        slotCount = new int[2 * terms.length];
        for (int i = 0; i < terms.length; i++) {
            if (terms[i] != 0) {
                int t = terms[i] - 1;
                int at = slot(text, start(t), end(t) - start(t));
                slotTerm[at] = terms[i];
                slotCount[at] = counts[i];
            }
        }
    }
}
