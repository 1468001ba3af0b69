package io.mixdoc.facts.internal;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * Where a number or date pattern can start, computed in one pass over the text so that
 * {@link AnchoredScan} tries each pattern only there. Every method returns a superset of the places a
 * match can start; a wider set only costs time, a narrower one would lose matches.
 */
public final class Anchors {
    private static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred"}; // "fourteen" and the other teens start with a listed word

    private Anchors() {
    }

    /** Positions whose character passes {@code test}. */
    public static BitSet chars(String text, IntPredicate test) {
        BitSet b = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (test.test(text.charAt(i))) {
                b.set(i);
            }
        }
        return b;
    }

    /** Positions whose character is one of {@code chars}. */
    public static BitSet chars(String text, String chars) {
        return chars(text, c -> chars.indexOf(c) >= 0);
    }

    /** The first digit of each run of ASCII digits (what {@code \d} matches). */
    public static BitSet digitRuns(String text) {
        BitSet b = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (asciiDigit(text.charAt(i)) && (i == 0 || !asciiDigit(text.charAt(i - 1)))) {
                b.set(i);
            }
        }
        return b;
    }

    /**
     * Where a number starts that a pattern guarded by a lookbehind on {@code \w} can read: the first digit
     * of a run of ASCII digits, and an English number word ("two" ... "hundred", any case) not preceded by
     * a word character.
     */
    public static BitSet numbers(String text) {
        BitSet b = digitRuns(text);
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ("tfsenh".indexOf(c) < 0 || i > 0 && word(text.charAt(i - 1))) {
                continue;
            }
            for (String w : NUMBER_WORDS) {
                if (text.regionMatches(true, i, w, 0, w.length())) {
                    b.set(i);
                    break;
                }
            }
        }
        return b;
    }

    /** Where one of {@code words} starts (anywhere, word boundary or not). */
    public static BitSet words(String text, String[] words, boolean ignoreCase) {
        BitSet b = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!asciiLetter(c)) {
                continue;
            }
            for (String w : words) {
                // a word whose first letter differs cannot match: skip the (case-folding) region compare
                if (!w.isEmpty() && asciiLetter(w.charAt(0)) && (ignoreCase ? (c | 0x20) != (w.charAt(0) | 0x20) : c != w.charAt(0))) {
                    continue;
                }
                if (text.regionMatches(ignoreCase, i, w, 0, w.length())) {
                    b.set(i);
                    break;
                }
            }
        }
        return b;
    }

    /** {@code anchors} and the {@code lead} positions before each. */
    public static BitSet before(BitSet anchors, int lead) {
        BitSet b = (BitSet) anchors.clone();
        for (int p = anchors.nextSetBit(0); p >= 0; p = anchors.nextSetBit(p + 1)) {
            b.set(Math.max(0, p - lead), p);
        }
        return b;
    }

    /**
     * {@code anchors} and, before each, the whitespace ({@code \s}) leading to it and {@code lead} more
     * positions: where a pattern starts that puts a word of at most {@code lead} characters and
     * {@code \s+} before its number ("more than 800").
     */
    public static BitSet afterWord(String text, BitSet anchors, int lead) {
        BitSet b = (BitSet) anchors.clone();
        for (int p = anchors.nextSetBit(0); p >= 0; p = anchors.nextSetBit(p + 1)) {
            int w = p;
            while (w > 0 && space(text.charAt(w - 1))) {
                w--;
            }
            b.set(Math.max(0, w - lead), p);
        }
        return b;
    }

    /** What {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code \w} matches without the UNICODE_CHARACTER_CLASS flag. */
    public static boolean word(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    public static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #asciiDigit} for an {@code IntPredicate}. */
    public static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
