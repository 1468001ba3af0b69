package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two words whose space was lost: {@code andCentral}, {@code documentannouncement}. A token that
 * neither the lexicon nor the rest of the document knows is split where both halves are common
 * words (by SUBTLEX frequency), or at a lower-to-upper case change after a common word. The first
 * only in documents with Chinese: in plain English an unknown word is more often one the lexicon lacks
 * ({@code underdelivering}, {@code smallsat}, measured on real news pages) than two glued ones.
 */
public final class GluedWordsDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.GLUED_WORDS);
    }

    /** Minimum Zipf frequency of each half (3 = once per million words). */
    static final double MIN_ZIPF = 3.0;
    /** Two content words glued together must both be this common (Zipf). */
    static final double LONG_CONTENT_ZIPF = 3.3;
    /**
     * The longest half a split considers. Common English words are shorter (the lexicon's
     * {@code isWord} words over 20 letters are a handful of chemistry terms), and the bound keeps the
     * split linear: a token longer than two halves is never split, so a megabyte of letters without a
     * space costs one length test, not a million substrings.
     */
    static final int MAX_HALF = 24;
    private static final Set<String> NAME_PREFIXES = Set.of("mc", "mac", "o", "de", "di", "la", "le", "van", "von", "du", "da");

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        java.util.regex.Matcher author = AUTHOR_TAG.matcher(ctx.text); // one matcher for all the tokens
        for (LatinToken t : ctx.tokens) {
            ctx.deadline.check();
            boolean touches = ctx.touchesCjkBefore(t) || ctx.touchesCjkAfter(t) || ctx.touchesDigit(t);
            if (t.length() < 4 || t.isAllCaps() || (touches && !t.hasInnerCapital())) {
                continue; // a lower-case token at a cut is a fragment, not two words
            }
            // the lexicon asked once per word of the document, not per token; no copy of a capitalised token's text
            if (ctx.inLexicon(t) || ctx.vocabularyCount(t) > 1 || nextToApostrophe(ctx, t)) {
                continue;
            }
            if (onAuthorLine(ctx, t, author)) {
                continue; // "@author hubin miemie": the people a doc comment credits are handles, not two words
            }
            if (commandOutput(ctx, t.start())) {
                continue; // "Writing superblocks and ...: done" after "# mkfs.ext4 /dev/md0": a program's output, code-like
            }
            if (ctx.inTermPhrase(t) || !inEnglishStretch(ctx, t) || codeWord(t.lower())) {
                continue; // useState和useEffect, typeof: terms and code words, not two English words
            }
            if (CodeWordContext.codeWord(ctx, t.start(), t.end())) {
                continue; // file isdirectory name, DROP SCHEMA mystuff: a manual's names where they are names
            }
            if (!t.hasInnerCapital() && !ctx.hasChinese) {
                continue; // in English without Chinese an unknown word is a gap in the lexicon (underdelivering, smallsat)
            }
            Seam s = t.hasInnerCapital() ? camel(ctx, t) : lowerSplit(ctx, t);
            if (s != null && !englishLine(ctx, t)) {
                continue; // sangat, sofern, problemas: words of another Latin-script language are not two English words
            }
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Lines looked back through for the prompt whose output a line is. */
    static final int MAX_OUTPUT_LINES = 40;

    /**
     * Is the line at {@code pos} a program's output in a terminal transcript: a shell prompt line ({@code $ }, {@code # }
     * or {@code % } and a command the code layer reads) above it, and between them only lines that are neither Chinese
     * nor sentences (prose ends a transcript)? Output is what a program printed, never text that lost a space.
     */
    static boolean commandOutput(SeamContext ctx, int pos) {
        String text = ctx.text;
        int lineStart = text.lastIndexOf('\n', pos) + 1;
        for (int n = 0; n <= MAX_OUTPUT_LINES; n++) {
            int lineEnd = text.indexOf('\n', lineStart);
            // the line stripped as String.strip() would, read in place (this runs for every candidate token)
            int from = lineStart;
            int to = lineEnd < 0 ? text.length() : lineEnd;
            while (from < to && Character.isWhitespace(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
            while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            if (io.mixdoc.text.Chars.hasHan(text, from, to) || RepeatedLineDetector.isSentence(text, from, to)) {
                return false;
            }
            if (n > 0 && to - from > 2 && "$#%".indexOf(text.charAt(from)) >= 0 && text.charAt(from + 1) == ' '
                    && ctx.inCode(from, from + 1)) {
                return true;
            }
            if (lineStart == 0) {
                return false;
            }
            lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        }
        return false;
    }


    /** A doc comment's credit tag: its line names people by their handles (Javadoc, JSDoc, Doxygen, PHPDoc). */
    private static final java.util.regex.Pattern AUTHOR_TAG = java.util.regex.Pattern.compile("[\\s*/#]*[@\\\\](?:author|maintainer)\\b");

    /** The token stands on a line opened by an {@code @author} tag (after any comment marks). */
    private static boolean onAuthorLine(SeamContext ctx, LatinToken t, java.util.regex.Matcher author) {
        int from = ctx.text.lastIndexOf('\n', t.start()) + 1;
        return author.region(from, t.start()).lookingAt();
    }

    /** Share of the other Latin words of the line that must be common English words. */
    static final double MIN_ENGLISH_SHARE = 0.6;
    static final int MIN_LINE_WORDS = 4;

    /**
     * The line around the token is English: most of its other Latin words are common English words. A line of
     * Portuguese, Indonesian or German is not (measured on the real pages of the article-extraction set,
     * where {@code asas}, {@code sangat} and {@code anfallen} were split). Too few words to tell: English.
     */
    private static boolean englishLine(SeamContext ctx, LatinToken t) {
        int from = ctx.text.lastIndexOf('\n', t.start()) + 1;
        int nl = ctx.text.indexOf('\n', t.end());
        int to = nl < 0 ? ctx.text.length() : nl;
        int lo = 0;
        int hi = ctx.tokens.size();
        while (lo < hi) { // first token of the line
            int mid = (lo + hi) >>> 1;
            if (ctx.tokens.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int words = 0;
        int english = 0;
        for (int k = lo; k < ctx.tokens.size() && ctx.tokens.get(k).start() < to && words < MAX_LINE_SAMPLE; k++) {
            LatinToken w = ctx.tokens.get(k);
            if (w.start() == t.start()) {
                continue;
            }
            words++;
            if (ctx.lexicon.isCommonWord(w.lower())) {
                english++;
            }
        }
        return words < MIN_LINE_WORDS || english >= MIN_ENGLISH_SHARE * words;
    }

    /** A line's first words are enough to tell its language, and bound the cost on one long line. */
    static final int MAX_LINE_SAMPLE = 200;

    /** Keywords and names of programming that look like two glued English words. */
    private static final Set<String> CODE_WORDS = Set.of("typeof", "instanceof", "sizeof", "nullptr", "elif", "elseif",
            "endif", "ifdef", "ifndef", "readonly", "namespace", "goto", "nonlocal", "foreach", "varchar", "stdin",
            "stdout", "stderr", "localhost", "mkdir", "rmdir", "chmod", "chown", "whoami", "hostname", "username",
            "filename", "pathname", "dirname", "basename", "datetime", "timestamp", "uint", "boolean", "endfor",
            "endwhile", "fallthrough", "noexcept", "constexpr", "async", "await", "println", "printf", "sprintf",
            "strlen", "malloc", "realloc", "getattr", "setattr", "hasattr", "isinstance", "classpath", "webpack",
            "onclick", "onload", "innerhtml", "tostring", "hashcode", "keyup", "keydown", "setup", "teardown",
            // computing terms SCOWL lacks (written as one word in every style guide and standard)
            "whitespace", "strikethrough");

    /** A code word or computing term, or its plural ({@code whitespaces}). */
    private static boolean codeWord(String lower) {
        return CODE_WORDS.contains(lower) || (lower.endsWith("s") && CODE_WORDS.contains(lower.substring(0, lower.length() - 1)));
    }

    /**
     * Glued words are English prose that lost a space: the token has a common English word beside it across one
     * space. A command and its argument ({@code 等效于 whatis smail}) or a configuration line ({@code iface wlp4s0
     * inet dhcp}) has Latin words beside it too, but no English ones.
     */
    private static boolean inEnglishStretch(SeamContext ctx, LatinToken t) {
        return englishWord(ctx, ctx.wordBefore(t.start())) || englishWord(ctx, ctx.wordAfter(t.end()));
    }

    private static boolean englishWord(SeamContext ctx, String w) {
        return w != null && ctx.lexicon.isCommonWord(w);
    }

    /** Words with an apostrophe or hyphen next to them are often names or contractions (O'Neill, Xi'an). */
    private static boolean nextToApostrophe(SeamContext ctx, LatinToken t) {
        int a = ctx.cpBefore(t.start());
        int b = ctx.cpAt(t.end());
        return a == '\'' || a == '’' || b == '\'' || b == '’' || a == '-' || b == '-';
    }

    private static Seam camel(SeamContext ctx, LatinToken t) {
        String w = t.text();
        int cut = -1;
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                cut = i;
                break;
            }
        }
        String left = w.substring(0, cut);
        String right = w.substring(cut);
        boolean rightIsName = right.length() >= 2 && right.substring(1).chars().allMatch(Character::isLowerCase);
        boolean rightIsAcronym = right.length() >= 2 && right.chars().allMatch(Character::isUpperCase);
        if (!Character.isLowerCase(left.charAt(0)) || NAME_PREFIXES.contains(left.toLowerCase())
                || !(rightIsName || rightIsAcronym)) {
            return null; // YouTube, McDonald, iPhone, eBay
        }
        if (left.length() < 2 && !left.equals("a")) {
            return null;
        }
        if (hookName(ctx, left, right)) {
            return null; // beforeChange, onSubmit, afterUpload, isVisible: a callback's or a predicate's name
        }
        if (!ctx.lexicon.isWord(left) || ctx.lexicon.zipf(left) < MIN_ZIPF) {
            return null;
        }
        if (right.length() <= 3 && !rightIsAcronym || compound(ctx, right) || ctx.writtenAsCodeElsewhere(t)) {
            // mediaSrc, exitFullscreen, cnchar.hasPlugin elsewhere: an identifier's parts, not a name
            return null;
        }
        boolean touches = ctx.touchesCjkBefore(t) || ctx.touchesCjkAfter(t);
        if (!(FunctionWords.is(left) || (!touches && !ctx.lexicon.isWord(right)))) {
            // hideIcon, getParam: a verb and a noun make an identifier; English that lost a space glues
            // a function word (andCentral, theUS) or runs into a name (comprehensiveXinhua).
            return null;
        }
        return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.85, "common word glued to a capitalised word")
                .withRepair(left + " " + right, 0.85);
    }

    /**
     * Prefixes that name callbacks and predicates in code: {@code on}/{@code before}/{@code after} + an event,
     * {@code is}/{@code has} + a state. Followed by a capitalised common word ({@code beforeChange},
     * {@code onSubmit}, {@code isVisible}) the token is an identifier; prose that lost a space after one of
     * them and runs into a name the lexicon lacks ({@code afterObama}) stays a seam.
     */
    private static final Set<String> HOOK_PREFIXES = Set.of("on", "before", "after", "is", "has");

    /** A hook prefix, then a common English word capitalised: an identifier. */
    private static boolean hookName(SeamContext ctx, String left, String right) {
        String r = right.toLowerCase(java.util.Locale.ROOT);
        return HOOK_PREFIXES.contains(left) && !right.chars().allMatch(Character::isUpperCase)
                && ctx.lexicon.isWord(r) && ctx.lexicon.zipf(r) >= MIN_ZIPF;
    }

    /** {@code Fullscreen}, {@code Stylesheet}: two English words written as one, a compound rather than a name. */
    private static boolean compound(SeamContext ctx, String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        for (int i = 3; i <= lower.length() - 3; i++) {
            if (ctx.lexicon.isWord(lower.substring(0, i)) && ctx.lexicon.isWord(lower.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two content words with no function word between them may be the author's compound or name: a
     * capitalised one ({@code Sportsound}: a programme) or a noun before a gerund ({@code cinemagoing}).
     * The split is still a seam, but its repair is offered, not made.
     */
    private static boolean contentCompound(String left, String right, boolean capitalised) {
        if (FunctionWords.is(left) || FunctionWords.is(right)) {
            return false;
        }
        return capitalised || right.endsWith("ing");
    }

    /**
     * A token one letter short of a common word ({@code beteen}: between) is a typo of that word, not two
     * words glued ({@code be teen}): splitting it would make the damage worse.
     */
    static boolean typoOfOneWord(SeamContext ctx, String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 1);
        for (int i = 0; i <= lower.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                b.setLength(0);
                b.append(lower, 0, i).append(c).append(lower, i, lower.length());
                // read in place: 26 candidates a position, nearly all no word, need no string each
                if (ctx.lexicon.isWord(b, 0, b.length()) && ctx.lexicon.zipf(b, 0, b.length()) >= MIN_ZIPF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens this short that split into two words are as often names, abbreviations or code words (hubin, iface, todo). */
    static final int MAX_SURE_SHORT = 5;

    /**
     * Splits where a space was lost. Compounds are everywhere in English (lockdown, pushback,
     * Newman), so a split needs one of two strong signs: a function word on one side
     * ({@code theproperty}, {@code Mondaywill}), or two long, common content words
     * ({@code documentannouncement}).
     */
    private static Seam lowerSplit(SeamContext ctx, LatinToken t) {
        String w = t.text();
        boolean capitalised = t.isCapitalised();
        String bestLeft = null;
        String bestRight = null;
        double bestScore = 0;
        if (w.length() > 2 * MAX_HALF) {
            return null;
        }
        for (int i = Math.max(1, w.length() - MAX_HALF); i <= Math.min(MAX_HALF, w.length() - 2); i++) {
            if (!ctx.lexicon.isWord(w, 0, i) || !ctx.lexicon.isWord(w, i, w.length())) {
                continue; // read in place: most splits are no two words, and need no substrings
            }
            String left = w.substring(0, i);
            String right = w.substring(i);
            double score = Math.min(ctx.lexicon.zipf(left), ctx.lexicon.zipf(right));
            boolean functionLeft = FunctionWords.is(left) && !capitalised
                    && (right.length() >= 3 || FunctionWords.is(right)); // theproperty, itis
            boolean functionRight = FunctionWords.is(right) && left.length() >= 3
                    && (!capitalised || right.length() >= 4); // Justin, Connor: names, not "Just in"
            boolean longContent = left.length() >= 5 && right.length() >= 5 && score >= LONG_CONTENT_ZIPF;
            if (!(functionLeft || functionRight || longContent) || score < MIN_ZIPF) {
                continue;
            }
            if (score > bestScore) {
                bestScore = score;
                bestLeft = left;
                bestRight = right;
            }
        }
        if (bestLeft == null) {
            return null;
        }
        double conf = Math.min(0.9, 0.45 + bestScore / 12);
        boolean unsure = w.length() <= MAX_SURE_SHORT || typoOfOneWord(ctx, w)
                || contentCompound(bestLeft, bestRight, capitalised);
        double repairConf = unsure ? Math.min(conf, CutSite.PROPOSAL) : conf;
        return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, conf, "unknown token splits into two words")
                .withRepair(bestLeft + " " + bestRight, repairConf);
    }
}
