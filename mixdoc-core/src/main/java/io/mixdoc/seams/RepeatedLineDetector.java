package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.token.FormatDirectives;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DUPLICATION} of a whole line or paragraph, or a block of up to four of them, repeated right after
 * itself (possibly across blank lines), as scrapers and broken pipelines leave them. The seam runs from the end of the first copy to the
 * end of the second; the repair removes the copy.
 *
 * <p>A repeated sentence is damage however many paths, commands or names it quotes: the copy is removed
 * whole and nothing inside a protected token changes, so this detector's seams are kept in protected text
 * (but never in a code region, where lines repeat on purpose). Only prose sentences count: headings
 * ({@code GNU GENERAL PUBLIC LICENSE}), table and index rows and change-log items do not end like a
 * sentence or are excluded by their mark.
 */
public final class RepeatedLineDetector implements SeamDetector {
    static final int MIN_LINE_LETTERS = 10;
    /** Longest block of lines looked for written twice (extractors copy a heading with its paragraph, or a few paragraphs). */
    static final int MAX_BLOCK_LINES = 4;

    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.DUPLICATION);
    }

    @Override
    public boolean findsDamageInProtectedText() {
        return true;
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        // the non-blank lines: start, end, and the bounds of their text stripped of white space (read in place)
        List<int[]> lines = new ArrayList<>();
        for (int pos = 0; pos <= text.length(); ) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new int[] {pos, end, s, e});
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        List<Seam> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            int block = repeatedBlock(ctx, lines, i);
            if (block == 0) {
                i++;
                continue;
            }
            if (out.isEmpty() && messageList(text, lines.size())) {
                return List.of(); // a program's messages: two of them may read the same (plural forms, variants)
            }
            int firstEnd = lines.get(i + block - 1)[1];
            int copyEnd = lines.get(i + 2 * block - 1)[1];
            out.add(Seam.of(firstEnd, copyEnd, SeamType.DUPLICATION, 0.85, block == 1 ? "line repeated" : "paragraphs repeated")
                    .withRepair("", 0.8));
            i += 2 * block;
        }
        return out;
    }

    /**
     * The number of lines (1 to {@link #MAX_BLOCK_LINES}) from line {@code i} that are written again right
     * after themselves, or 0. A block of several lines must end like a sentence and hold a sentence's worth
     * of letters in each line's company: a heading and its paragraph copied twice, not two table rows.
     */
    private static int repeatedBlock(SeamContext ctx, List<int[]> lines, int i) {
        for (int k = 1; k <= MAX_BLOCK_LINES && i + 2 * k <= lines.size(); k++) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                same = sameStripped(ctx.text, lines.get(i + j), lines.get(i + k + j));
            }
            if (!same || !isSentence(strip(ctx, lines.get(i + k - 1)))) {
                continue;
            }
            boolean code = false;
            for (int j = 0; j < k && !code; j++) {
                code = codeLine(ctx, lines.get(i + j)[0], lines.get(i + j)[1]);
            }
            if (!code && (k == 1 || isSentence(strip(ctx, lines.get(i))) || k > 1 && lines.get(i)[3] - lines.get(i)[2] <= 80)) {
                return k;
            }
        }
        return 0;
    }

    /** Lines at least, and the share of them holding format directives, that make a text a program's message list. */
    static final int MESSAGE_LIST_MIN_LINES = 10;
    static final double MESSAGE_LIST_DIRECTIVE_SHARE = 0.25;

    /**
     * Is the text a program's messages, one to a line, as a gettext catalog prints them: a quarter of its lines or
     * more hold {@code %s}, {@code %d} or {@code %0A} ({@link FormatDirectives})? There the same Chinese line
     * written twice is two messages (a plural form and its singular, {@code 对不起，只有 %d 个可用块。}; a prompt
     * and its variant), not a copy a scraper made. Prose quoting a format string now and then is no such list.
     */
    static boolean messageList(String text, int lines) {
        return lines >= MESSAGE_LIST_MIN_LINES
                && FormatDirectives.linesWithDirectives(text) >= MESSAGE_LIST_DIRECTIVE_SHARE * lines;
    }

    /** The line's text without the white space around it (as {@link String#strip}: no white space outside the BMP). */
    private static String strip(SeamContext ctx, int[] line) {
        return ctx.text.substring(line[2], line[3]);
    }

    /** Do the two lines read the same once stripped? Compared in place: most lines differ, and no copy is made for them. */
    private static boolean sameStripped(String text, int[] a, int[] b) {
        int length = a[3] - a[2];
        return length == b[3] - b[2] && text.regionMatches(a[2], text, b[2], length);
    }

    /** A line that starts or ends in code is code (a command with its comment), whatever code it quotes inside. */
    private static boolean codeLine(SeamContext ctx, int start, int end) {
        while (start < end && Character.isWhitespace(ctx.text.charAt(start))) {
            start++;
        }
        return ctx.inCode(start, start + 1) || ctx.inCode(end - 1, end);
    }

    /**
     * Prose ends like a sentence (closing quotes and brackets may follow the mark); table rows, quoted
     * headings do not count.
     */
    static boolean isSentence(String line) {
        return isSentence(line, 0, line.length());
    }

    /** {@link #isSentence(String)} of the line {@code text[from, to)}, read in place. */
    static boolean isSentence(String text, int from, int to) {
        int e = to;
        while (e > from && "”’\"')）」』]".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == from) {
            return false;
        }
        int letters = 0;
        boolean bar = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            letters += Chars.isLetter(c) ? 1 : 0;
            bar |= c == '|';
        }
        if (letters < MIN_LINE_LETTERS) {
            return false;
        }
        char last = text.charAt(e - 1);
        boolean ends = last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?';
        return ends && !bar && text.charAt(from) != '#';
    }
}
