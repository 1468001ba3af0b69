package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;

/**
 * Where a Latin word touches Chinese, the mark of a translator's cut: what {@link FragmentDetector} and
 * {@link ClauseSwitchDetector} both read about such a word. Which side Chinese stands on ({@link #sideOf}),
 * the words left alone (acronyms, names, clitics, term phrases), the Latin stretch around the word (counted
 * in the {@code token} layer's words, see {@link SeamContext#wordsForward}), and the completions that tell a
 * cut word from a whole one. Offsets are UTF-16 indices into the document text.
 */
final class CutSite {
    private CutSite() {
    }

    /** Where Chinese stands against the word, in the order the two detectors test it. */
    enum Side {
        /** Chinese on both sides: {@code 合作ges正在}. */
        EMBEDDED,
        /** Chinese right before: {@code 继续tinues}. */
        BEFORE,
        /** Chinese right after: {@code Kyr吉尔吉斯}. */
        AFTER,
        /** Digits between Chinese and the word: {@code 每37pliers}. */
        AFTER_DIGITS,
        /** Chinese, a space, then an unknown lower-case word opening a clause: {@code 组 tinues to}. */
        AFTER_SPACE,
        /** None of the above: Chinese may still follow through digits, quotes, punctuation or a space. */
        OTHER
    }

    /**
     * Words never read as cuts: acronyms and names with inner capitals ({@code HSK}, {@code iPhone}), the part
     * after an apostrophe ({@code Sainsbury's}), words of a term phrase ({@code 使用Redis缓存}).
     */
    static boolean leftAlone(SeamContext ctx, LatinToken t) {
        return (t.isAllCaps() && t.text().length() >= 2) || t.hasInnerCapital() || isClitic(ctx, t) || ctx.inTermPhrase(t)
                || LetterNotation.isSymbol(ctx, t);
    }

    /** A word of English or a term of the document's own. */
    static boolean known(SeamContext ctx, LatinToken t) {
        return ctx.isKnownWord(t) || isTerm(ctx, t);
    }

    static Side sideOf(SeamContext ctx, LatinToken t, boolean known) {
        boolean before = ctx.touchesCjkBefore(t);
        boolean after = ctx.touchesCjkAfter(t);
        if (before && after) {
            return Side.EMBEDDED;
        }
        if (before) {
            return Side.BEFORE;
        }
        if (after) {
            return Side.AFTER;
        }
        if (afterDigitsAfterChinese(ctx, t) && !FunctionWords.isUnitOrOrdinal(t.lower())) {
            return Side.AFTER_DIGITS;
        }
        if (afterSpaceAfterChinese(ctx, t) && t.isLowerCase() && !known && ctx.wordsForward(t) >= 2) {
            return Side.AFTER_SPACE;
        }
        return Side.OTHER;
    }

    /**
     * Is Chinese next to the word in any of the ways {@link #sideOf} and {@link #chineseAhead} read it: touching it,
     * behind digits or a space before it, or through digits, a quote, a comma or a space after it? Without it the word
     * is on no side of a cut ({@link Side#OTHER}) and no Chinese is ahead, so {@link FragmentDetector} finds nothing
     * there: the gate that lets it skip its other rules for the words of English text.
     */
    static boolean chineseNear(SeamContext ctx, LatinToken t) {
        return ctx.touchesCjkBefore(t) || ctx.touchesCjkAfter(t) || afterDigitsAfterChinese(ctx, t)
                || afterSpaceAfterChinese(ctx, t) || chineseAhead(ctx, t);
    }

    /** A number word after a number ({@code 4四th}, {@code 3km}): no cut. */
    static boolean unitAfterNumber(SeamContext ctx, LatinToken t) {
        int prev = ctx.cpBefore(t.start());
        return FunctionWords.isUnitOrOrdinal(t.lower()) && (Character.isDigit(prev) || Chars.hanDigit(prev) >= 0);
    }

    /**
     * A whole word after Chinese that is the end of a longer one, as the document or the Chinese says:
     * {@code 警方已[hey] are} (the document says "they are"), {@code 战平…[raw]} (the Chinese says "draw"),
     * {@code sin} where the text says "cousin". Null when none is found: then the word is whole.
     */
    static Seam knownTailFragment(SeamContext ctx, LatinToken t) {
        return ctx.cutSiteAsked(t, 1) ? ctx.knownTail(t) : ctx.knownTail(t, tailFragmentOf(ctx, t));
    }

    private static Seam tailFragmentOf(SeamContext ctx, LatinToken t) {
        Completer.Completion paired = Completer.fromPhrasesOnly(ctx, t.text(), false, t.start(), t.end());
        if (paired != null) {
            return fragment(t, proposal(paired), 0.65, "tail");
        }
        Completer.Completion said = Completer.fromChineseOnly(ctx, t.text(), false, t.start(), t.end());
        if (said != null) {
            return fragment(t, proposal(said), 0.7, "tail");
        }
        String longer = documentWordEndingWith(ctx, t.text());
        if (longer != null) {
            return Seam.of(t.start(), t.end(), SeamType.FRAGMENT, 0.6, "tail of a word the document uses")
                    .withRepair(longer, PROPOSAL);
        }
        return null;
    }

    /** What the document's pairs or the Chinese after a whole word say it was cut from, or null. */
    static Completer.Completion knownHeadCompletion(SeamContext ctx, LatinToken t) {
        return ctx.cutSiteAsked(t, 2) ? ctx.knownHead(t) : ctx.knownHead(t, headCompletionOf(ctx, t));
    }

    private static Completer.Completion headCompletionOf(SeamContext ctx, LatinToken t) {
        Completer.Completion said = Completer.fromPhrasesOnly(ctx, t.text(), true, t.start(), t.end());
        return said != null ? said : Completer.fromChineseOnly(ctx, t.text(), true, t.start(), t.end());
    }

    /** The Latin stretch ending with the word has three words, or two opening a sentence: a clause. */
    static boolean clauseBefore(SeamContext ctx, LatinToken t) {
        int back = ctx.wordsBackward(t);
        return back >= 3 || (back >= 2 && startsSentence(ctx, t.end()));
    }

    /** Chinese characters that must follow "English, space" for a cut: fewer is a quoted word. */
    static final int MIN_HAN_AFTER_SPACE = 3;

    static int hanRun(String text, int from) {
        int i = from;
        while (i < text.length() && Chars.isHan(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Is Chinese right ahead of the word's end through digits, quotes, ASCII punctuation or a space? */
    static boolean chineseAhead(SeamContext ctx, LatinToken t) {
        String text = ctx.text;
        int e = t.end();
        if (e >= text.length()) {
            return false;
        }
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

    /** A clause of three words or more, with a lower-case word and not in Title Case, ends with the word. */
    static boolean clauseEndsHere(SeamContext ctx, LatinToken t) {
        int e = t.end();
        return ctx.wordsBackward(t) >= 3 && hasLowerCaseWordBackward(ctx, e) && !titleCase(ctx, e);
    }

    /**
     * Repairs that would turn one word into another ({@code hey} → they) may be right, but an edit
     * that might be wrong is a proposal: below the Mender's threshold.
     */
    static final double PROPOSAL = 0.45;

    static Completer.Completion proposal(Completer.Completion c) {
        return new Completer.Completion(c.word(), Math.min(c.confidence(), PROPOSAL));
    }

    static Seam switchAfter(SeamContext ctx, LatinToken t, String why) {
        int next = ctx.cpAt(t.end());
        return Seam.of(t.end() - 1, t.end() + (next < 0 ? 0 : Character.charCount(next)),
                SeamType.INTRA_SENTENCE_SWITCH, 0.7, why);
    }

    static Seam fragment(LatinToken t, Completer.Completion c, double confidence, String side) {
        Seam s = Seam.of(t.start(), t.end(), SeamType.FRAGMENT, confidence, side + " of a cut word");
        if (c == null) {
            return s;
        }
        // Two letters say too little about the word they were cut from (st → post or doorpost?), and so does
        // a piece holding less than half of its word (ity → Security or University?): a proposal.
        boolean guess = t.text().length() <= 2 || c.word().length() > 2 * t.text().length() && !c.attested()
                || side.equals("head") && anotherEndingIsCommon(c.word());
        double sure = guess ? Math.min(c.confidence(), PROPOSAL) : c.confidence();
        return s.withRepair(c.word(), sure);
    }

    /** How often, relative to the completion, a longer form of it must be used to make the choice a guess. */
    static final double COMMON_OTHER_ENDING = 0.3;

    /**
     * Is a longer form of a head's completion ({@code member} → members, {@code patient} → patients) used at least
     * {@link #COMMON_OTHER_ENDING} as often? The English after a head fragment, which would tell, is lost.
     */
    static boolean anotherEndingIsCommon(String word) {
        io.mixdoc.text.EnglishLexicon lexicon = io.mixdoc.text.EnglishLexicon.get();
        int count = lexicon.count(word);
        if (count == 0) {
            return false;
        }
        for (String ending : new String[] {"s", "es", "ly"}) {
            if (lexicon.count(word + ending) >= COMMON_OTHER_ENDING * count) {
                return true;
            }
        }
        return false;
    }

    /** A longer word of the document's own that ends with {@code tail}, if one exists (not for function words). */
    private static String documentWordEndingWith(SeamContext ctx, String tail) {
        if (tail.length() < 3 || FunctionWords.is(tail)) {
            return null;
        }
        String best = ctx.vocabularyIndex(false).bestEndingWith(tail.toLowerCase(), '\'');
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

    /** Is {@code c} part of a Latin stretch (letters, digits, spaces, ASCII punctuation)? A tab ends it: table cells. */
    static boolean latinStretch(int c) {
        return c >= 0 && c != '\n' && c != '\r' && c != '\t' && !Chars.isHan(c) && !Chars.isCjkPunct(c)
                && (c < 0x80 || Chars.isLatinLetter(c) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '–' || c == '—');
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

    static boolean hasLowerCaseWord(SeamContext ctx, int from) {
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
     * spaced switch is claimed in it ({@link SeamContext#inHeadline}).
     */
    static boolean inFirstLine(SeamContext ctx, int pos) {
        return ctx.inHeadline(pos);
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
