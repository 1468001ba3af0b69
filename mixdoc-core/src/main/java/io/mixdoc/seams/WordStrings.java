package io.mixdoc.seams;

import java.util.Locale;

/**
 * One {@code String} per distinct spelling of a document's words, and one lower-cased copy of each: a word
 * the document repeats a hundred times is copied out of the text once, not a hundred times (per-token
 * substrings were the largest single allocation of the seam finder). Found by hashing the characters in
 * place, so a repeated word costs no copy at all. Equal strings either way: only fewer of them.
 */
final class WordStrings {
    private String[] spellings = new String[64];
    private String[] lowers = new String[64];
    private int size;

    /**
     * The number of the spelling {@code text[start, end)}: the same for every occurrence of it. Read its
     * strings before asking for the next number (the table may grow and renumber).
     */
    int id(String text, int start, int end) {
        return slot(text, start, end);
    }

    /** The spelling numbered {@code id}: one instance for all its occurrences. */
    String spelling(int id) {
        return spellings[id];
    }

    /** {@code spelling(id).toLowerCase(Locale.ROOT)}, computed once per spelling. */
    String lower(int id) {
        return lowers[id];
    }

    private int slot(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i); // String.hashCode's, spread below
        }
        int mask = spellings.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (spellings[i] != null) {
            String s = spellings[i];
            if (s.length() == end - start && text.regionMatches(start, s, 0, s.length())) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (2 * (size + 1) > spellings.length) {
            grow();
            return slot(text, start, end);
        }
        String s = text.substring(start, end);
        spellings[i] = s;
        lowers[i] = s.toLowerCase(Locale.ROOT);
        size++;
        return i;
    }

    private void grow() {
        String[] oldSpellings = spellings;
        String[] oldLowers = lowers;
        spellings = new String[oldSpellings.length * 2];
        lowers = new String[oldSpellings.length * 2];
        int mask = spellings.length - 1;
        for (int j = 0; j < oldSpellings.length; j++) {
            String s = oldSpellings[j];
            if (s != null) {
                int h = s.hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (spellings[i] != null) {
                    i = (i + 1) & mask;
                }
                spellings[i] = s;
                lowers[i] = oldLowers[j];
            }
        }
    }

    /** Distinct spellings held. */
    int size() {
        return size;
    }
}
