package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.internal.Chars;
import io.mixdoc.internal.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks at every place where a Latin word touches Chinese, the mark of a translator's cut. A
 * partial word there is a {@link SeamType#FRAGMENT} (completed when it can be); a whole word inside
 * a clause that runs on in the other language is an {@link SeamType#INTRA_SENTENCE_SWITCH}.
 * Left alone: acronyms and names embedded in Chinese ({@code 改为MWP（}, {@code 收购Pandaigood业务}),
 * apostrophes ({@code People’s}), units after digits, and clean sentence changes ({@code 。The}).
 */
public final class BoundaryDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.FRAGMENT, SeamType.INTRA_SENTENCE_SWITCH);
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        for (LatinToken t : ctx.tokens) {
            ctx.deadline.check();
            if ((t.isAllCaps() && t.text().length() >= 2) || t.hasInnerCapital()) {
                continue; // HSK, NBC, iPhone: names, not cuts
            }
            if (isClitic(ctx, t)) {
                continue; // Sainsbury's, don't: the part after an apostrophe
            }
            if (ctx.inTermPhrase(t)) {
                continue; // 使用Redis缓存, 包括Stefano Zacchiroli和: how Chinese writes terms and names
            }
            boolean known = ctx.isKnownWord(t.text()) || isTerm(ctx, t);
            boolean before = ctx.touchesCjkBefore(t);
            boolean after = ctx.touchesCjkAfter(t);
            int found = out.size();
            if (before && after) {
                embedded(ctx, t, known, out);
            } else if (before) {
                tail(ctx, t, known, 0.85, out);
            } else if (after) {
                head(ctx, t, known, out);
            } else if (afterDigitsAfterChinese(ctx, t) && !FunctionWords.isUnitOrOrdinal(t.text())) {
                tail(ctx, t, known, 0.7, out); // 每37pliers
            } else if (afterSpaceAfterChinese(ctx, t) && t.isLowerCase() && !known
                    && BoundaryDetector.wordsForward(ctx, t.start()) >= 2) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), false, t.start(), t.end()), 0.7, "tail"));
            } else {
                spacedOrPunctuatedHead(ctx, t, known, out);
            }
            if (!ctx.stretchHasGrammar(t)) {
                // A switch of language is a switch of clause: the English part carries grammar (a
                // function word). "test cases 和", "debian/rules build 运行了" are terms, not clauses.
                out.subList(found, out.size()).removeIf(s -> s.type() == SeamType.INTRA_SENTENCE_SWITCH);
            }
        }
        return out;
    }

    /**
     * A single Latin token with Chinese on both sides but inside a longer Latin stretch
     * (a term phrase on its own was skipped already): claimed only when it is no word or term.
     */
    private static void embedded(SeamContext ctx, LatinToken t, boolean known, List<Seam> out) {
        if (!t.isLowerCase() || known) {
            return; // a name or a term used inside Chinese
        }
        Completer.Completion asTail = Completer.complete(ctx, t.text(), false, t.start(), t.end());
        Completer.Completion asHead = Completer.complete(ctx, t.text(), true, t.start(), t.end());
        if (asTail == null && asHead == null) {
            return;
        }
        boolean tail = asHead == null || (asTail != null && asTail.confidence() >= asHead.confidence());
        Completer.Completion c = tail ? asTail : asHead;
        out.add(fragment(t, new Completer.Completion(c.word(), c.confidence() * 0.7), 0.75, tail ? "tail" : "head"));
    }

    /** Chinese, then a Latin word: the start of a Latin stretch. */
    private static void tail(SeamContext ctx, LatinToken t, boolean known, double confidence, List<Seam> out) {
        int prev = ctx.cpBefore(t.start());
        int words = wordsForward(ctx, t.start());
        if (Character.isLowerCase(t.text().charAt(0))) {
            if (FunctionWords.isUnitOrOrdinal(t.text()) && (Character.isDigit(prev) || Chars.hanDigit(prev) >= 0)) {
                return; // 4四th, 3km
            }
            if (!known) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), false, t.start(), t.end()), confidence, "tail"));
                return;
            }
            Completer.Completion said = Completer.fromChineseOnly(ctx, t.text(), false, t.start(), t.end());
            Completer.Completion paired = Completer.fromPhrasesOnly(ctx, t.text(), false, t.start(), t.end());
            String longer = documentWordEndingWith(ctx, t.text());
            if (paired != null) {
                // 警方已[hey] are: the document elsewhere says "they are".
                out.add(fragment(t, proposal(paired), 0.65, "tail"));
            } else if (said != null) {
                // 战平…[raw]: the Chinese before the cut says "draw", of which "raw" is the end.
                out.add(fragment(t, proposal(said), 0.7, "tail"));
            } else if (longer != null) {
                // "sin" where the text says "cousin": the end of a cut word that happens to be a word.
                out.add(Seam.of(t.start(), t.end(), SeamType.FRAGMENT, 0.6, "tail of a word the document uses")
                        .withRepair(longer, PROPOSAL));
            } else if (words >= 2) {
                out.add(Seam.of(t.start() - Character.charCount(prev), t.start() + 1,
                        SeamType.INTRA_SENTENCE_SWITCH, 0.75, "lower-case clause starts right after Chinese"));
            }
            return;
        }
        if (!Chars.isHan(prev) && !Chars.isCjkClausePunct(prev)) {
            return; // a new sentence or a quotation
        }
        if (words >= 3 && hasLowerCaseWord(ctx, t.start()) && !inFirstLine(ctx, t.start())) {
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
            if (t.isCapitalised() && ctx.inTitle(t)) {
                return; // Debian Wiki on Keysigning: the last word of a title, not a cut
            }
            if (clause || t.isLowerCase()) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), clause ? 0.85 : 0.6, "head"));
            } else if (t.text().length() >= 2 && t.text().length() <= 3 && !Pinyin.isSyllable(t.text()) && Chars.isHan(next)) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.55, "head")); // Th们总是
            }
            return;
        }
        Completer.Completion said = Completer.fromPhrasesOnly(ctx, t.text(), true, t.start(), t.end());
        if (said == null) {
            said = Completer.fromChineseOnly(ctx, t.text(), true, t.start(), t.end());
        }
        if (said != null && (clause || Chars.isHan(next))) {
            out.add(fragment(t, proposal(said), 0.7, "head"));
            return;
        }
        boolean cut = Chars.isHan(next) || Chars.isCjkClausePunct(next) || next == '·' || next == '“'
                || (Chars.isCjkSentenceEnd(next) && FunctionWords.is(t.text()));
        if (clause && cut) {
            out.add(switchAfter(ctx, t, "English clause breaks off into Chinese"));
        }
    }

    /**
     * The end of an English clause meeting Chinese through something in between: digits
     * ({@code meteor2020年}), a closing quote ({@code no”，}), ASCII punctuation ({@code students;和})
     * or a space ({@code pigs 头猪}).
     */
    private static void spacedOrPunctuatedHead(SeamContext ctx, LatinToken t, boolean known, List<Seam> out) {
        int e = t.end();
        String text = ctx.text;
        if (e >= text.length()) {
            return;
        }
        char c = text.charAt(e);
        if (!chineseAhead(ctx, t, e)) {
            return; // the common case, checked before the costlier look back at the clause
        }
        int back = wordsBackward(ctx, e);
        boolean clause = back >= 3 && hasLowerCaseWordBackward(ctx, e) && !titleCase(ctx, e);
        if (!clause) {
            return;
        }
        if (Character.isDigit(c)) {
            if (digitsThenHan(ctx, e)) {
                out.add(known ? switchAfter(ctx, t, "English clause runs into a Chinese number")
                        : fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.8, "head"));
            }
            return;
        }
        int k = e;
        while (k < text.length() && (text.charAt(k) == '”' || text.charAt(k) == '"' || text.charAt(k) == '’')) {
            k++;
        }
        if (k > e && k < text.length() && (Chars.isCjkClausePunct(text.charAt(k)) || Chars.isHan(text.charAt(k)))) {
            out.add(switchAfter(ctx, t, "quoted English breaks off into Chinese"));
            return;
        }
        if ((c == ';' || c == ',' || c == ':') && e + 1 < text.length() && Chars.isHan(text.charAt(e + 1))) {
            out.add(switchAfter(ctx, t, "English clause breaks off into Chinese"));
            return;
        }
        if (c == ' ' && e + 1 < text.length() && t.isLowerCase()) {
            int d = text.charAt(e + 1);
            boolean han = Chars.isHan(d);
            boolean quoteThenEnd = (d == '”' || d == '“') && (e + 2 >= text.length() || text.charAt(e + 2) == '\n'
                    || Chars.isHan(text.charAt(e + 2)));
            if (han && known && !inFirstLine(ctx, e) && hanRun(text, e + 1) >= MIN_HAN_AFTER_SPACE) {
                // "such as 手 and 扌", "cope with 第 6.2.2 节": English quoting a Chinese word is no cut; a
                // translator's cut leaves the rest of the sentence in Chinese.
                out.add(Seam.of(e - 1, e + 1, SeamType.INTRA_SENTENCE_SWITCH, 0.55, "English clause left unfinished before Chinese"));
            } else if ((han || quoteThenEnd) && !known) {
                out.add(fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.65, "head"));
            }
        }
    }

    /** Chinese characters that must follow "English, space" for a cut: fewer is a quoted word. */
    static final int MIN_HAN_AFTER_SPACE = 3;

    private static int hanRun(String text, int from) {
        int i = from;
        while (i < text.length() && Chars.isHan(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Is Chinese right ahead of {@code e} through digits, quotes, ASCII punctuation or a space? */
    private static boolean chineseAhead(SeamContext ctx, LatinToken t, int e) {
        String text = ctx.text;
        char c = text.charAt(e);
        if (Character.isDigit(c)) {
            return digitsThenHan(ctx, e);
        }
        if (e + 1 >= text.length()) {
            return false;
        }
        char d = text.charAt(e + 1);
        if (c == '”' || c == '"' || c == '’') {
            return true; // resolved precisely by the caller
        }
        if (c == ';' || c == ',' || c == ':') {
            return Chars.isHan(d);
        }
        return c == ' ' && t.isLowerCase() && (Chars.isHan(d) || d == '”' || d == '“');
    }

    /**
     * Repairs that would turn one word into another ({@code hey} → they) may be right, but an edit
     * that might be wrong is a proposal: below the Mender's threshold.
     */
    static final double PROPOSAL = 0.45;

    private static Completer.Completion proposal(Completer.Completion c) {
        return new Completer.Completion(c.word(), Math.min(c.confidence(), PROPOSAL));
    }

    private static Seam switchAfter(SeamContext ctx, LatinToken t, String why) {
        int next = ctx.cpAt(t.end());
        return Seam.of(t.end() - 1, t.end() + (next < 0 ? 0 : Character.charCount(next)),
                SeamType.INTRA_SENTENCE_SWITCH, 0.7, why);
    }

    private static Seam fragment(LatinToken t, Completer.Completion c, double confidence, String side) {
        Seam s = Seam.of(t.start(), t.end(), SeamType.FRAGMENT, confidence, side + " of a cut word");
        if (c == null) {
            return s;
        }
        // Two letters say too little about the word they were cut from (st → post or doorpost?): a proposal.
        double sure = t.text().length() <= 2 ? Math.min(c.confidence(), PROPOSAL) : c.confidence();
        return s.withRepair(c.word(), sure);
    }

    /** A longer word of the document's own that ends with {@code tail}, if one exists (not for function words). */
    private static String documentWordEndingWith(SeamContext ctx, String tail) {
        if (tail.length() < 3 || FunctionWords.is(tail)) {
            return null;
        }
        String t = tail.toLowerCase();
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : ctx.vocabulary().entrySet()) {
            String w = e.getKey();
            if (w.length() > t.length() && w.endsWith(t) && !w.endsWith("'" + t) && e.getValue() > bestCount) {
                best = w;
                bestCount = e.getValue();
            }
        }
        return best == null ? null : ctx.documentSpelling(best);
    }

    /**
     * A word the document uses whole more than once ({@code kubelet} … {@code kubelet}) is a term of
     * its own, not the piece of a cut word: cuts do not repeat themselves.
     */
    private static boolean isTerm(SeamContext ctx, LatinToken t) {
        return t.text().length() >= 3 && ctx.wholeCount(t.text()) >= 2;
    }

    private static boolean isClitic(SeamContext ctx, LatinToken t) {
        int a = ctx.cpBefore(t.start());
        return (a == '\'' || a == '’') && Chars.isLatinLetter(ctx.cpBefore(t.start() - 1));
    }

    private static boolean afterDigitsAfterChinese(SeamContext ctx, LatinToken t) {
        int i = t.start();
        while (i > 0 && Character.isDigit(ctx.text.charAt(i - 1))) {
            i--;
        }
        return i < t.start() && i > 0 && Chars.isHan(ctx.text.codePointBefore(i));
    }

    private static boolean afterSpaceAfterChinese(SeamContext ctx, LatinToken t) {
        int s = t.start();
        return s >= 2 && ctx.text.charAt(s - 1) == ' ' && Chars.isHan(ctx.text.codePointBefore(s - 1));
    }

    static boolean digitsThenHan(SeamContext ctx, int pos) {
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
        return words(ctx, from, 1);
    }

    static int wordsBackward(SeamContext ctx, int to) {
        return words(ctx, to - 1, -1);
    }

    /** Words in the Latin stretch from {@code i} on, walking forward ({@code step} 1) or backward (-1). */
    private static int words(SeamContext ctx, int i, int step) {
        int words = 0;
        boolean inWord = false;
        for (; i >= 0 && i < ctx.text.length(); i += step) {
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
        return hasLowerCaseWord(ctx, from, 1);
    }

    private static boolean hasLowerCaseWordBackward(SeamContext ctx, int to) {
        return hasLowerCaseWord(ctx, to - 1, -1);
    }

    /** Does a word of the Latin stretch from {@code i} on (walking by {@code step}) start in lower case? */
    private static boolean hasLowerCaseWord(SeamContext ctx, int i, int step) {
        for (; i >= 0 && i < ctx.text.length() && latinStretch(ctx.text.charAt(i)); i += step) {
            if (Character.isLowerCase(ctx.text.charAt(i)) && (i == 0 || !Chars.isLatinLetter(ctx.text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document usually opens with its headline, which page translators glue to the body without
     * punctuation ({@code 新华网Xinhua News Agency}, {@code life of bats 苏格兰}): no capitalised or
     * spaced switch is claimed before the first line break or sentence end.
     */
    private static boolean inFirstLine(SeamContext ctx, int pos) {
        return pos < ctx.headlineEnd;
    }

    /** A headline in Title Case: most words of the stretch ending at {@code to} are capitalised. */
    private static boolean titleCase(SeamContext ctx, int to) {
        int caps = 0;
        int words = 0;
        for (int i = to - 1; i >= 0 && latinStretch(ctx.text.charAt(i)); i--) {
            char c = ctx.text.charAt(i);
            if (Chars.isLatinLetter(c) && (i == 0 || !Chars.isLatinLetter(ctx.text.charAt(i - 1)))) {
                words++;
                if (Character.isUpperCase(c)) {
                    caps++;
                }
            }
        }
        return words > 0 && caps * 2 > words;
    }
}
