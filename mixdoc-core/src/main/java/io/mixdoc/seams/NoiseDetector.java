package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Anti-copy "jammer" text that forum software hides in every post and a naive extractor splices in:
 * Discuz! writes pairs of a character from {@code ' '..';'}, a space, and a character from
 * {@code '?'..'~'}, five to fifteen times ({@code 3 k# R9 u, E …}), before or after each line break.
 * The seam covers the run; its repair removes it.
 *
 * <p>The pair grammar is the fingerprint: prose and code rarely alternate digit-or-punctuation, space,
 * letter-or-symbol five times over. To stay clear of lists such as {@code (a, b, c, d, e)}, a run needs
 * at least four pairs whose first character is not a space, and three different first characters.
 */
public final class NoiseDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.NOISE);
    }

    static final int MIN_PAIRS = 4;
    static final int MIN_MARKED_PAIRS = 4;
    static final int MIN_DISTINCT_FIRST = 3;

    @Override
    public boolean findsDamageInProtectedText() {
        return true; // its fingerprint is tested on real clean text, code included (data/real: no finding)
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isFirst(text.charAt(i)) || text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = run(text, i);
            if (end > i) {
                out.add(Seam.of(i, end, SeamType.NOISE, 0.95, "anti-copy jammer characters")
                        .withRepair("", 0.95));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Where a jammer run starting at {@code start} ends, or {@code start} if there is none. */
    private static int run(String text, int start) {
        int n = text.length();
        int p = start;
        int pairs = 0;
        int marked = 0;
        long firsts = 0; // the first characters seen, one bit each (they are all below 64): no array per call
        int distinct = 0;
        int end = start;
        int endBeforeLast = start;
        boolean lastSpaceLed = false;
        while (p < n) {
            char a = text.charAt(p);
            int q;
            if (a != ' ' && isFirst(a)) {
                // "3 k": the mark, a space (or no-break space), the letter-or-symbol
                if (p + 2 >= n || !isSpace(text.charAt(p + 1)) || !isSecond(text.charAt(p + 2))) {
                    break;
                }
                q = p + 3;
                lastSpaceLed = false;
                marked++;
                if ((firsts & 1L << a) == 0) {
                    firsts |= 1L << a;
                    distinct++;
                }
            } else if (isSpace(a) && pairs > 0) {
                // a pair whose first character is a space; extractors often collapse its two spaces to one
                int r = p + 1;
                if (r < n && isSpace(text.charAt(r))) {
                    r++;
                }
                if (r >= n || !isSecond(text.charAt(r))) {
                    break;
                }
                q = r + 1;
                lastSpaceLed = true;
            } else {
                break;
            }
            pairs++;
            p = q;
            endBeforeLast = end;
            end = q;
        }
        if (lastSpaceLed && end < n && Character.isLetter(text.charAt(end))) {
            pairs--; // " w" + "orld": the start of the next real word, not a pair
            end = endBeforeLast;
        }
        boolean enough = pairs >= MIN_PAIRS && marked >= MIN_MARKED_PAIRS && distinct >= MIN_DISTINCT_FIRST;
        return enough ? end : start;
    }

    /** The first character of a pair: {@code ' '..';'} (space, digits, most punctuation). */
    private static boolean isFirst(char c) {
        return c >= 0x20 && c <= 0x3B;
    }

    /** The second character of a pair: {@code '?'..'~'} (letters and some symbols). */
    private static boolean isSecond(char c) {
        return c >= 0x3F && c <= 0x7E;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }
}
