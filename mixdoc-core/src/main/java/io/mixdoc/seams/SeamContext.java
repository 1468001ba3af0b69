package io.mixdoc.seams;

import io.mixdoc.Deadline;
import io.mixdoc.CodeRegion;
import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Sentence;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.text.Chars;
import io.mixdoc.text.EnglishLexicon;
import io.mixdoc.token.LatinWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every detector needs about one document: its Latin words (the {@code token} layer's words
 * outside code and protected tokens), the vocabulary the document itself uses cleanly (words not
 * touching Chinese, so not damaged by a cut), the term phrases, and the lexicon.
 * Built once per document by {@link io.mixdoc.stage.SeamFinder}.
 */
public final class SeamContext {
    final String text;
    private final Document doc;
    final List<LatinToken> tokens;
    final EnglishLexicon lexicon;
    /** The run's deadline: detectors call {@code ctx.deadline.check()} once per token. */
    final Deadline deadline;
    /**
     * The vocabulary: by word number, the word's clean uses ({@link #inVocabulary}); no map of words (a node per word, a
     * table and boxed counts per document). Only a tie in {@link AffixIndex#bestEndingWith} reads that map's
     * order, and it replays the map when first asked ({@link #vocabularyInMapOrder}).
     */
    private final int[] cleanUses;
    /**
     * The document's words numbered once for every question about them: lower-cased word -> its number
     * (the order of first use) and its count as a whole word anywhere (touching Chinese or not), and the number of
     * each token's word. The spellings and the word pairs are arrays by number, not a map of words each.
     */
    private final KeyNumbers wordIds = new KeyNumbers();
    private final int[] wordOf;
    /** By word number: the spelling of a clean word the document uses most ({@link #documentSpelling}); built when first asked. */
    private String[] spelling;

    /** Where the document's opening headline ends: the end of the {@code sentence} layer's first sentence. */
    private final int headlineEnd;

    /** Protected tokens and code regions, merged: [start, end) pairs, sorted. */
    private final int[] protectedZones;
    /** Code regions only: [start, end) pairs, sorted. */
    private final int[] codeZones;
    /**
     * Per-word flags, by {@link LatinToken#index}, computed once by {@link #markTermPhrases}: the word stands in
     * a term phrase ({@link #inTermPhrase}); it is a lone word inside Chinese that is a piece of English words
     * ({@code 合作ges正在}, but also {@code 使用orm框架}); its Latin stretch is in Title Case (a name, a title, a
     * menu item); has a function word; reads as a clause (grammar, or a pronoun or conjunction, {@link #CLAUSE_WORDS}).
     */
    private final byte[] flags;
    private static final byte TERM = 1;
    private static final byte PIECE = 2;
    private static final byte TITLE = 4;
    private static final byte GRAMMAR = 8;
    private static final byte CLAUSE = 16;
    /**
     * The token has a character beyond ASCII: the lexicon lower-cases it by {@link String#toLowerCase()}, so its
     * answers are asked of the token itself; an ASCII token's are its word's ({@link LexiconAnswers}).
     */
    private static final byte NOT_ASCII = 32;
    /** The document has Chinese words: it went through a translator or a mixed-language pipeline. */
    final boolean hasChinese;

    /** Reads the document's {@code token} and {@code code} layers (the one tokenizer; nothing is tokenised here). */
    public SeamContext(Document doc, EnglishLexicon lexicon) {
        this.deadline = doc.deadline();
        this.text = doc.text();
        this.doc = doc;
        List<Sentence> sentences = doc.layer(Layers.SENTENCE).spans();
        this.headlineEnd = sentences.isEmpty() ? 0 : sentences.get(0).end();
        this.lexicon = lexicon;
        List<Token> all = doc.layer(Layers.TOKEN).spans();
        List<CodeRegion> code = doc.layer(Layers.CODE).spans();
        this.protectedZones = zones(all, code);
        this.codeZones = zones(List.of(), code);
        int[] latinIndex = new int[all.size()]; // position in the token layer -> in tokens, or -1
        int latin = 0;
        boolean han = false;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            han |= t.kind() == TokenKind.HAN;
            latinIndex[i] = -1;
            if (t.kind() == TokenKind.WORD && Chars.isLatinLetter(text.codePointAt(t.start())) && !isProtected(t.start(), t.end())) {
                latinIndex[i] = latin++;
            }
        }
        List<LatinToken> words = new ArrayList<>(latin); // sized once: no copy of a growing array
        this.wordOf = new int[latin];
        this.flags = new byte[latin];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (latinIndex[i] >= 0) {
                Token t = all.get(i);
                // the word's number, its lower-cased text written into one builder: a word met before costs no string
                key.setLength(0);
                key.append(text, t.start(), t.end());
                CharSequence lower = lowerCased(key);
                int id = wordIds.count(lower);
                wordOf[latinIndex[i]] = id;
                if (lower != key) {
                    flags[latinIndex[i]] = NOT_ASCII; // lowerCased lower-cases only ASCII in place
                }
                words.add(new LatinToken(text, t.start(), t.end(), wordIds.key(id), latinIndex[i]));
            }
        }
        this.hasChinese = han;
        this.stretchOf = new int[words.size()];
        java.util.Arrays.fill(stretchOf, -1);
        this.tokens = Collections.unmodifiableList(words);
        this.cleanUses = new int[wordIds.size()];
        for (LatinToken t : tokens) {
            if (inVocabulary(t)) {
                cleanUses[wordOf[t.index()]]++;
            }
        }
        markTermPhrases(all, latinIndex);
        markDefinedNames();
    }

    /**
     * The names the document's entry lines define ({@code force directory mode (S) 这个选项…}): where the same words
     * stand in its prose ({@code 参见force directory mode选项}), they are that name, as a term written three times is.
     */
    private void markDefinedNames() {
        int line = 0;
        for (int from = 0; from < text.length(); from = text.indexOf('\n', from) + 1) {
            deadline.checkEvery(line++);
            if (Chars.isLatinLetter(text.charAt(from))) {
                String name = DefinitionEntryLine.definedName(text, from, MAX_TERM_WORDS);
                if (name != null) {
                    stretchCounts.add(name, RECURRING_STRETCH);
                }
            }
            if (text.indexOf('\n', from) < 0) {
                break;
            }
        }
    }

    /** Is the token a clean use of its word: not touching Chinese or digits, not after an apostrophe? */
    private boolean inVocabulary(LatinToken t) {
        int before = cpBefore(t.start());
        boolean afterApostrophe = before == '\'' || before == '’';
        return !touchesCjkBefore(t) && !touchesCjkAfter(t) && !touchesDigit(t) && !afterApostrophe;
    }

    private int[] zones(List<Token> all, List<CodeRegion> code) {
        List<int[]> z = new ArrayList<>();
        for (Token t : all) {
            if (t.isProtected()) {
                z.add(new int[] {t.start(), t.end()});
            }
        }
        for (CodeRegion c : code) {
            z.add(new int[] {c.start(), c.end()});
        }
        z.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : z) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        int[] flat = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return flat;
    }

    /** Does {@code [start, end)} overlap a protected token (identifier, URL, path...) or a code region? */
    public boolean isProtected(int start, int end) {
        return overlaps(protectedZones, start, end);
    }

    /** Does {@code [start, end)} touch a code region (fences, inline code, commands, source lines)? */
    public boolean inCode(int start, int end) {
        return overlaps(codeZones, start, end);
    }

    private static boolean overlaps(int[] zones, int start, int end) {
        int lo = 0;
        int hi = zones.length / 2 - 1;
        while (lo <= hi) { // first zone whose end is past start
            int mid = (lo + hi) >>> 1;
            if (zones[2 * mid + 1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo < zones.length / 2 && zones[2 * lo] < end;
    }

    /**
     * A term phrase is a short stretch of Latin text standing inside Chinese, with Chinese, a line
     * edge or code on both sides, no English function word and no clause punctuation:
     * {@code 使用Redis缓存}, {@code 包括Stefano Zacchiroli和}, {@code @param name Header名}; or any
     * short stretch in brackets or quotes, a gloss: {@code 负载均衡（load balancing）}, {@code “apt full-upgrade”}.
     * It is how Chinese writes English terms and names, not a translator's cut: no fragment or switch
     * is claimed in it. Every word also learns whether its stretch has grammar (a function word).
     */
    private void markTermPhrases(List<Token> all, int[] latinIndex) {
        int k = 0;
        while (k < all.size()) {
            if (!latinStretchToken(all.get(k))) {
                k++;
                continue;
            }
            int j = k;
            while (j + 1 < all.size() && latinStretchToken(all.get(j + 1)) && !lineBreakBetween(all.get(j).end(), all.get(j + 1).start())) {
                j++;
            }
            boolean left = k == 0 || lineBreakBetween(all.get(k - 1).end(), all.get(k).start()) || bound(all.get(k - 1));
            boolean right = j + 1 == all.size() || lineBreakBetween(all.get(j).end(), all.get(j + 1).start()) || bound(all.get(j + 1));
            boolean gloss = k > 0 && j + 1 < all.size() && (pair(all.get(k - 1), all.get(j + 1), "（", "）")
                    || pair(all.get(k - 1), all.get(j + 1), "「", "」") || pair(all.get(k - 1), all.get(j + 1), "《", "》")
                    || pair(all.get(k), all.get(j), "“", "”") || pair(all.get(k), all.get(j), "\"", "\""));
            int words = 0;
            int lowerCase = 0;
            int capitalised = 0;
            int function = 0;
            int clauseWord = 0;
            boolean sentenceEnd = false;
            int listConjunctions = 0;
            boolean comma = false;
            boolean piece = false;
            boolean punctuation = false;
            for (int i = k; i <= j; i++) {
                Token t = all.get(i);
                if (t.kind() == TokenKind.WORD) {
                    words++;
                    String w = latinIndex[i] >= 0 ? tokens.get(latinIndex[i]).text() : text.substring(t.start(), t.end());
                    // a Latin token's lower-cased text is kept: no copy per word (FunctionWords.is would make one)
                    String lower = latinIndex[i] >= 0 ? tokens.get(latinIndex[i]).lower() : null;
                    if (creditBy(w, t.end())) {
                        // 修复…的bug; by @JimCurryWang: a change log crediting a handle, no grammar of a clause
                    } else if ((lower != null ? FunctionWords.isLowerCased(lower) : FunctionWords.is(w)) && !joined(t)
                            || FunctionWords.is(beforeHump(w))) {
                        function++;
                        listConjunctions += comma && (w.equals("and") || w.equals("or")) ? 1 : 0;
                    } else if (CLAUSE_WORDS.contains(lower != null ? lower : w.toLowerCase(Locale.ROOT)) && !joined(t)) {
                        clauseWord++;
                    }
                    // only a stretch with Chinese on both sides can be a term, which a piece prevents
                    piece |= left && right && !piece
                            && isWordPiece(w, latinIndex[i] >= 0 ? isKnownWord(tokens.get(latinIndex[i])) : isKnownWord(w))
                            && (w.length() > 1 || touchesHan(t));
                    if (Character.isLowerCase(w.charAt(0))) {
                        lowerCase++;
                    } else {
                        capitalised++;
                    }
                    sentenceEnd = false;
                } else if (t.kind() != TokenKind.PUNCT) {
                    words++;
                    sentenceEnd = false;
                } else {
                    char c = text.charAt(t.start());
                    punctuation |= ".,;:!?".indexOf(c) >= 0;
                    comma |= c == ',';
                    if (".!?".indexOf(c) >= 0) {
                        sentenceEnd = true;
                    } else if (")]\"'”’".indexOf(c) < 0) {
                        sentenceEnd = false;
                    }
                }
            }
            // A clause has grammar: a function word, or it ends a sentence ("ever seen."); a Title Case
            // stretch is a name or a menu item (Introduction to the “Filters” Menu), not a clause.
            boolean title = words >= 2 && capitalised * 2 > words;
            // Nor is a list of terms ("转换为number, boolean, or null", "使用 pattern, time zone and locale获得"): its only
            // function word joins the last item after commas.
            boolean termList = function > 0 && function == listConjunctions && !sentenceEnd;
            boolean grammar = (function > 0 && !termList || sentenceEnd) && !title;
            // Three words or more are a term only as a name or title (Spring Boot Admin): in lower case
            // they read as a clause (Tensions remain high).
            boolean clause = words >= 3 && lowerCase > 0;
            boolean term = left && right && words >= 1 && !piece
                    && (gloss ? words <= MAX_GLOSS_WORDS : words <= MAX_TERM_WORDS && function == 0 && !punctuation && !clause);
            boolean loneTerm = left && right && words == 1 && !gloss && function == 0 && !punctuation;
            int mark = (term ? TERM : loneTerm ? PIECE : 0) | (title ? TITLE : 0) | (grammar ? GRAMMAR : 0)
                    | (grammar || clauseWord > 0 && !title ? CLAUSE : 0);
            int key = words <= MAX_TERM_WORDS ? countStretch(all, k, j) : -1;
            for (int i = k; i <= j; i++) {
                if (latinIndex[i] >= 0) { // only the Latin words outside protected tokens are ever asked about
                    flags[latinIndex[i]] = (byte) (mark | flags[latinIndex[i]] & NOT_ASCII);
                    stretchOf[latinIndex[i]] = key;
                }
            }
            k = j + 1;
        }
    }

    /**
     * Counts the stretch from token {@code k} to {@code j} under its key, its words lower-cased and one space apart
     * (written into one reused builder: a stretch met before costs no string), and answers the key's number, or -1
     * for a stretch of punctuation only.
     */
    private int countStretch(List<Token> all, int k, int j) {
        StringBuilder b = stretchKey;
        b.setLength(0);
        for (int i = k; i <= j; i++) {
            Token t = all.get(i);
            if (t.kind() != TokenKind.PUNCT) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(text, t.start(), t.end());
            }
        }
        if (b.isEmpty()) {
            return -1;
        }
        return stretchCounts.count(lowerCased(b));
    }

    /**
     * The builder's text as {@code toLowerCase(Locale.ROOT)} makes it: ASCII lower-cased in place; anything else
     * (where lower-casing may change the length or depend on the neighbours, as İ and Σ do) the string way.
     */
    static CharSequence lowerCased(StringBuilder b) {
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) >= 0x80) {
                return b.toString().toLowerCase(Locale.ROOT);
            }
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                b.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return b;
    }

    private final StringBuilder stretchKey = new StringBuilder();
    /** How often each short Latin stretch (its words) stands in the document, by the stretch's key number. */
    private final KeyNumbers stretchCounts = new KeyNumbers();
    /** Each Latin word's short stretch (its key number), or -1 (a stretch longer than {@link #MAX_TERM_WORDS} words). */
    private final int[] stretchOf;

    /** A short stretch written this often beside Chinese is a term of the document. */
    static final int RECURRING_STRETCH = 3;

    /**
     * Is the word's Latin stretch, of a few words, one the document writes {@link #RECURRING_STRETCH} times or
     * more ({@code 包含order by，} … {@code 如果sql有order by，} … {@code order by的列名})? A term the author keeps
     * using, such as SQL's {@code order by}; a page translator's cuts fall on different words each time.
     */
    boolean inRecurringStretch(LatinToken t) {
        int key = stretchOf[t.index()];
        return key >= 0 && stretchCounts.countOf(key) >= RECURRING_STRETCH;
    }

    /**
     * Is the word joined to its neighbours by a hyphen, slash, brace or the like ({@code docbook-to-man},
     * {@code delete-char-or-list}, {@code N/A}, {@code a{d,c}e})? Such a function word is part of a
     * name or a compound, not the grammar of a clause.
     */
    private boolean joined(Token t) {
        int b = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        int a = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return "-/_.{}=<@#$\\|~`".indexOf(b) >= 0 || "-/_{}=>@#$\\|~`(".indexOf(a) >= 0;
    }

    /**
     * Words besides the function words that make a stretch a clause rather than a term: pronouns,
     * conjunctions and question words ({@code though Alfr}, {@code I t}, {@code since Saudi A}).
     */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("i", "me", "him", "them", "us",
            "though", "although", "because", "when", "while", "since", "until", "what", "there", "where", "how",
            "why", "said", "says", "just", "very", "more", "most", "only");

    /** Longest gloss in brackets or quotes, in words: {@code （Intent To Package）}. */
    static final int MAX_GLOSS_WORDS = 8;

    /** Where a Latin stretch ends: Chinese, or code. */
    private boolean bound(Token t) {
        return chineseToken(t) || inCode(t.start(), t.end());
    }

    private boolean pair(Token open, Token close, String o, String c) {
        return text.startsWith(o, open.start()) && open.length() == o.length()
                && text.startsWith(c, close.start()) && close.length() == c.length() && open != close;
    }

    private boolean touchesHan(Token t) {
        return Chars.isHan(cpBefore(t.start())) || Chars.isHan(cpAt(t.end()));
    }

    /** Is the word's Latin stretch in Title Case ({@code Debian Wiki on Keysigning})? */
    boolean inTitle(LatinToken t) {
        return (flags[t.index()] & TITLE) != 0;
    }

    /** Does the word's Latin stretch read as an English clause (a function word, or a sentence end; no Title Case)? A clause switch needs it. */
    boolean stretchHasGrammar(LatinToken t) {
        return (flags[t.index()] & GRAMMAR) != 0;
    }

    /**
     * A token that is no word but a common piece of English words, the remains of a cut: a single
     * letter ({@code t}), or the start or end of several common words ({@code ges}, {@code peop},
     * {@code Th}). Tool and product names ({@code nginx}, {@code sudo}, {@code kubelet}) are no such pieces.
     */
    private boolean isWordPiece(String w, boolean known) {
        if (known || (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(w.length() - 1)))) {
            return false; // words, acronyms (HSK, NBC)
        }
        if (w.length() == 1) {
            return Character.isLowerCase(w.charAt(0));
        }
        Integer counted = commonWordsAround.get(w);
        if (counted != null) {
            return counted >= PIECE_MIN_WORDS;
        }
        // Of the PIECE_LOOKUP most frequent words around w, those that are common: lists sorted by frequency
        // hold the common ones first, so counting the common ones up to that limit is the same and sorts nothing.
        int common = Math.min(PIECE_LOOKUP, lexicon.countWithPrefix(w, PIECE_MIN_COUNT, PIECE_LOOKUP))
                + Math.min(PIECE_LOOKUP, lexicon.countWithSuffix(w, PIECE_MIN_COUNT, PIECE_LOOKUP));
        commonWordsAround.put(w, common);
        return common >= PIECE_MIN_WORDS;
    }

    /** Word -> common English words that start or end with it ({@link #isWordPiece}): a document repeats its words. */
    private final Map<String, Integer> commonWordsAround = new HashMap<>();

    /**
     * Is {@code w} the {@code by} of a credit, a handle following it ({@code by @gumblex})? Change logs credit their
     * contributors so after a Chinese entry; the {@code by} is no function word of an English clause.
     */
    private boolean creditBy(String w, int end) {
        if (!w.equalsIgnoreCase("by")) {
            return false;
        }
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > end && i + 1 < text.length() && text.charAt(i) == '@' && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** {@code and} of {@code andCentral}: a function word glued to a name is English prose that lost a space. */
    private static String beforeHump(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return w.substring(0, i);
            }
        }
        return "";
    }

    private static final int PIECE_LOOKUP = 30;
    private static final double PIECE_ZIPF = 3.0;
    /** The SUBTLEX count of {@link #PIECE_ZIPF}. */
    private static final int PIECE_MIN_COUNT = EnglishLexicon.countForZipf(PIECE_ZIPF);
    private static final int PIECE_MIN_WORDS = 3;

    /** Longest term phrase, in words: {@code Spring Boot Admin Server}. */
    static final int MAX_TERM_WORDS = 4;

    private boolean latinStretchToken(Token t) {
        if (inCode(t.start(), t.end())) {
            return false;
        }
        return switch (t.kind()) {
            case HAN, OTHER -> false;
            case PUNCT -> !Chars.isCjkPunct(text.codePointAt(t.start()));
            default -> true;
        };
    }

    private boolean chineseToken(Token t) {
        return t.kind() == TokenKind.HAN || (t.kind() == TokenKind.PUNCT && Chars.isCjkPunct(text.codePointAt(t.start())));
    }

    private boolean lineBreakBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Is the word part of a term phrase standing inside Chinese (see {@link #markTermPhrases})? */
    boolean inTermPhrase(LatinToken t) {
        return (flags[t.index()] & TERM) != 0;
    }

    /**
     * Is the seam only a lone piece of a word inside Chinese? Such a piece ({@code 合作ges正在}) cannot be
     * told from a short term ({@code 使用orm框架}) by its form: it counts only in a document that shows
     * a translator's damage elsewhere.
     */
    public boolean isWeak(io.mixdoc.Seam s) {
        if (s.type() != io.mixdoc.SeamType.FRAGMENT) {
            return false;
        }
        // tokens are in text order: start at the first one inside the seam, not at the document's first
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < tokens.size() && tokens.get(k).start() < s.end(); k++) {
            LatinToken t = tokens.get(k);
            if (t.end() <= s.end() && ((flags[k] & PIECE) != 0 || (flags[k] & CLAUSE) == 0)) {
                // A lone piece, or a word whose Latin stretch has no grammar (a term, a list of names):
                // Chinese writes terms that way; a translator's cut leaves half a clause.
                return true;
            }
        }
        return false;
    }

    /**
     * Does the document write this token's text inside code or a protected token elsewhere
     * ({@code cnchar.hasPlugin}, {@code `switchUrl`})? Then the token is that identifier, mentioned in prose.
     */
    boolean writtenAsCodeElsewhere(LatinToken t) {
        if (codeNames == null) {
            codeNames = new java.util.HashSet<>();
            for (int i = 0; i + 1 < protectedZones.length; i += 2) {
                for (String part : text.substring(protectedZones[i], protectedZones[i + 1]).split("[^\\p{L}\\p{N}_$]+")) {
                    if (!part.isEmpty()) {
                        codeNames.add(part);
                    }
                }
            }
        }
        return codeNames.contains(t.text());
    }

    /** The names written inside code and protected tokens (built once, when first asked for: linear in the text). */
    private java.util.Set<String> codeNames;

    /** Word -> the lines it opens ({@link CodeWordContext}); built when first asked for. */
    java.util.Map<String, Integer> lineOpeners() {
        if (lineOpeners == null) {
            lineOpeners = CodeWordContext.lineOpeners(text);
        }
        return lineOpeners;
    }

    private java.util.Map<String, Integer> lineOpeners;

    /** The single letters the document uses as symbols ({@link LetterNotation}); built when first asked for. */
    java.util.Set<String> notationLetters() {
        if (notationLetters == null) {
            notationLetters = LetterNotation.lettersUsedAsSymbols(text);
        }
        return notationLetters;
    }

    private java.util.Set<String> notationLetters;

    /** How often the word stands whole in the document, wherever it stands. */
    int wholeCount(String word) {
        int id = wordIds.idOf(word.toLowerCase(Locale.ROOT));
        return id < 0 ? 0 : wordIds.countOf(id);
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

    /**
     * Is {@code pos} inside the document's opening headline (its first sentence), which page translators
     * glue to the body without punctuation ({@code 新华网Xinhua News Agency})?
     */
    boolean inHeadline(int pos) {
        return pos < headlineEnd;
    }

    /** Words of the Latin stretch from the word on, the word included ({@link CutSite#latinStretch}). */
    int wordsForward(LatinToken t) {
        return words(t.start(), 1);
    }

    /** Words of the Latin stretch up to the word, the word included. */
    int wordsBackward(LatinToken t) {
        return words(t.end() - 1, -1);
    }

    /**
     * Words in the Latin stretch from {@code i} on, walking forward ({@code step} 1) or backward (-1). Counted
     * in the text, not in {@link #tokens}: a stretch's words inside an identifier or a path count too.
     */
    private int words(int i, int step) {
        return LatinWords.count(text, i, step, Integer.MAX_VALUE, NOT_LATIN_STRETCH);
    }

    private static final LatinWords.Boundary NOT_LATIN_STRETCH = c -> !CutSite.latinStretch(c);

    int cpBefore(int pos) {
        return pos <= 0 ? -1 : text.codePointBefore(pos);
    }

    int cpAt(int pos) {
        return pos >= text.length() ? -1 : text.codePointAt(pos);
    }

    /**
     * Of the clean words the document puts right after {@code word} ({@code after}; "they" -> "are") or right
     * before it, those that pass {@code fits}: the most frequent, alphabetically first among equals; or null.
     */
    String mostFrequentBeside(String word, boolean after, java.util.function.Predicate<String> fits) {
        if (pairs == null) {
            // counted first, then written: the pairs' arrays are allocated once at their size
            int count = 0;
            for (int i = 1; i < tokens.size(); i++) {
                if (cleanPair(i)) {
                    count++;
                }
            }
            long[] forward = new long[count];
            long[] backward = new long[count];
            int k = 0;
            for (int i = 1; i < tokens.size(); i++) {
                if (cleanPair(i)) {
                    forward[k] = WordPairs.pair(wordOf[i - 1], wordOf[i]);
                    backward[k] = WordPairs.pair(wordOf[i], wordOf[i - 1]);
                    k++;
                }
            }
            pairs = new WordPairs(forward, backward, wordIds);
        }
        return pairs.mostFrequentBeside(word, after, fits);
    }

    /** The document's pairs of clean words, indexed when first asked for. */
    private WordPairs pairs;

    /** Are the Latin words {@code i - 1} and {@code i} clean and one space apart? */
    private boolean cleanPair(int i) {
        LatinToken x = tokens.get(i - 1);
        LatinToken y = tokens.get(i);
        return y.start() == x.end() + 1 && text.charAt(x.end()) == ' ' && clean(x) && clean(y);
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
        int id = wordIds.idOf(word.toLowerCase(Locale.ROOT));
        return id < 0 ? 0 : cleanUses[id];
    }

    /** {@link #vocabularyCount(String)} of the token's text, by the token's word number. */
    int vocabularyCount(LatinToken t) {
        return cleanUses[wordOf[t.index()]];
    }

    /**
     * The vocabulary's words in the iteration order of the {@code HashMap} it used to be, which decides
     * {@link AffixIndex#bestEndingWith}'s ties: that map rebuilt by the very calls that built it (one {@code merge}
     * per clean token, in text order; {@code merge} puts a new key at the head of its bin and resizes before it
     * adds, so only the same calls give the same order). Built only for a document that asks.
     */
    String[] vocabularyInMapOrder() {
        Map<String, Integer> replayed = new HashMap<>();
        for (LatinToken t : tokens) {
            if (inVocabulary(t)) {
                replayed.merge(t.lower(), 1, Integer::sum);
            }
        }
        return replayed.keySet().toArray(new String[0]);
    }

    /** The words the document uses cleanly, by word number, and their counts ({@link AffixIndex}'s input). */
    private AffixIndex affixIndex(boolean reversed) {
        int n = 0;
        for (int uses : cleanUses) {
            if (uses > 0) {
                n++;
            }
        }
        String[] words = new String[n];
        int[] counts = new int[n];
        int k = 0;
        for (int id = 0; id < cleanUses.length; id++) {
            if (cleanUses[id] > 0) {
                words[k] = wordIds.key(id);
                counts[k++] = cleanUses[id];
            }
        }
        return new AffixIndex(words, counts, reversed, this::vocabularyInMapOrder);
    }

    private AffixIndex byPrefix;
    private AffixIndex bySuffix;

    /** The vocabulary sorted for completing a head fragment (by prefix) or a tail fragment (by suffix); built when first asked. */
    AffixIndex vocabularyIndex(boolean byPrefix) {
        if (byPrefix) {
            if (this.byPrefix == null) {
                this.byPrefix = affixIndex(false);
            }
            return this.byPrefix;
        }
        if (bySuffix == null) {
            bySuffix = affixIndex(true);
        }
        return bySuffix;
    }

    /**
     * {@link CutSite}'s answers per token ({@code knownTailFragment}, {@code knownHeadCompletion}): the fragment
     * and the clause-switch detectors ask the same questions of the same words, and each answer walks the
     * glosses and the document's pairs; the context only grows lazy indexes, so an answer never changes.
     */
    private byte[] cutSiteAsked;
    private io.mixdoc.Seam[] knownTail;
    private Completer.Completion[] knownHead;

    /** Was {@code which} (1 tail, 2 head) asked of the token already? */
    boolean cutSiteAsked(LatinToken t, int which) {
        return cutSiteAsked != null && (cutSiteAsked[t.index()] & which) != 0;
    }

    io.mixdoc.Seam knownTail(LatinToken t) {
        return knownTail[t.index()];
    }

    io.mixdoc.Seam knownTail(LatinToken t, io.mixdoc.Seam answer) {
        if (knownTail == null) {
            knownTail = new io.mixdoc.Seam[tokens.size()];
        }
        knownTail[t.index()] = answer;
        asked(t, 1);
        return answer;
    }

    Completer.Completion knownHead(LatinToken t) {
        return knownHead[t.index()];
    }

    Completer.Completion knownHead(LatinToken t, Completer.Completion answer) {
        if (knownHead == null) {
            knownHead = new Completer.Completion[tokens.size()];
        }
        knownHead[t.index()] = answer;
        asked(t, 2);
        return answer;
    }

    private void asked(LatinToken t, int which) {
        if (cutSiteAsked == null) {
            cutSiteAsked = new byte[tokens.size()];
        }
        cutSiteAsked[t.index()] |= (byte) which;
    }

    String documentSpelling(String lower) {
        if (spelling == null) { // asked only for a completion's word: built then, from the clean tokens in text order
            spelling = new String[wordIds.size()];
            for (int k = 0; k < tokens.size(); k++) {
                LatinToken t = tokens.get(k);
                if (inVocabulary(t)) {
                    if (!t.isCapitalised()) {
                        spelling[wordOf[k]] = t.text(); // the lower-case form wins when both occur (the last one)
                    } else if (spelling[wordOf[k]] == null && !sentenceInitial(t)) {
                        spelling[wordOf[k]] = t.text(); // a name: capitalised mid-sentence (the first one)
                    }
                }
            }
        }
        int id = wordIds.idOf(lower);
        String s = id < 0 ? null : spelling[id];
        return s == null ? lower : s;
    }

    /**
     * A question to the lexicon about a token, answered once per word of the document whoever asks and however often
     * the document writes it: by word number for ASCII tokens (the lexicon lower-cases ASCII as the numbering does, so
     * {@code Redis} and {@code redis} get one answer), by {@link LatinToken#index} for the others (the lexicon
     * lower-cases those with {@link String#toLowerCase()}). {@code word} is the text the lexicon is asked with.
     */
    private final class LexiconAnswers {
        private final java.util.function.BiPredicate<LatinToken, String> question;
        private byte[] byWord;
        private byte[] byToken;

        LexiconAnswers(java.util.function.BiPredicate<LatinToken, String> question) {
            this.question = question;
        }

        boolean of(LatinToken t) {
            boolean ascii = (flags[t.index()] & NOT_ASCII) == 0;
            if (ascii && byWord == null) {
                byWord = new byte[wordIds.size()];
            } else if (!ascii && byToken == null) {
                byToken = new byte[tokens.size()];
            }
            byte[] answers = ascii ? byWord : byToken;
            int at = ascii ? wordOf[t.index()] : t.index();
            if (answers[at] == 0) {
                // an ASCII token's text and its lower case walk the lexicon alike: the lower case is at hand, no copy
                answers[at] = (byte) (question.test(t, ascii ? t.lower() : t.text()) ? ASKED | YES : ASKED);
            }
            return answers[at] == (ASKED | YES);
        }
    }

    private static final byte ASKED = 1;
    private static final byte YES = 2;
    private final LexiconAnswers known = new LexiconAnswers(this::commonOrUsed);
    private final LexiconAnswers inLexicon = new LexiconAnswers(this::inLexicon);

    /** {@link #isKnownWord(String)} of the token, its text given as {@code word}. */
    private boolean commonOrUsed(LatinToken t, String word) {
        return lexicon.isCommonWord(word) || vocabularyCount(t) > 0;
    }

    private boolean inLexicon(LatinToken t, String word) {
        return lexicon.contains(word);
    }

    /** {@link #isKnownWord(String)} of the token's text, looked up once per word ({@link LexiconAnswers}). */
    boolean isKnownWord(LatinToken t) {
        return known.of(t);
    }

    /**
     * The text in simplified characters, index for index ({@link io.mixdoc.text.Simplified}), converted when first
     * asked: a rule that reads a Chinese word beside a token (之类, 类型) reads traditional text (之類, 類型) the same.
     */
    String simplified() {
        return io.mixdoc.text.Simplified.of(doc);
    }

    /** {@link EnglishLexicon#contains(String)} of the token's text, looked up once per word ({@link LexiconAnswers}). */
    boolean inLexicon(LatinToken t) {
        return inLexicon.of(t);
    }

    /** A word of English as far as the lexicon or the document's own clean usage can tell. */
    boolean isKnownWord(String word) {
        return lexicon.isCommonWord(word) || vocabularyCount(word) > 0;
    }

    /**
     * Corner brackets, the quotation marks of Traditional Chinese (and of simplified text converted to it, where
     * “root” becomes 「root」): a quotation opening or closing on a Latin word is the author's edge, read as the
     * curly quotes are.
     */
    private static final String CORNER_QUOTE_OPENERS = "「『", CORNER_QUOTE_CLOSERS = "」』";

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
        if (isSharedMark(c)) {
            return chineseBeyondMarks(t.start(), -1);
        }
        if (CORNER_QUOTE_OPENERS.indexOf(c) >= 0) {
            return false; // 「fetchmail: a quotation opening on the word, as “ does
        }
        if (Chars.isHan(c) || Chars.isCjkPunct(c) && CORNER_QUOTE_CLOSERS.indexOf(c) < 0) {
            return true;
        }
        if (c == '”' || c == '’' || c == '·' || CORNER_QUOTE_CLOSERS.indexOf(c) >= 0) {
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
        if (isSharedMark(c)) {
            return chineseBeyondMarks(t.end(), +1);
        }
        if (CORNER_QUOTE_CLOSERS.indexOf(c) >= 0) {
            return false; // fetchmail」: a quotation closing on the word, as ” does
        }
        if (Chars.isHan(c) || Chars.isCjkPunct(c) && CORNER_QUOTE_OPENERS.indexOf(c) < 0) {
            return true;
        }
        if (c == '·' || c == '“' || CORNER_QUOTE_OPENERS.indexOf(c) >= 0) {
            int d = cpAt(t.end() + 1);
            return d >= 0 && Chars.isHan(d);
        }
        return false;
    }

    /**
     * The em dash and the ellipsis are English punctuation as much as Chinese ({@code apps—the neo-banks}):
     * they put a word beside Chinese only when Chinese stands on their other side ({@code 成本——the}).
     */
    private static boolean isSharedMark(int c) {
        return c == 0x2014 || c == 0x2026;
    }

    /** Is the first character past the run of shared marks next to {@code pos}, going {@code step}, Chinese? */
    private boolean chineseBeyondMarks(int pos, int step) {
        int i = step < 0 ? pos - 1 : pos;
        while (i >= 0 && i < text.length() && isSharedMark(text.charAt(i))) {
            i += step;
        }
        if (i < 0 || i >= text.length()) {
            return false;
        }
        int c = text.charAt(i);
        return Chars.isHan(c) || (Chars.isCjkPunct(c) && !isSharedMark(c));
    }

    boolean touchesDigit(LatinToken t) {
        int a = cpBefore(t.start());
        int b = cpAt(t.end());
        return (a >= 0 && Character.isDigit(a)) || (b >= 0 && Character.isDigit(b));
    }
}
