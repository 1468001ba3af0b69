package io.mixdoc.facts.internal;

/**
 * Arabic figures set off by single spaces inside Chinese text ("周六有 6 人被逮捕", "将近 1000 人", "68 岁的"): some
 * typesetters and translators write them so, and the figure still reads with the unit after it. Only one plain space
 * on each side is bridged, and only next to an Arabic digit: Chinese numerals are never spaced so, and a figure spaced
 * after a Latin word ("iPhone 11 部", "COVID 19 例") belongs to that word.
 */
public final class SpacedFigures {
    /** A space after a word of approximation, where an Arabic figure follows ("将近 1000"). */
    public static final String GAP_BEFORE = "(?: (?=[0-9０-９]))?";

    private SpacedFigures() {
    }

    /** A space after an Arabic digit, where {@code follower} (a regex: the unit and its magnitude) comes next. */
    public static String gapAfter(String follower) {
        return "(?<=[0-9０-９]) (?=" + follower + ")";
    }

    /** Whether one space stands right before {@code pos}, after a character that is no space. */
    public static boolean spacedBefore(String text, int pos) {
        return pos >= 2 && text.charAt(pos - 1) == ' ' && !Character.isWhitespace(text.charAt(pos - 2));
    }

    /** The character before {@code pos}, across one space; 0 at the start. */
    public static char charBefore(String text, int pos) {
        int i = spacedBefore(text, pos) ? pos - 2 : pos - 1;
        return i >= 0 ? text.charAt(i) : 0;
    }

    /** Whether the character before {@code pos}, across one space, is a Latin letter or an ASCII digit. */
    public static boolean afterLatin(String text, int pos) {
        char c = charBefore(text, pos);
        return c < 0x80 && Character.isLetterOrDigit(c) || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
