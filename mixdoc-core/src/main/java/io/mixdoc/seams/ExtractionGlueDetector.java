package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Terms run together where an extractor lost the separator or inline element between them
 * ({@code macOSLinux}, {@code ARMv8RISC-V}, {@code dh-makedebhelper}), and one term written twice where
 * a heading was glued to a sentence that starts with it ({@code RedisRedis is}). Plain words glued
 * together are {@link GluedWordsDetector}'s.
 *
 * <p>Evidence comes from the document itself: both halves must stand alone elsewhere in it, and one of
 * them must be a marked term (a digit, a hyphen, an inner capital, or an acronym) so that ordinary
 * compounds ({@code debhelper}, {@code database}) are never split; CamelCase names made of two
 * capitalised words ({@code JavaScript}, {@code WordPress}), names in capitals ({@code SIGPIPE},
 * {@code HOSTTYPE}) and identifiers ({@code JSONPath}, {@code snake_case}, {@code dotted.names}) are left alone.
 */
public final class ExtractionGlueDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.DUPLICATION, SeamType.GLUED_WORDS);
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,}");
    /** A Java-style class name: a capital, letters with a capital inside, a lower-case end ({@code CompletableFuture}, {@code JFinal}). */
    private static final Pattern PASCAL_NAME = Pattern.compile("[A-Z][A-Za-z]*[A-Z][A-Za-z]*[a-z]");
    /** {@code stpLogicMap}, {@code firstParamConsumer}: code, never glue. */
    /**
     * {@code mediaSrc}, {@code exitFullscreen}, and ending in an acronym ({@code minifyWXML}, {@code autoPrefixWXSS}); an
     * acronym inside, before a capitalised word, is no identifier's ({@code macOSLinux}: two names run together).
     */
    private static final Pattern CAMEL_IDENTIFIER = Pattern.compile("[a-z]+([A-Z][a-z0-9]+)*([A-Z][a-z0-9]+|[A-Z]{2,}[0-9]*)");
    static final int MIN_PART = 3;
    static final int MIN_LOWER_GLUE = 10;
    static final int MIN_LOWER_PART = 5;

    private record Term(int start, int end, String text) {
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        for (Seam s : WrittenApartGlue.find(ctx)) {
            if (!ctx.inCode(s.start(), s.end()) && !CodeWordContext.codeWord(ctx, s.start(), s.end())) {
                out.add(s); // apt-getapt-cache reads as one protected name, but apt-get, apt-cache elsewhere say otherwise
            }
        }
        out.addAll(TableRowGlue.find(ctx));
        for (Seam s : ChineseListGlue.find(ctx)) {
            if (!ctx.inCode(s.start(), s.end())) {
                out.add(s);
            }
        }
        out.addAll(sentenceEnds(ctx));
        out.addAll(datesRunOn(ctx));
        TermCounts counts = new TermCounts(text); // the terms as spans: a term's text is copied out only for a candidate
        for (int i = 0; i < counts.size(); i++) {
            if (!protectedContext(text, counts.start(i), counts.end(i))) {
                counts.count(i); // ".deb", "/dev/": parts of paths and names are not evidence
            }
        }
        LowerCasedTerms lowerCased = new LowerCasedTerms(counts);
        int found = out.size();
        java.util.regex.Matcher camel = CAMEL_IDENTIFIER.matcher(text); // one matcher for all the terms
        for (int i = 0; i < counts.size(); i++) {
            int start = counts.start(i);
            int end = counts.end(i);
            if (overlapsAny(out, found, start, end)) {
                continue; // a pair written apart elsewhere said so already
            }
            if (end - start < 2 * MIN_PART || end - start > MAX_GLUED || protectedContext(text, start, end) || counts.countOf(i) > 1) {
                continue;
            }
            // read in place; a camel-case identifier starts with [a-z]: the regex runs only on those, over the term's region
            if (ctx.lexicon.contains(text, start, end) || isAsciiLower(text.charAt(start)) && camel.region(start, end).matches()) {
                continue;
            }
            Term t = new Term(start, end, text.substring(start, end)); // a candidate: its text is copied out
            Seam s = doubled(ctx, t, lowerCased);
            if (s == null) {
                s = split(t, counts);
            }
            if (s == null) {
                s = lowerTerms(ctx, t, counts);
            }
            if (s == null) {
                s = englishWords(ctx, t, counts);
            }
            if (s == null) {
                s = listItem(ctx, t, counts);
            }
            if (s != null && !ctx.isProtected(s.start(), s.end()) && !CodeWordContext.codeWord(ctx, s.start(), s.end())) {
                // the other rules read names and identifiers as the tokenizer does, and a manual's names where they are names: never glue
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Only for pairs the document writes apart: a glued pair of hyphenated names ({@code apt-getapt-cache})
     * looks like one protected name to the tokenizer. Everything else this detector finds in protected text it
     * drops itself, and code is never a seam.
     */
    @Override
    public boolean findsDamageInProtectedText() {
        return true;
    }

    /** Lost separators say nothing of words a page translator cut. */
    @Override
    public boolean corroboratesWordPieces() {
        return false;
    }

    /** Does {@code t} overlap one of the first {@code count} seams? */
    private static boolean overlapsAny(List<Seam> seams, int count, int start, int end) {
        for (int i = 0; i < count; i++) {
            if (seams.get(i).overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Longer tokens are not two or three terms run together; the splits below try every cut (and every
     * second cut), so without this bound one long run of letters would cost the cube of its length.
     */
    static final int MAX_GLUED = 96;

    /** {@code RedisRedis is …}: a term twice, the second starting a sentence; else a plain duplicate. */
    /**
     * The document's terms (those counted) lower-cased, made on first use: only a doubled term asks, and most
     * documents have none, so a second map of every term is not built for them.
     */
    private static final class LowerCasedTerms {
        private final TermCounts terms;
        private java.util.Set<String> lowerCased;

        LowerCasedTerms(TermCounts terms) {
            this.terms = terms;
        }

        boolean contains(String lower) {
            if (lowerCased == null) {
                lowerCased = terms.lowerCased();
            }
            return lowerCased.contains(lower);
        }
    }

    /** Characters either side of a doubled word searched for the Chinese it may romanise. */
    static final int ROMANISED_REACH = 24;

    /**
     * Does the doubled word spell, in toneless pinyin, Chinese written just before or after it ({@code 人人网} above
     * {@code RENREN}, {@code 拉拉} beside {@code Lala})? Chinese names double their syllables, and so does their
     * romanisation: the double is the name's, not a copy.
     */
    static boolean romanisesChineseNearby(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        int from = Math.max(0, start - ROMANISED_REACH);
        int to = Math.min(text.length(), end + ROMANISED_REACH);
        for (int i = from; i < to; ) {
            if (!Chars.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && Chars.isHan(text.charAt(j))) {
                j++;
            }
            if (com.hankcs.hanlp.HanLP.convertToPinyinString(text.substring(i, j), "", false).contains(word)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static Seam doubled(SeamContext ctx, Term t, LowerCasedTerms lowerCased) {
        String w = t.text();
        if (w.length() % 2 != 0) {
            return null;
        }
        String half = w.substring(0, w.length() / 2);
        if (!half.equals(w.substring(w.length() / 2)) || !half.chars().anyMatch(Character::isLetter)
                || CodeWordContext.declaredName(ctx.text, t.start()) || romanisesChineseNearby(ctx.text, t.start(), t.end())) {
            return null; // public @interface ManyMany: a program's name; 人人网 / RENREN: a name's own syllables
        }
        boolean heading = headingBefore(ctx.text, t) && paragraphAfter(ctx.text, t) && standsAlone(ctx.text, half);
        if (heading && (Character.isUpperCase(half.charAt(0)) || half.length() >= 4) && SECTION_START.matcher(lineBefore(ctx.text, t)).matches()) {
            // 10.5. GitGit 是: a numbered heading ending with the term, glued to its paragraph that starts with it
            return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.8, "a heading glued to its paragraph, which starts with its last term")
                    .withRepair(half + "\n\n" + half, CutSite.PROPOSAL);
        }
        if (half.length() < 4 && !isMarked(half)) {
            return null; // tantan, setset: short doubles are names and typos as often as damage
        }
        boolean known = lowerCased.contains(half.toLowerCase(java.util.Locale.ROOT)) || isMarked(half)
                || ctx.lexicon.isCommonWord(half);
        if (!known) {
            return null; // couscous, bonbon: words that double by nature
        }
        String next = ctx.wordAfter(t.end());
        boolean sentenceStarts = Character.isUpperCase(half.charAt(0)) && next != null
                && Character.isLowerCase(ctx.text.charAt(t.end() + 1));
        if (sentenceStarts) {
            return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.8, "a term glued to the sentence that repeats it")
                    .withRepair(half + ". " + half, 0.6);
        }
        if (heading) {
            // 10.5. GitGit 是: a heading ending with the term, glued to its paragraph that starts with it
            return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.8, "a heading glued to its paragraph, which starts with its last term")
                    .withRepair(half + "\n\n" + half, CutSite.PROPOSAL);
        }
        if (chineseSentences(ctx.text, t) && standsAlone(ctx.text, half)) {
            // 的 MTUMTU 是: a sentence ended on the term and the next began with it, the full stop lost
            return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.8, "a term ending a sentence glued to the next, which starts with it")
                    .withRepair(half + "。" + half, CutSite.PROPOSAL);
        }
        return Seam.of(t.start(), t.end(), SeamType.DUPLICATION, 0.85, "a term written twice").withRepair(half, 0.8);
    }

    /**
     * A word, a full stop (or {@code ?}, {@code !}) and a capitalised word run together, the sentence going on after it
     * ({@code it worked.The next}): the space after a sentence end was lost.
     */
    static final Pattern SENTENCE_GLUE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@/\\\\#:=+'’-])([A-Za-z][a-z]+)([.?!])([A-Z][a-z]+|A|I)(?= [\\p{L}\\p{N}\"“(])");

    /**
     * The space after a sentence end lost ({@code it worked.The next day} → {@code it worked. The next day}). Code in prose
     * has the same shape ({@code strings.Split to}, {@code Math.Round rounds}), so a reader's evidence is asked for: the
     * word after the stop is a function word that starts sentences ({@code The}, {@code If}, {@code This}), or, after a
     * lower-case English word, a common English word or a word the document writes capitalised elsewhere on its own
     * ({@code Users may}, {@code Debian}), in a run the document writes nowhere else (code names repeat:
     * {@code strings.Split}). Code is never a seam. The space is proposed: a line break may have been lost instead.
     */
    private static List<Seam> sentenceEnds(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        if (!RunOnCandidates.sentenceEnd(text)) {
            return out;
        }
        java.util.regex.Matcher m = SENTENCE_GLUE.matcher(text);
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(3);
            boolean starter = FunctionWords.is(right) || SENTENCE_STARTERS.contains(right);
            boolean lowerWord = Character.isLowerCase(left.charAt(0)) && ctx.lexicon.isWord(left);
            boolean evidence = starter ? Character.isLowerCase(left.charAt(0)) || ctx.lexicon.isWord(left)
                    : lowerWord && right.length() >= 2 && (ctx.lexicon.isCommonWord(right) || writtenCapitalised(text, right, m.start(3)))
                            && text.indexOf(m.group(), m.end()) < 0 && text.lastIndexOf(m.group(), m.start() - 1) < 0;
            if (!evidence || ctx.inCode(m.start(), m.end())) {
                continue;
            }
            out.add(Seam.of(m.start(), m.end(), SeamType.GLUED_WORDS, 0.8, "a sentence end glued to the next sentence")
                    .withRepair(left + m.group(2) + " " + right, CutSite.PROPOSAL));
        }
        return out;
    }

    /**
     * A word run into a date that follows it ({@code West Palm Beach, FLJune 10 --}, {@code Last updatedMarch 3, 2020}):
     * a month name and a day number are a date, and no word or name ends in a month name written with its capital, so
     * the line or element between them was lost. Letters only before the month (not {@code 2019June}, not code).
     */
    static final Pattern DATE_RUN_ON = Pattern.compile("(?<![\\p{L}\\p{N}_.@/\\\\#:=+'’-])([A-Za-z]*[a-z]|[A-Z]{2,})"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)"
            + " ([1-9]|[12][0-9]|3[01])(?![\\p{L}\\p{N}:./-])");

    private static List<Seam> datesRunOn(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        if (!RunOnCandidates.monthAfterLetter(text)) {
            return out;
        }
        java.util.regex.Matcher m = DATE_RUN_ON.matcher(text);
        while (m.find()) {
            String left = m.group(1);
            if (left.length() < 2 || ctx.inCode(m.start(), m.end()) || ctx.isProtected(m.start(), m.end(2))) {
                continue;
            }
            out.add(Seam.of(m.start(), m.end(2), SeamType.GLUED_WORDS, 0.8, "a word run into the date after it")
                    .withRepair(left + " " + m.group(2), CutSite.PROPOSAL));
        }
        return out;
    }

    /** Words that start sentences and are not {@link FunctionWords}: pronouns, adverbs and the imperative {@code See}. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("There", "Here", "Please", "See", "When", "Since", "Although",
            "Once", "Otherwise", "However", "Each", "Most", "Many", "What", "Where", "Why", "How", "One", "I", "Just", "Even", "Such",
            "Now", "Note", "Thus", "Hence", "Instead", "Still", "Yet", "While", "Because", "Unless", "Only", "Both", "Any", "No");

    /** The word written capitalised elsewhere in the text as a whole word, not right after a full stop glued to a word. */
    private static boolean writtenCapitalised(String text, String word, int except) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.')
                    && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
            if (i != except && whole) {
                return true;
            }
        }
        return false;
    }

    static final int MAX_HEADING = 60;
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d+\\.)+\\d*\\.?");

    /**
     * The term ends a short line start that reads as a heading: nothing, a section number ({@code 5.21.}) or a few
     * words that end no sentence ({@code Starting}, {@code 设置}).
     */
    private static boolean headingBefore(String text, Term t) {
        if (t.start() - (text.lastIndexOf('\n', t.start() - 1) + 1) > MAX_HEADING) {
            return false;
        }
        String before = lineBefore(text, t);
        String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        boolean endsSentence = !before.isEmpty() && "。！？.!?:：;；,，".indexOf(before.charAt(before.length() - 1)) >= 0
                && !SECTION_NUMBER.matcher(last).matches();
        return !endsSentence && (before.isEmpty() || before.chars().filter(c -> c == ' ').count() < 6);
    }

    /** A numbered heading's start before the term: {@code 10.5. }, {@code 1.3.2. Starting}. */
    private static final Pattern SECTION_START = Pattern.compile("(\\d+\\.)+\\d*\\.?( .*)?");

    private static String lineBefore(String text, Term t) {
        return text.substring(text.lastIndexOf('\n', t.start() - 1) + 1, t.start()).strip();
    }

    /** A paragraph goes on after the doubled term: a lower-case word or Chinese, on the same line. */
    private static boolean paragraphAfter(String text, Term t) {
        int a = t.end();
        if (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return a < text.length() && (Character.isLowerCase(text.charAt(a)) && text.charAt(t.end()) == ' '
                || io.mixdoc.text.Chars.isHan(text.charAt(a)));
    }

    /** Chinese text on both sides of the term (spaces aside): sentences there end with 。, not with a capital. */
    private static boolean chineseSentences(String text, Term t) {
        int b = t.start() - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int a = t.end();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return b >= 0 && a < text.length() && io.mixdoc.text.Chars.isHan(text.charAt(b)) && io.mixdoc.text.Chars.isHan(text.charAt(a));
    }

    /** The term written alone elsewhere in the document, as a whole term. */
    private static boolean standsAlone(String text, String term) {
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            boolean before = i == 0 || !WrittenApartGlue.isTermChar(text.charAt(i - 1));
            boolean after = i + term.length() >= text.length() || !WrittenApartGlue.isTermChar(text.charAt(i + term.length()));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** Two (or three) terms of the document run together. */
    private static Seam split(Term t, TermCounts counts) {
        String w = t.text();
        for (int i = MIN_PART; i <= w.length() - MIN_PART; i++) {
            if (!counts.contains(w, 0, i)) {
                continue; // most prefixes are no term: read in place, copied out only for those that are
            }
            String a = w.substring(0, i);
            String rest = w.substring(i);
            if (!boundary(a, rest)) {
                continue;
            }
            if (counts.contains(rest) && fits(a, rest)) {
                return glue(t, a + " " + rest);
            }
            for (int j = MIN_PART; j <= rest.length() - MIN_PART; j++) {
                if (!counts.contains(rest, 0, j) || !counts.contains(rest, j, rest.length())) {
                    continue;
                }
                String b = rest.substring(0, j);
                String c = rest.substring(j);
                if (boundary(b, c) && fits(a, b) && fits(b, c)) {
                    return glue(t, a + " " + b + " " + c);
                }
            }
        }
        return null;
    }

    /**
     * Two lower-case commands or package names run together ({@code aliasunalias}, {@code dpkgdebhelper}):
     * both stand alone elsewhere, at least one is no English word (so {@code webserver}, {@code database}
     * stay), and the glued form occurs only here.
     */
    private static Seam lowerTerms(SeamContext ctx, Term t, TermCounts counts) {
        String w = t.text();
        if (w.length() < MIN_LOWER_GLUE || !asciiLower(w, true)) {
            return null;
        }
        return onlyCut(t, counts, MIN_PART, (a, b) -> boundary(a, b)
                && a.length() >= MIN_LOWER_PART && b.length() >= MIN_LOWER_PART // postinst, preinst: short parts make package names
                && !(ctx.lexicon.isWord(a) && ctx.lexicon.isWord(b)) && !FunctionWords.is(a) && !FunctionWords.is(b));
    }

    /**
     * Two English words run together where a comma or "and" was lost ({@code dependenciesconflicts},
     * {@code installedupgraded}): both common words of four letters or more that the document also writes
     * apart (without that, {@code userspace} reads users|pace), the whole no word and one way to cut it. English closed compounds never inflect their first
     * word ({@code filesystem}, {@code commandline}, {@code domainname}), so the first word must end in a
     * plural, {@code -ed} or {@code -ing}.
     */
    private static Seam englishWords(SeamContext ctx, Term t, TermCounts counts) {
        String w = t.text();
        if (w.length() < MIN_ENGLISH_GLUE || !asciiLower(w, false)) {
            return null;
        }
        return onlyCut(t, counts, MIN_ENGLISH_PART, (a, b) -> inflected(a) && ctx.lexicon.isCommonWord(a)
                && ctx.lexicon.isCommonWord(b) && !FunctionWords.is(a) && !FunctionWords.is(b));
    }

    /**
     * The one cut of a term into two parts the document also writes alone that {@code accepts} takes; null when there
     * is none, or more than one (two ways to cut: no evidence which).
     */
    private static Seam onlyCut(Term t, TermCounts counts, int minPart, java.util.function.BiPredicate<String, String> accepts) {
        String w = t.text();
        Seam found = null;
        for (int i = minPart; i <= w.length() - minPart; i++) {
            if (!counts.contains(w, 0, i) || !counts.contains(w, i, w.length())) {
                continue; // the parts are read in place; copied out only when the document uses both
            }
            String a = w.substring(0, i);
            String b = w.substring(i);
            if (accepts.test(a, b)) {
                if (found != null) {
                    return null;
                }
                found = glue(t, a + " " + b);
            }
        }
        return found;
    }

    static boolean inflected(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    static final int MIN_ENGLISH_GLUE = 9;
    static final int MIN_ENGLISH_PART = 4;

    /**
     * An item of a list of terms ({@code interface, method, property} → {@code interfacemethod, property})
     * made of two terms the document uses apart, not both English words when in lower case ({@code newline},
     * {@code reportbug}, {@code webpack} are compounds): the list itself says items are single terms. Items of a
     * naming family ({@code pdftops, pdfinfo}; {@code preinst, postinst, postrm}: another term of the line
     * sharing the first part as prefix or the second as suffix) are names, not glue.
     */
    private static Seam listItem(SeamContext ctx, Term t, TermCounts counts) {
        String w = t.text();
        String before = listNeighbour(ctx.text, t.start(), -1);
        String after = listNeighbour(ctx.text, t.end(), 1);
        if (before == null && after == null || ctx.lexicon.contains(w) || ACRONYM.matcher(w).matches()) {
            return null;
        }
        List<String> line = null; // the line's terms, read only for a split whose parts the document uses
        Seam found = null;
        for (int i = MIN_PART; i <= w.length() - MIN_PART; i++) {
            if (!counts.contains(w, 0, i) || !counts.contains(w, i, w.length())) {
                continue; // the parts are read in place; copied out only when the document uses both
            }
            String a = w.substring(0, i);
            String b = w.substring(i);
            if (!boundary(a, b) || !hasLetters(a) || !hasLetters(b)) {
                continue;
            }
            if (line == null) {
                line = lineTerms(ctx.text, t);
            }
            if (family(a, b, line) || isLower(w) && ctx.lexicon.isWord(a) && ctx.lexicon.isWord(b) || oneName(a, b)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = glue(t, a + " " + b);
        }
        return found;
    }

    private static boolean isLower(String w) {
        return w.chars().noneMatch(Character::isUpperCase);
    }

    /** Another term of the line shares the first part as a prefix or the second as a suffix: a naming scheme. */
    private static boolean family(String a, String b, List<String> line) {
        for (String x : line) {
            if (!x.equals(a + b) && (x.length() > a.length() && x.startsWith(a) || x.length() > b.length() && x.endsWith(b))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lineTerms(String text, Term t) {
        int from = text.lastIndexOf('\n', t.start()) + 1;
        int to = text.indexOf('\n', t.end());
        String line = text.substring(from, to < 0 ? text.length() : to);
        TermCounts terms = new TermCounts(line);
        List<String> out = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            out.add(line.substring(terms.start(i), terms.end(i)));
        }
        return out;
    }

    /**
     * The Latin term on the other side of a list separator ({@code ", "}, {@code "、"}, {@code "，"}) next to
     * {@code [at]} in direction {@code dir}, or null when there is none.
     */
    private static String listNeighbour(String text, int at, int dir) {
        int i = dir < 0 ? at - 1 : at;
        if (i < 0 || i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        if (c != ',' && c != '、' && c != '，') {
            return null;
        }
        i += dir;
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += dir;
        }
        String term = WrittenApartGlue.termRunFrom(text, i, dir);
        return term != null && term.chars().anyMatch(Character::isLetter) ? term : null;
    }

    /** The separator lost is unknown (a comma, 和, 、): the split is proposed, never applied. */
    private static Seam glue(Term t, String repair) {
        return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.8, "terms the document uses apart, run together")
                .withRepair(repair, 0.45);
    }

    /** Never cut next to a hyphen or plus, nor between two digits. */
    private static boolean boundary(String a, String b) {
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        return x != '-' && x != '+' && y != '-' && y != '+' && !(Character.isDigit(x) && Character.isDigit(y));
    }

    /** Two capitalised words ({@code JavaScript}) or an acronym before a word ({@code JSONPath}, {@code HOSTTYPE}): one name. */
    private static boolean oneName(String a, String b) {
        return CAPITALISED_WORD.matcher(a).matches() && Character.isUpperCase(b.charAt(0)) || pascalName(a, b)
                || ACRONYM.matcher(a).matches() && !Character.isDigit(b.charAt(0)) || CAMEL_IDENTIFIER.matcher(a + b).matches();
    }

    /** CompletableFuture|Timeout, JFinal|Json: class names join their words at a capital, so the join is no lost separator. */
    private static boolean pascalName(String a, String b) {
        return PASCAL_NAME.matcher(a).matches() && CAPITALISED_WORD.matcher(b).lookingAt();
    }

    /** One side a marked term; not two capitalised words (JavaScript) nor an acronym before a word (JSONPath). */
    static boolean fits(String a, String b) {
        if (!(isMarked(a) || isMarked(b)) || !hasLetters(a) || !hasLetters(b)) {
            return false;
        }
        if (CAPITALISED_WORD.matcher(a).matches() && Character.isUpperCase(b.charAt(0))) {
            return false;
        }
        if (pascalName(a, b)) {
            return false;
        }
        if (ACRONYM.matcher(a).matches() && (CAPITALISED_WORD.matcher(b).lookingAt() || ACRONYM.matcher(b).lookingAt()
                || Character.isLowerCase(b.charAt(0)))) {
            return false; // HOSTTYPE, SIGPIPE, UUCPnet: one name in capitals
        }
        char x = a.charAt(a.length() - 1);
        if (Character.isLowerCase(x) && Character.isLowerCase(b.charAt(0)) && (!isMarked(a) || b.length() < MIN_LOWER_PART)) {
            return false; // deb|make-doc, apt-list|bugs: a lower-case cut needs a marked term before a long one (dh-make|debhelper)
        }
        return true;
    }

    private static boolean hasLetters(String s) {
        return s.chars().filter(Character::isLetter).count() >= 2;
    }

    /** A digit, a hyphen, a capital after the first letter, or an acronym: {@code ARMv8}, {@code dh-make}, {@code macOS}. */
    static boolean isMarked(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '-' || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /** Terms inside paths, URLs, e-mail addresses, identifiers and dotted names are not prose. */
    private static boolean protectedContext(String text, int start, int end) {
        int b = start > 0 ? text.charAt(start - 1) : ' ';
        int a = end < text.length() ? text.charAt(end) : ' ';
        boolean dotted = a == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        return "/\\._@:=<>$%&~`'\"".indexOf(b) >= 0 || "/\\_@(=<>$%&~`'\"".indexOf(a) >= 0 || dotted
                || (a == ':' && end + 1 < text.length() && text.charAt(end + 1) == '/');
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Only the letters a to z (and digits when {@code digits}): a loop, not a stream per candidate. */
    private static boolean asciiLower(String w, boolean digits) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isAsciiLower(c) && !(digits && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
