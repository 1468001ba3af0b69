package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.List;

/**
 * Two items of a Chinese list run together where the document writes the same list apart elsewhere, with the
 * item next to the run: {@code 由操作符操作数和括号的组合构成} beside {@code 在操作符、操作数和括号之间},
 * {@code 繁体、简体火星文互转功能} beside {@code 繁体、简体、火星文互转}. Three items in a row are a list a reader
 * recognises; a compound is not written as two items of the same list elsewhere. On that evidence the run need not
 * be a whole item: the list's last item may go on ({@code 火星文互转功能}: items sharing a head) and a list may
 * have lost its only {@code 、} ({@code 操作符操作数和括号}), which {@link ChineseListGlue}'s pair evidence cannot
 * tell from a compound. The same reading checks hold (no dictionary word across the join, the run written once,
 * HanLP's word boundaries). The repair, a proposal, is the copy's separator.
 */
final class ListCopyGlue {
    private ListCopyGlue() {
    }

    /** Characters of the neighbouring item compared with the copy: two, a word's usual length (or a term's start). */
    private static final int NEIGHBOUR = 2;

    /**
     * Adds the glue found next to each list separator to {@code out}, skipping runs already reported; {@code apart}
     * indexes the document's separators written between two Han words (the copies' separators are among them).
     */
    static void find(SeamContext ctx, WrittenApartPairs apart, List<Seam> out) {
        String text = ctx.text;
        String seps = ChineseListGlue.SEPARATORS;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (seps.indexOf(text.charAt(i)) < 0 || ChineseListGlue.numbering(text, i)) {
                continue;
            }
            // the run ending at this separator, the next item after it: a b SEP c
            if (i + NEIGHBOUR < text.length() && itemChars(text, i + 1, i + 1 + NEIGHBOUR)) {
                tryRun(ctx, apart, out, i, false, i + 1);
            }
            // the run starting after this separator, the item before it: x SEP a b
            if (text.charAt(i) == '、' && i >= NEIGHBOUR && itemChars(text, i - NEIGHBOUR, i)) {
                tryRun(ctx, apart, out, i + 1, true, i - NEIGHBOUR);
            }
        }
    }

    /**
     * Runs of two words of {@link ChineseListGlue#MIN_WORD} to {@code MAX_WORD} characters each, anchored at {@code at};
     * the neighbouring item is {@code text[neighbour, neighbour + NEIGHBOUR)}.
     */
    private static void tryRun(SeamContext ctx, WrittenApartPairs apart, List<Seam> out, int at, boolean startsAt,
            int neighbour) {
        String text = ctx.text;
        int min = ChineseListGlue.MIN_WORD;
        int max = ChineseListGlue.MAX_WORD;
        for (int la = min; la <= max; la++) {
            for (int lb = min; lb <= max; lb++) {
                int start = startsAt ? at : at - la - lb;
                int end = start + la + lb;
                if (start < 0 || end > text.length() || !han(text, start, end) || covered(out, start, end)) {
                    continue;
                }
                int sep = copySeparator(text, apart, start, start + la, end, neighbour, startsAt);
                if (sep >= 0 && ChineseListGlue.gluedReading(ctx, start, start + la, end)) {
                    out.add(Seam.of(start, end, SeamType.GLUED_WORDS, ChineseListGlue.CONFIDENCE,
                            "two list items the document writes apart in the same list, run together")
                            .withRepair(text.substring(start, start + la) + text.charAt(sep) + text.substring(start + la, end),
                                    CutSite.PROPOSAL));
                    return;
                }
            }
        }
    }

    /**
     * Where the document writes a copy of the list apart ({@code x SEP a SEP b} when {@code neighbourFirst}, else
     * {@code a SEP b SEP c}) with {@code a = text[start, join)}, {@code b = text[join, end)} and the neighbouring item
     * {@code x} or {@code c} at {@code neighbour}, and HanLP reads each item as words: the position of that copy's
     * separator between {@code a} and {@code b}, or -1 when there is none.
     *
     * <p>Of several copies, the one a search by separators would meet first: the copy's first separator earliest in
     * {@link ChineseListGlue#SEPARATORS}, then its second, then the copy earliest in the text. (This replaced one
     * {@code indexOf} over the whole text per pair of separators, built by concatenation: 36 strings and 36 scans of the
     * document for each of the 18 runs tried at every separator. Every copy's {@code a SEP b} is among
     * {@code apart}'s separators, so the answer is the same copy; {@code ListCopyGlueTest} checks it against the search.)
     */
    static int copySeparator(String text, WrittenApartPairs apart, int start, int join, int end, int neighbour,
            boolean neighbourFirst) {
        int[] between = apart.separators(start, join, end); // every a SEP b of the document, in text order
        if (between == null) {
            return -1;
        }
        String seps = ChineseListGlue.SEPARATORS;
        int la = join - start;
        int lb = end - join;
        long[] copies = null; // (first separator's rank, second's rank, copy's start) packed, for the search's order
        int found = 0;
        for (int p : between) {
            int other = neighbourFirst ? p - la - 1 : p + lb + 1; // the separator next to the neighbouring item
            int item = neighbourFirst ? other - NEIGHBOUR : other + 1;
            if (item < 0 || item + NEIGHBOUR > text.length() || seps.indexOf(text.charAt(other)) < 0
                    || !text.regionMatches(item, text, neighbour, NEIGHBOUR)) {
                continue;
            }
            int first = seps.indexOf(text.charAt(neighbourFirst ? other : p));
            int second = seps.indexOf(text.charAt(neighbourFirst ? p : other));
            int copyStart = neighbourFirst ? item : p - la;
            if (copies == null) {
                copies = new long[between.length];
            }
            copies[found++] = ((long) (first * seps.length() + second) << 32) | copyStart;
        }
        if (found == 0) {
            return -1;
        }
        java.util.Arrays.sort(copies, 0, found);
        for (int c = 0; c < found; c++) {
            int copyStart = (int) copies[c];
            int as = neighbourFirst ? copyStart + NEIGHBOUR + 1 : copyStart;
            int bs = as + la + 1;
            if (ChineseListGlue.boundariesAt(text, as, as + la, bs, bs + lb)) {
                return as + la;
            }
        }
        return -1;
    }

    private static boolean covered(List<Seam> out, int start, int end) {
        for (Seam s : out) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Chinese characters or a Latin term's letters and digits ({@code DNS资源记录}): the neighbouring item. */
    private static boolean itemChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean latin = c < 128 && Character.isLetterOrDigit(c);
            if (!latin && !han(text, i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean han(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isHan(text.charAt(i)) || ChineseListGlue.SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
