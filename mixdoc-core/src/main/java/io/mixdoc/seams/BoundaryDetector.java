package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.internal.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at every place where a Latin word touches Chinese with no space between, the mark of a
 * translator's cut. A partial word there is a {@link SeamType#FRAGMENT} (completed when it can be);
 * a whole word inside a clause that runs on in the other language is an
 * {@link SeamType#INTRA_SENTENCE_SWITCH}. Left alone: acronyms and names embedded in Chinese
 * ({@code 改为MWP（}, {@code 收购Pandaigood业务}) and clean sentence changes ({@code 。The}).
 */
public final class BoundaryDetector implements SeamDetector {
    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        for (LatinToken t : ctx.tokens) {
            boolean before = ctx.touchesCjkBefore(t);
            boolean after = ctx.touchesCjkAfter(t) || digitsThenHan(ctx, t.end());
            if (!before && !after) {
                continue;
            }
            if ((t.isAllCaps() && t.text().length() >= 2) || t.hasInnerCapital()) {
                continue; // HSK, NBC, iPhone: names, not cuts
            }
            boolean known = ctx.isKnownWord(t.text());
            if (before && after) {
                embedded(ctx, t, known, out);
            } else if (before) {
                tail(ctx, t, known, out);
            } else {
                head(ctx, t, known, out);
            }
        }
        return out;
    }

    /** A single Latin token with Chinese on both sides. */
    private static void embedded(SeamContext ctx, LatinToken t, boolean known, List<Seam> out) {
        if (!t.isLowerCase() || known) {
            return; // a name or a term used inside Chinese
        }
        Completer.Completion asTail = Completer.complete(ctx, t.text(), false);
        Completer.Completion asHead = Completer.complete(ctx, t.text(), true);
        if (asTail == null && asHead == null) {
            return;
        }
        boolean tail = asHead == null || (asTail != null && asTail.confidence() >= asHead.confidence());
        out.add(fragment(t, tail ? asTail : asHead, 0.75, tail ? "tail" : "head"));
    }

    /** Chinese, then a Latin word: the start of a Latin stretch. */
    private static void tail(SeamContext ctx, LatinToken t, boolean known, List<Seam> out) {
        int prev = ctx.cpBefore(t.start());
        int words = wordsForward(ctx, t.start());
        if (Character.isLowerCase(t.text().charAt(0))) {
            if (!known) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), false), 0.85, "tail"));
            } else if (words >= 2) {
                out.add(Seam.of(t.start() - Character.charCount(prev), t.start() + 1,
                        SeamType.INTRA_SENTENCE_SWITCH, 0.75, "lower-case clause starts right after Chinese"));
            }
            return;
        }
        if (Chars.isCjkSentenceEnd(prev) || prev == '”' || prev == '’' || Chars.isCjkPunct(prev) && !Chars.isCjkClausePunct(prev)) {
            return; // a new sentence or a quotation
        }
        if (words >= 3 && hasLowerCaseWord(ctx, t.start())) {
            out.add(Seam.of(t.start() - Character.charCount(prev), t.start() + 1,
                    SeamType.INTRA_SENTENCE_SWITCH, 0.6, "English clause starts inside a Chinese sentence"));
        }
    }

    /** A Latin word, then Chinese: the end of a Latin stretch. */
    private static void head(SeamContext ctx, LatinToken t, boolean known, List<Seam> out) {
        int back = wordsBackward(ctx, t.end());
        boolean clause = back >= 3 || (back >= 2 && startsSentence(ctx, t.end()));
        int next = ctx.cpAt(t.end());
        if (!known) {
            if (clause || t.isLowerCase()) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), true), clause ? 0.85 : 0.6, "head"));
            }
            return;
        }
        if (clause && (Chars.isHan(next) || Chars.isCjkClausePunct(next))) {
            out.add(Seam.of(t.end() - 1, t.end() + Character.charCount(next),
                    SeamType.INTRA_SENTENCE_SWITCH, 0.7, "English clause breaks off into Chinese"));
        }
    }

    private static Seam fragment(LatinToken t, Completer.Completion c, double confidence, String side) {
        Seam s = Seam.of(t.start(), t.end(), SeamType.FRAGMENT, confidence, side + " of a cut word");
        return c == null ? s : s.withRepair(c.word(), c.confidence());
    }

    private static boolean digitsThenHan(SeamContext ctx, int pos) {
        int i = pos;
        while (i < ctx.text.length() && Character.isDigit(ctx.text.charAt(i))) {
            i++;
        }
        return i > pos && i < ctx.text.length() && Chars.isHan(ctx.text.codePointAt(i));
    }

    /** Is {@code c} part of a Latin stretch (letters, digits, spaces, ASCII punctuation)? */
    private static boolean latinStretch(int c) {
        return c >= 0 && c != '\n' && c != '\r' && !Chars.isHan(c) && !Chars.isCjkPunct(c)
                && (c < 0x80 || Chars.isLatinLetter(c) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '–' || c == '—');
    }

    static int wordsForward(SeamContext ctx, int from) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < ctx.text.length(); i++) {
            char c = ctx.text.charAt(i);
            if (!latinStretch(c)) {
                break;
            }
            boolean letter = Chars.isLatinLetter(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    static int wordsBackward(SeamContext ctx, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = to - 1; i >= 0; i--) {
            char c = ctx.text.charAt(i);
            if (!latinStretch(c)) {
                break;
            }
            boolean letter = Chars.isLatinLetter(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Does the Latin stretch ending at {@code to} begin a sentence (line start or after a full stop)? */
    private static boolean startsSentence(SeamContext ctx, int to) {
        int i = to - 1;
        while (i >= 0 && latinStretch(ctx.text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = ctx.text.charAt(i);
        return c == '\n' || c == '\r' || Chars.isCjkSentenceEnd(c) || c == '”';
    }

    private static boolean hasLowerCaseWord(SeamContext ctx, int from) {
        int i = from;
        while (i < ctx.text.length() && latinStretch(ctx.text.charAt(i))) {
            if (Character.isLowerCase(ctx.text.charAt(i)) && (i == 0 || !Chars.isLatinLetter(ctx.text.charAt(i - 1)))) {
                return true;
            }
            i++;
        }
        return false;
    }
}
