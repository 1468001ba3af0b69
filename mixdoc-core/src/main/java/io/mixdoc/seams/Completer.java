package io.mixdoc.seams;

import io.mixdoc.text.ChineseEnglishGlosses;
import io.mixdoc.text.CharTrie;
import io.mixdoc.text.Chars;
import java.util.List;

/**
 * Completes a word fragment left at a cut. In order of trust: a word the document itself puts
 * beside the same neighbour elsewhere ("they are" for {@code hey are}), a word that the Chinese beside the
 * cut says (CC-CEDICT glosses of the Chinese words nearest the cut: {@code en鼓励} → encourage),
 * a word the document itself uses ({@code Kyr} → Kyrgyzstan), the most frequent English word.
 */
final class Completer {
    /** {@code attested}: the document's only fitting word, written whole there three times or more. */
    record Completion(String word, double confidence, boolean attested) {
        Completion(String word, double confidence) {
            this(word, confidence, false);
        }
    }

    /** How far from the cut (in characters) Chinese words are read for glosses. */
    static final int GLOSS_WINDOW = 12;
    private static final String[] ENDINGS = {"", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "al", "ation", "ies", "ied"};

    /** The share of the fitting document words (by use) a completion must hold to be applied rather than offered. */
    static final double MIN_SURE_SHARE = 0.5;

    private Completer() {
    }

    /**
     * @param isHead true when the fragment is the start of the lost word ("Kyr"), false when it is the end ("tinues")
     * @param start  where the fragment stands in the text (UTF-16)
     * @param end    where it ends
     */
    static Completion complete(SeamContext ctx, String fragment, boolean isHead, int start, int end) {
        Completion fromPhrase = fromDocumentPhrases(ctx, fragment, isHead, start, end);
        if (fromPhrase != null) {
            return fromPhrase;
        }
        Completion fromGloss = fromGlosses(ctx, fragment, isHead, start, end);
        if (fromGloss != null) {
            return fromGloss;
        }
        return complete(ctx, fragment, isHead);
    }

    /**
     * A word that the document uses next to the same neighbour: a head fragment after "they" or a
     * tail fragment before "are", completed to a word the text elsewhere puts in that place.
     */
    /** A completion from the document's own word pairs only (for fragments that are themselves words). */
    static Completion fromPhrasesOnly(SeamContext ctx, String fragment, boolean isHead, int start, int end) {
        Completion c = fromDocumentPhrases(ctx, fragment, isHead, start, end);
        if (c != null && FunctionWords.is(fragment)) {
            // "at" may be the end of "that", but "the" is usually just "the": propose, never apply.
            return new Completion(c.word(), 0.45);
        }
        return c;
    }

    private static Completion fromDocumentPhrases(SeamContext ctx, String fragment, boolean isHead, int start, int end) {
        String neighbour = isHead ? ctx.wordBefore(start) : ctx.wordAfter(end);
        if (neighbour == null) {
            return null;
        }
        String f = fragment.toLowerCase();
        String best = ctx.mostFrequentBeside(neighbour, isHead, candidate -> candidate.length() > f.length()
                && (isHead ? candidate.startsWith(f) : candidate.endsWith(f)));
        return best == null ? null
                : new Completion(withCase(fragment, ctx.documentSpelling(best), isHead), 0.6 * Math.min(1.0, f.length() / 4.0));
    }

    private static Completion fromGlosses(SeamContext ctx, String fragment, boolean isHead, int start, int end) {
        String f = fragment.toLowerCase();
        ChineseEnglishGlosses dict = ChineseEnglishGlosses.get();
        String best = null;
        double bestScore = 0;
        // The rest of a cut English sentence continues in Chinese after a head fragment; the start
        // of a cut sentence stands in Chinese before a tail fragment.
        int from = isHead ? end : Math.max(0, start - GLOSS_WINDOW);
        int to = isHead ? Math.min(ctx.text.length(), end + GLOSS_WINDOW) : start;
        CharTrie trie = dict.trie();
        int[] nodes = new int[ChineseEnglishGlosses.MAX_WORD + 1];
        for (int i = from; i < to; i++) {
            if (!Chars.isHan(ctx.text.charAt(i))) {
                continue;
            }
            // One walk along the text finds every headword starting at i; they are then read longest first.
            int maxLen = Math.min(ChineseEnglishGlosses.MAX_WORD, to - i);
            int node = trie.root();
            int walked = 0;
            while (walked < maxLen && (node = trie.step(node, ctx.text.charAt(i + walked))) != CharTrie.NONE) {
                nodes[++walked] = node;
            }
            for (int len = walked; len >= 1; len--) {
                List<String> glosses = dict.glossesOf(nodes[len]);
                if (glosses.isEmpty()) {
                    continue;
                }
                int distance = isHead ? i - end : to - (i + len);
                double weight = (len >= 2 ? 1.0 : 0.35) / (1 + distance / 4.0);
                if (weight <= bestScore) {
                    continue; // no gloss of this headword can win: skip building and looking up its forms
                }
                for (int k = 0; k < glosses.size(); k++) { // by index: a for-each made an iterator per headword
                    String w = matchingForm(ctx, glosses.get(k), f, isHead);
                    if (w != null) {
                        bestScore = weight;
                        best = w;
                        break; // the later glosses weigh the same: the first that fits wins
                    }
                }
            }
        }
        if (best == null || bestScore < 0.3) {
            return null;
        }
        // Short fragments fit many glosses: sure enough to propose, rarely to apply.
        double lengthFactor = Math.min(1.0, (f.length() + 1) / 4.0);
        return new Completion(withCase(fragment, ctx.documentSpelling(best), isHead),
                Math.min(0.85, 0.45 + bestScore * 0.4) * lengthFactor);
    }

    /** A completion from the Chinese beside the cut only (for fragments that are themselves words). */
    static Completion fromChineseOnly(SeamContext ctx, String fragment, boolean isHead, int start, int end) {
        if (fragment.length() < 3 || FunctionWords.is(fragment)) {
            return null;
        }
        return fromGlosses(ctx, fragment, isHead, start, end);
    }

    /** The gloss word or an inflection of it that the lexicon knows and that completes the fragment. */
    private static String matchingForm(SeamContext ctx, String gloss, String f, boolean isHead) {
        if (isHead ? !(gloss.startsWith(f) || f.startsWith(gloss)) : f.length() > gloss.length() + 5) {
            return null; // cannot match with any ending: skip building the forms
        }
        char last = f.charAt(f.length() - 1);
        for (String ending : ENDINGS) {
            if (!isHead && (ending.isEmpty() ? gloss.charAt(gloss.length() - 1) : ending.charAt(ending.length() - 1)) != last
                    && !(ending.startsWith("ie") && last == 'y')) {
                continue;
            }
            int stem = gloss.length();
            if (ending.equals("ing") && gloss.endsWith("e")) {
                stem--;
            } else if ((ending.equals("ies") || ending.equals("ied")) && gloss.endsWith("y")) {
                stem--;
            } else if (ending.equals("ies") || ending.equals("ied")) {
                continue;
            }
            if (!completes(gloss, stem, ending, f, isHead)) {
                continue; // the form is built only when it completes the fragment
            }
            String w = gloss.substring(0, stem) + ending;
            if (ending.isEmpty() ? ctx.lexicon.contains(w) || w.length() >= 6 : ctx.lexicon.isWord(w)) {
                return w;
            }
        }
        return null;
    }

    /** Is {@code gloss[0, stem) + ending} longer than {@code f} and begins (head) or ends with it? Read in place. */
    private static boolean completes(String gloss, int stem, String ending, String f, boolean isHead) {
        int length = stem + ending.length();
        if (length <= f.length()) {
            return false;
        }
        int offset = isHead ? 0 : length - f.length();
        for (int i = 0; i < f.length(); i++) {
            int at = offset + i;
            char c = at < stem ? gloss.charAt(at) : ending.charAt(at - stem);
            if (c != f.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Completion from the document's vocabulary, then from the lexicon. */
    static Completion complete(SeamContext ctx, String fragment, boolean isHead) {
        String f = fragment.toLowerCase();
        // The most frequent of the document's words that the fragment begins (ends), alphabetically first among equals.
        AffixIndex.Match doc = f.length() >= 2 ? ctx.vocabularyIndex(isHead).longerWith(f) : null;
        // Short fragments match too many of the document's words to trust it much.
        double lengthFactor = Math.min(1.0, f.length() / 4.0);
        if (doc != null) {
            double share = (double) doc.count() / doc.total();
            double sure = (0.5 + 0.4 * share) * lengthFactor;
            // Other words of the document fit as well (boast, least, coast …), or English has a far more common
            // word that fits (ach: the document's reach, or each?): the choice is a guess, a proposal.
            boolean guess = share <= MIN_SURE_SHARE || muchCommonerFits(ctx, f, isHead, doc.word());
            return new Completion(withCase(fragment, ctx.documentSpelling(doc.word()), isHead),
                    guess ? Math.min(sure, CutSite.PROPOSAL) : sure, !guess && share == 1.0 && doc.count() >= 3);
        }
        List<String> candidates = isHead ? ctx.lexicon.withPrefix(f, CANDIDATES) : ctx.lexicon.withSuffix(f, CANDIDATES);
        if (candidates.isEmpty()) {
            return null;
        }
        long total = isHead ? ctx.lexicon.usesWithPrefix(f, CANDIDATES) : ctx.lexicon.usesWithSuffix(f, CANDIDATES);
        String best = candidates.get(0);
        double share = (double) Math.max(1, ctx.lexicon.count(best)) / total;
        double sure = 0.8 * share * lengthFactor;
        // A word hardly anyone uses (Palu → paludal) is no sure completion, however alone it stands.
        return new Completion(withCase(fragment, ctx.documentSpelling(best), isHead),
                ctx.lexicon.isCommonWord(best) ? sure : Math.min(sure, CutSite.PROPOSAL));
    }

    /** How many of the lexicon's words that fit a fragment are weighed (the most frequent). */
    static final int CANDIDATES = 30;

    /** How many times more common than the document's word an English word must be to make the choice a guess. */
    static final int MUCH_COMMONER = 4;

    /** Does a word the lexicon knows, other than {@code chosen}, complete {@code f} and occur far more often? */
    private static boolean muchCommonerFits(SeamContext ctx, String f, boolean isHead, String chosen) {
        List<String> candidates = isHead ? ctx.lexicon.withPrefix(f, CANDIDATES) : ctx.lexicon.withSuffix(f, CANDIDATES);
        long bar = (long) MUCH_COMMONER * Math.max(1, ctx.lexicon.count(chosen));
        for (String c : candidates) {
            if (!c.equalsIgnoreCase(chosen)) {
                return ctx.lexicon.count(c) >= bar; // most frequent first: no later word is commoner
            }
        }
        return false;
    }

    private static String withCase(String fragment, String word, boolean isHead) {
        if (isHead && Character.isUpperCase(fragment.charAt(0)) && Character.isLowerCase(word.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
