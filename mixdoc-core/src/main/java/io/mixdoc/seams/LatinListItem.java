package io.mixdoc.seams;

import io.mixdoc.text.Chars;

/**
 * A Latin word that opens an item of a list Chinese punctuation introduces or separates: {@code 命令：popcon,
 * reportbug, bts}, {@code ；ps fg bg top ；}, {@code Electron、webpack}. The mark before it is the list's, not
 * the edge of a Chinese chunk cut into a word, so the word is no cut word's tail. A cut leaves English prose
 * ({@code ，oduction stops in our}), never a run of comma-separated names or an item closed by its separator.
 */
final class LatinListItem {
    private LatinListItem() {
    }

    /** Marks that introduce or separate a list's items. */
    private static final String LIST_MARKS = "：；、，";

    /** Items after this one, comma-separated, that make a written list. */
    static final int MIN_ITEMS_AFTER = 2;

    /** Does the Latin word at {@code start}–{@code end} open an item of a list after Chinese punctuation? */
    static boolean at(String text, int start, int end) {
        int mark = markBefore(text, start);
        if (mark < 0) {
            return false;
        }
        char m = text.charAt(mark);
        return commaListFollows(text, end)
                || (m == '；' || m == '、') && closedBySameMark(text, end, m)
                || m == '、' && mark > 0 && isLatinOrDigit(text.charAt(mark - 1));
    }

    /**
     * Does the Latin word at {@code start}–{@code end} end an item of a Chinese list, written onto the Chinese before it
     * and closed by {@code 、} with the next item after ({@code 可以脱敏：用户id、中文名、身份证号})? That is a term of the
     * item, no cut word's head: a cut leaves English prose before its head ({@code the Standi、省委}), not a Chinese word.
     */
    static boolean endsChineseItem(String text, int start, int end) {
        return start > 0 && Chars.isHan(text.charAt(start - 1)) && end + 1 < text.length() && text.charAt(end) == '、'
                && Chars.isHan(text.charAt(end + 1));
    }

    /** Index of the list mark right before {@code start} (one space allowed between), or -1. */
    private static int markBefore(String text, int start) {
        int i = start - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && LIST_MARKS.indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    /** {@code , reportbug, bts, ...}: at least {@link #MIN_ITEMS_AFTER} more one-word items, each after a comma. */
    private static boolean commaListFollows(String text, int end) {
        int i = end;
        int items = 0;
        while (i < text.length() && text.charAt(i) == ',') {
            i++;
            if (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int itemStart = i;
            while (i < text.length() && (isLatinOrDigit(text.charAt(i)) || text.charAt(i) == '.' && i > itemStart)) {
                i++;
            }
            if (i == itemStart) {
                break; // {@code , ...}: the list goes on unnamed
            }
            items++;
        }
        return items >= MIN_ITEMS_AFTER;
    }

    /**
     * {@code ps fg bg top ；}: the Latin stretch from the word runs, through spaces and Latin words none of which is
     * an English function word, to the same mark that opened it.
     */
    private static boolean closedBySameMark(String text, int end, char mark) {
        int i = end;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == mark) {
                return true;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < text.length() && (isLatinOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            if (i == wordStart || FunctionWords.is(text.substring(wordStart, i).toLowerCase())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLatinOrDigit(char c) {
        return Chars.isLatinLetter(c) || c >= '0' && c <= '9';
    }
}
