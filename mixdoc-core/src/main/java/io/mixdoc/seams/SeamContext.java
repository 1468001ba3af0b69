package io.mixdoc.seams;

import io.mixdoc.Deadline;
import io.mixdoc.internal.Chars;
import io.mixdoc.internal.EnglishLexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every detector needs about one document: its Latin tokens, the vocabulary the document
 * itself uses cleanly (tokens not touching Chinese, so not damaged by a cut), and the lexicon.
 * Built once per document by {@link io.mixdoc.stage.SeamFinder}.
 */
public final class SeamContext {
    final String text;
    final List<LatinToken> tokens;
    final EnglishLexicon lexicon;
    /** The run's deadline: detectors call {@code ctx.deadline.check()} once per token. */
    final Deadline deadline;
    /** Lower-cased clean word -> occurrences. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private Map<String, Map<String, Integer>> after;
    private Map<String, Map<String, Integer>> before;
    /** Lower-cased clean word -> the spelling the document uses most. */
    private final Map<String, String> spelling = new HashMap<>();

    /** Where the document's opening headline ends: the first line break or sentence end. */
    final int headlineEnd;

    public SeamContext(String text, EnglishLexicon lexicon) {
        this(text, lexicon, Deadline.none());
    }

    public SeamContext(String text, EnglishLexicon lexicon, Deadline deadline) {
        this.deadline = deadline;
        this.text = text;
        this.headlineEnd = headlineEnd(text);
        this.lexicon = lexicon;
        this.tokens = Collections.unmodifiableList(tokenize(text));
        for (LatinToken t : tokens) {
            int before = cpBefore(t.start());
            boolean afterApostrophe = before == '\'' || before == '’';
            if (!touchesCjkBefore(t) && !touchesCjkAfter(t) && !touchesDigit(t) && !afterApostrophe) {
                String k = t.lower();
                vocabulary.merge(k, 1, Integer::sum);
                if (!t.isCapitalised()) {
                    spelling.put(k, t.text()); // the lower-case form wins when both occur
                } else if (!sentenceInitial(t)) {
                    spelling.putIfAbsent(k, t.text()); // a name: capitalised mid-sentence
                }
            }
        }
    }

    /** Is the token the first word of a sentence (where its capital letter says nothing)? */
    private boolean sentenceInitial(LatinToken t) {
        int i = t.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || Chars.isCjkSentenceEnd(c) || c == ':';
    }

    private static int headlineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '!' || c == '?'
                    || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 1
                        && Character.isLowerCase(text.charAt(i - 1)))) {
                return i;
            }
        }
        return text.length();
    }

    private static List<LatinToken> tokenize(String text) {
        List<LatinToken> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Chars.isLatinLetter(cp)) {
                int s = i;
                while (i < n && Chars.isLatinLetter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new LatinToken(s, i, text.substring(s, i)));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    int cpBefore(int pos) {
        return pos <= 0 ? -1 : text.codePointBefore(pos);
    }

    int cpAt(int pos) {
        return pos >= text.length() ? -1 : text.codePointAt(pos);
    }

    /** Clean words the document puts right after {@code word} ("they" -> {"are": 3}), with counts. */
    Map<String, Integer> wordsAfter(String word) {
        indexPairs();
        return after.getOrDefault(word, Map.of());
    }

    /** Clean words the document puts right before {@code word}, with counts. */
    Map<String, Integer> wordsBefore(String word) {
        indexPairs();
        return before.getOrDefault(word, Map.of());
    }

    private void indexPairs() {
        if (after != null) {
            return;
        }
        Map<String, Map<String, Integer>> a = new HashMap<>();
        Map<String, Map<String, Integer>> b = new HashMap<>();
        for (int i = 1; i < tokens.size(); i++) {
            LatinToken x = tokens.get(i - 1);
            LatinToken y = tokens.get(i);
            if (y.start() == x.end() + 1 && text.charAt(x.end()) == ' ' && clean(x) && clean(y)) {
                String lx = x.lower();
                String ly = y.lower();
                a.computeIfAbsent(lx, k -> new HashMap<>()).merge(ly, 1, Integer::sum);
                b.computeIfAbsent(ly, k -> new HashMap<>()).merge(lx, 1, Integer::sum);
            }
        }
        before = b;
        after = a;
    }

    private boolean clean(LatinToken t) {
        return !touchesCjkBefore(t) && !touchesCjkAfter(t) && !touchesDigit(t);
    }

    /** The Latin word right before {@code pos} across one space, lower-cased, or null. */
    String wordBefore(int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ') {
            return null;
        }
        int e = pos - 1;
        int s = e;
        while (s > 0 && Chars.isLatinLetter(text.charAt(s - 1))) {
            s--;
        }
        return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The Latin word right after {@code pos} across one space, lower-cased, or null. */
    String wordAfter(int pos) {
        if (pos + 1 >= text.length() || text.charAt(pos) != ' ') {
            return null;
        }
        int s = pos + 1;
        int e = s;
        while (e < text.length() && Chars.isLatinLetter(text.charAt(e))) {
            e++;
        }
        return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Occurrences of {@code word} in clean positions of this document. */
    int vocabularyCount(String word) {
        return vocabulary.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    String documentSpelling(String lower) {
        return spelling.getOrDefault(lower, lower);
    }

    /** A word of English as far as the lexicon or the document's own clean usage can tell. */
    boolean isKnownWord(String word) {
        return lexicon.isCommonWord(word) || vocabularyCount(word) > 0;
    }

    /**
     * Chinese right before the token: a Han letter, CJK punctuation, or a quote mark or middle dot
     * that itself follows Chinese ({@code 路口”ing}, {@code 本·he}). A quote after a Latin letter is an
     * apostrophe ({@code People’s}), not a cut.
     */
    boolean touchesCjkBefore(LatinToken t) {
        int c = cpBefore(t.start());
        if (c < 0) {
            return false;
        }
        if (Chars.isHan(c) || Chars.isCjkPunct(c)) {
            return true;
        }
        if (c == '”' || c == '’' || c == '·') {
            int b = cpBefore(t.start() - 1);
            return b >= 0 && (Chars.isHan(b) || Chars.isCjkPunct(b));
        }
        return false;
    }

    /** Chinese right after the token, possibly behind a middle dot or an opening quote ({@code othe r·英}). */
    boolean touchesCjkAfter(LatinToken t) {
        int c = cpAt(t.end());
        if (c < 0) {
            return false;
        }
        if (Chars.isHan(c) || Chars.isCjkPunct(c)) {
            return true;
        }
        if (c == '·' || c == '“') {
            int d = cpAt(t.end() + 1);
            return d >= 0 && Chars.isHan(d);
        }
        return false;
    }

    boolean touchesDigit(LatinToken t) {
        int a = cpBefore(t.start());
        int b = cpAt(t.end());
        return (a >= 0 && Character.isDigit(a)) || (b >= 0 && Character.isDigit(b));
    }
}
