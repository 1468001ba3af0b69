package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.internal.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DUPLICATION} of a whole line or paragraph repeated right after itself (possibly across a blank
 * line), as scrapers and broken pipelines leave them. The seam runs from the end of the first copy to the
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
        List<Seam> out = new ArrayList<>();
        String prev = null;
        int prevStart = -1;
        int prevEnd = -1;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                if (prev != null && line.strip().equals(prev) && isSentence(prev) && !codeLine(ctx, prevStart, prevEnd)) {
                    out.add(Seam.of(prevEnd, end, SeamType.DUPLICATION, 0.85, "line repeated").withRepair("", 0.8));
                    prev = null;
                } else {
                    prev = line.strip();
                    prevStart = pos;
                    prevEnd = end;
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
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
        int e = line.length();
        while (e > 0 && "”’\"')）」』]".indexOf(line.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0 || line.chars().filter(Chars::isLetter).count() < MIN_LINE_LETTERS) {
            return false;
        }
        char last = line.charAt(e - 1);
        boolean ends = last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?';
        return ends && line.indexOf('|') < 0 && !line.startsWith("#");
    }
}
