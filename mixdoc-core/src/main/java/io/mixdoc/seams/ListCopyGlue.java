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

    /** Adds the glue found next to each list separator to {@code out}, skipping runs already reported. */
    static void find(SeamContext ctx, List<Seam> out) {
        String text = ctx.text;
        String seps = ChineseListGlue.SEPARATORS;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (seps.indexOf(text.charAt(i)) < 0 || ChineseListGlue.numbering(text, i)) {
                continue;
            }
            // the run ending at this separator, the next item after it: a b SEP c
            if (i + NEIGHBOUR < text.length() && itemChars(text, i + 1, i + 1 + NEIGHBOUR)) {
                String c = text.substring(i + 1, i + 1 + NEIGHBOUR);
                tryRun(ctx, out, i, false, c);
            }
            // the run starting after this separator, the item before it: x SEP a b
            if (text.charAt(i) == '、' && i >= NEIGHBOUR && itemChars(text, i - NEIGHBOUR, i)) {
                String x = text.substring(i - NEIGHBOUR, i);
                tryRun(ctx, out, i + 1, true, x);
            }
        }
    }

    /** Runs of two words of {@link ChineseListGlue#MIN_WORD} to {@code MAX_WORD} characters each, anchored at {@code at}. */
    private static void tryRun(SeamContext ctx, List<Seam> out, int at, boolean startsAt, String neighbour) {
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
                String a = text.substring(start, start + la);
                String b = text.substring(start + la, end);
                Character sep = copySeparator(text, a, b, neighbour, startsAt);
                if (sep != null && ChineseListGlue.gluedReading(ctx, start, start + la, end)) {
                    out.add(Seam.of(start, end, SeamType.GLUED_WORDS, ChineseListGlue.CONFIDENCE,
                            "two list items the document writes apart in the same list, run together")
                            .withRepair(a + sep + b, CutSite.PROPOSAL));
                    return;
                }
            }
        }
    }

    /**
     * The separator between {@code a} and {@code b} in a copy of the list written apart ({@code x SEP a SEP b} or
     * {@code a SEP b SEP c}), where HanLP reads each item as words; null when the document has none.
     */
    private static Character copySeparator(String text, String a, String b, String neighbour, boolean neighbourFirst) {
        String seps = ChineseListGlue.SEPARATORS;
        for (int s1 = 0; s1 < seps.length(); s1++) {
            for (int s2 = 0; s2 < seps.length(); s2++) {
                String copy = neighbourFirst
                        ? neighbour + seps.charAt(s1) + a + seps.charAt(s2) + b
                        : a + seps.charAt(s1) + b + seps.charAt(s2) + neighbour;
                for (int k = text.indexOf(copy); k >= 0; k = text.indexOf(copy, k + 1)) {
                    int as = neighbourFirst ? k + neighbour.length() + 1 : k;
                    int bs = as + a.length() + 1;
                    if (ChineseListGlue.boundariesAt(text, as, as + a.length(), bs, bs + b.length())) {
                        return seps.charAt(neighbourFirst ? s2 : s1);
                    }
                }
            }
        }
        return null;
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
