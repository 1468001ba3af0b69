package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pair that the document writes apart ({@code non-free 和 contrib}, {@code SCSI或串行}) run together in one
 * place ({@code non-freecontrib}, {@code SCSI串行}): an extractor lost the separator or the
 * inline element between them there. The copy written apart is the evidence and gives the repair; a glued
 * form the document also writes elsewhere is the author's own compound. Pairs across the particle 的 are left
 * alone: {@code 系统配置} for {@code 系统的配置} is good Chinese.
 *
 * <p>Chinese words have no spaces to mark them, so HanLP's segmentation must agree: at the copy written apart
 * the separator is a word of its own (not the 和 of 共和国) between two words; where they run together, the
 * run starts and ends at word boundaries and is no dictionary word ({@code 日期时间}).
 */
final class WrittenApartGlue {
    private WrittenApartGlue() {
    }

    /**
     * How the document writes the pair apart: the whole text from the first word's start to the second's end, which
     * ends at {@code end} in the text (-1 when not yet known).
     */
    private record Apart(String left, String right, String written, int end) {
    }

    static final int HAN_KEY = 2;
    static final int MAX_HAN_WORD = 4;
    /** Above the lexicon-gap split's 0.9: the copy written apart gives the separator, so its proposal wins over a bare split. */
    static final double CONFIDENCE = 0.92;
    /**
     * Copies written apart that a term and a Chinese word need: Chinese runs words together as it likes
     * ({@code 可视化分析} and {@code 可视化和分析} in one text, measured on the real corpus), so one copy is not enough.
     * Two Chinese words are never reported: even two copies apart were no evidence there.
     */
    static final int MIN_CHINESE_COPIES = 2;

    static List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        // Junction -> the separators whose pair has it. Which of them HanLP confirms is asked only when some
        // glue matches the junction (evidence): segmenting at every separator was most of this class's time.
        Map<String, List<Integer>> byJunction = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '、' || c == '和' || c == '或' || c == ',' || text.startsWith(" and ", i) || text.startsWith(" or ", i)
                    || c == '\n' && (termLines(text, i) || wordsAcrossLine(text, i) || termAndWordLines(text, i))) {
                Apart a = apart(ctx, i, false);
                // two Chinese words are never reported (glueAt), so their copies are not kept
                if (a != null && (isLatin(a.left()) || isLatin(a.right()))) {
                    byJunction.computeIfAbsent(junction(a.left(), a.right()), k -> new ArrayList<>()).add(i);
                }
            }
        }
        if (byJunction.isEmpty()) {
            return List.of();
        }
        Evidence evidence = new Evidence(ctx, byJunction);
        List<Seam> out = new ArrayList<>();
        int lastEnd = -1;
        for (int j = 1; j < text.length(); j++) { // j: where the second word would start
            if (j < lastEnd || !isWordChar(text.charAt(j - 1)) || !isWordChar(text.charAt(j))) {
                continue;
            }
            Seam s = glueAt(ctx, j, evidence);
            if (s != null) {
                out.add(s);
                lastEnd = s.end();
            }
        }
        return out;
    }

    /**
     * Sorted, the {@link String#hashCode} of each junction's two sides run together (the junction without its
     * {@code \0}), computed on the characters: no string per junction. Duplicates stay; a search only asks whether.
     */
    static int[] gluedHashes(java.util.Collection<String> junctions) {
        int[] hashes = new int[junctions.size()];
        int n = 0;
        for (String k : junctions) {
            int h = 0;
            boolean joined = false;
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (c == '\u0000' && !joined) {
                    joined = true; // the first one is the junction's; left + right has none
                } else {
                    h = 31 * h + c;
                }
            }
            hashes[n++] = h;
        }
        java.util.Arrays.sort(hashes);
        return hashes;
    }

    /**
     * The pairs written apart by junction, each confirmed by HanLP ({@link #apart} with segmentation) when first
     * asked for. The junction does not depend on the segmentation: a Chinese side is keyed by its two characters
     * next to the separator, which segmentation keeps or rejects but never moves. Also the hashes of the glued
     * forms of Latin pairs, so a position inside a Latin word that no pair could glue into costs no substring.
     */
    private static final class Evidence {
        private final SeamContext ctx;
        private final Map<String, List<Integer>> separators;
        private final Map<String, List<Apart>> confirmed = new HashMap<>();
        private final int[] latinGluedHashes;

        Evidence(SeamContext ctx, Map<String, List<Integer>> separators) {
            this.ctx = ctx;
            this.separators = separators;
            this.latinGluedHashes = gluedHashes(separators.keySet());
        }

        /** The pairs written apart with this junction, in text order, or null when there are none. */
        List<Apart> get(String junction) {
            List<Integer> at = separators.get(junction);
            if (at == null) {
                return null;
            }
            List<Apart> found = confirmed.get(junction);
            if (found == null) {
                found = new ArrayList<>();
                for (int i : at) {
                    Apart a = apart(ctx, i, true);
                    if (a != null) {
                        found.add(a);
                    }
                }
                confirmed.put(junction, found);
            }
            return found.isEmpty() ? null : found;
        }

        /** The range {@link #mayBeGlued} was last asked about, and its answer. */
        private int askedStart = -1;
        private int askedEnd = -1;
        private boolean askedAnswer;

        /**
         * Could {@code text[s, e)} be a pair run together (its hash is that of some left + right)? Every junction inside
         * one Latin term asks about that same whole term, so the last answer is kept: a term is hashed once, not once per
         * junction in it.
         */
        boolean mayBeGlued(int s, int e) {
            if (s != askedStart || e != askedEnd) {
                String text = ctx.text;
                int h = 0;
                for (int k = s; k < e; k++) {
                    h = 31 * h + text.charAt(k);
                }
                askedStart = s;
                askedEnd = e;
                askedAnswer = java.util.Arrays.binarySearch(latinGluedHashes, h) >= 0;
            }
            return askedAnswer;
        }
    }

    /**
     * A list written one term a line ({@code Facebook⏎Twitter}, a page's share menu or a package list): the line
     * break at {@code i} ends a line that is one Latin term and starts another. Its pair run together elsewhere
     * ({@code FacebookTwitter}) lost the element around each item.
     */
    private static boolean termLines(String text, int i) {
        int s = i;
        while (s > 0 && isTermChar(text.charAt(s - 1))) {
            s--;
        }
        int e = i + 1;
        while (e < text.length() && isTermChar(text.charAt(e))) {
            e++;
        }
        return s < i && e > i + 1 && (s == 0 || text.charAt(s - 1) == '\n') && (e == text.length() || text.charAt(e) == '\n');
    }

    /**
     * A list written one item a line, a Latin term beside a Chinese word ({@code KBS2⏎女杰}: a table's channel and
     * programme columns flattened): the line break at {@code i} ends a line that is one of them and starts a line that is
     * the other. HanLP cannot read a line break as a separator word, so the lines' ends stand for its word boundaries.
     */
    static boolean termAndWordLines(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int s = text.lastIndexOf('\n', i - 1) + 1;
        int e = text.indexOf('\n', i + 1);
        e = e < 0 ? text.length() : e;
        if (!termAndWordLengths(i - s, e - i - 1) && !termAndWordLengths(e - i - 1, i - s)) {
            return false; // most lines are longer than a term or a word: no copy of them is made to learn it
        }
        String before = text.substring(s, i);
        String after = text.substring(i + 1, e);
        return latinTerm(before) && hanWord(after) || hanWord(before) && latinTerm(after);
    }

    /** Lengths {@link #latinTerm} and {@link #hanWord} allow: a term line then a word line. */
    private static boolean termAndWordLengths(int termLength, int wordLength) {
        return termLength <= MAX_TERM && wordLength >= 2 && wordLength <= MAX_HAN_WORD;
    }

    private static boolean latinTerm(String line) {
        return line.length() <= MAX_TERM && isLatin(line) && line.chars().allMatch(c -> isTermChar((char) c)) && letters(line) >= 2;
    }

    private static boolean hanWord(String line) {
        return line.length() >= 2 && line.length() <= MAX_HAN_WORD && line.chars().allMatch(c -> Chars.isHan((char) c));
    }

    private static boolean wholeLine(String text, int start, int end) {
        return (start == 0 || text.charAt(start - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n');
    }

    /** A line break between two Latin words ({@code Apple devices⏎Quick access}): a wrapped line or two lines of a list. */
    private static boolean wordsAcrossLine(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) < 128
                && Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 1) < 128;
    }

    /**
     * The copy apart is two words across a line break that are not one term a line: a wrapped line or lines of a list
     * of phrases. A line break is no separator a reader trusts alone, so such a copy is evidence only for a run in the
     * same phrase, the same words on both sides ({@link #samePhrase}).
     */
    private static boolean wrapped(String text, Apart a) {
        int sep = a.end() - a.right().length() - 1;
        return a.written().length() == a.left().length() + 1 + a.right().length() && text.charAt(sep) == '\n' && !termLines(text, sep)
                && !termAndWordLines(text, sep);
    }

    /**
     * The pair around the separator at {@code i}, when both sides are words and the separator stands alone.
     * Without {@code segment}, a Chinese side is not yet checked against HanLP's words (and {@code written} is null).
     */
    private static Apart apart(SeamContext ctx, int i, boolean segment) {
        String text = ctx.text;
        if (termAndWordLines(text, i)) { // each line one item: its ends are the words' boundaries
            int s = text.lastIndexOf('\n', i - 1) + 1;
            int e = text.indexOf('\n', i + 1);
            e = e < 0 ? text.length() : e;
            return ctx.isProtected(s, e) ? null : new Apart(text.substring(s, i), text.substring(i + 1, e), text.substring(s, e), e);
        }
        int sepEnd = text.startsWith(" and ", i) ? i + 5 : text.startsWith(" or ", i) ? i + 4 : i + 1;
        int l = i;
        int r = sepEnd;
        if (text.charAt(i) == ',') {
            if (r >= text.length() || text.charAt(r) != ' ') {
                return null;
            }
            r++;
        }
        if (text.charAt(i) == '和' || text.charAt(i) == '或') { // 和 and 或 may have spaces around them beside Latin terms
            if (l > 0 && text.charAt(l - 1) == ' ') {
                l--;
            }
            if (r < text.length() && text.charAt(r) == ' ') {
                r++;
            }
        }
        int ls = l;
        while (ls > 0 && isTermChar(text.charAt(ls - 1))) {
            ls--;
        }
        int re = r;
        while (re < text.length() && isTermChar(text.charAt(re))) {
            re++;
        }
        String left = ls < l ? whole(text, ls, l) : null;
        String right = re > r ? whole(text, r, re) : null;
        boolean chinese = text.charAt(i) == '、' || text.charAt(i) == '和' || text.charAt(i) == '或';
        if (left == null && chinese && l == i && i > 0 && Chars.isHan(text.charAt(i - 1))) {
            left = hanBefore(text, i);
            ls = left == null ? ls : i - left.length();
        }
        if (right == null && chinese && r == sepEnd && r < text.length() && Chars.isHan(text.charAt(r))) {
            right = hanAfter(text, r);
            re = right == null ? re : r + right.length();
        }
        if (left == null || right == null || ctx.isProtected(ls, re) || !isLatin(left) && !isLatin(right) && !chinese) {
            return null;
        }
        if (!segment && (!isLatin(left) || !isLatin(right))) {
            return new Apart(left, right, null, -1);
        }
        if (!isLatin(left) || !isLatin(right)) {
            // a Chinese word on one side: HanLP must read the separator as a word between two words
            int[] words = segmentedPair(text, ls, i, re);
            if (words == null) {
                return null;
            }
            left = isLatin(left) ? left : text.substring(words[0], i);
            right = isLatin(right) ? right : text.substring(r, words[1]);
            ls = Math.min(ls, words[0]);
        }
        if (!isLatin(left) && left.length() < 2 || !isLatin(right) && right.length() < 2) {
            return null;
        }
        int from = text.lastIndexOf(left, i);
        return new Apart(left, right, text.substring(from, r + right.length()), r + right.length());
    }

    /**
     * HanLP's words around the separator at {@code sep}: {start of the word before, end of the word after},
     * or null when the separator is no word of its own (the 和 of 共和国).
     */
    private static int[] segmentedPair(String text, int from, int sep, int to) {
        int wFrom = Math.max(0, from - MAX_HAN_WORD);
        int wTo = Math.min(text.length(), to + MAX_HAN_WORD);
        List<int[]> words = new ArrayList<>();
        int at = wFrom;
        for (Term t : HanLP.segment(text.substring(wFrom, wTo))) {
            if (!t.word.isBlank()) {
                words.add(new int[] {at, at + t.word.length()});
            }
            at += t.word.length();
        }
        for (int k = 1; k + 1 < words.size(); k++) {
            if (words.get(k)[0] == sep && words.get(k)[1] == sep + 1) {
                return new int[] {words.get(k - 1)[0], words.get(k + 1)[1]};
            }
        }
        return null;
    }

    // Latin terms: ASCII letters and digits with inner hyphens or pluses (RISC-V, C++), at most MAX_TERM long

    static final int MAX_TERM = 48;

    /** A term character: ASCII letters and digits, hyphens and pluses ({@code RISC-V}, {@code C++}). */
    static boolean isTermChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '+');
    }

    static boolean isLatin(String s) {
        return !s.isEmpty() && s.charAt(0) < 128 && Character.isLetter(s.charAt(0));
    }

    /** The term in {@code [s, e)} without a trailing hyphen, or null when it is no term of two letters or more. */
    private static String whole(String text, int s, int e) {
        while (e > s && text.charAt(e - 1) == '-') {
            e--;
        }
        if (e == s || e - s > MAX_TERM || text.charAt(s) >= 128 || !Character.isLetter(text.charAt(s))) {
            return null; // isLatin, and the length, read in place: only a term is copied out
        }
        int letters = 0;
        for (int i = s; i < e && letters < 2; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters >= 2 ? text.substring(s, e) : null;
    }

    private static String hanBefore(String text, int i) {
        int s = i;
        while (s > 0 && i - s < MAX_HAN_WORD && Chars.isHan(text.charAt(s - 1))) {
            s--;
        }
        return i - s >= 2 ? text.substring(s, i) : null;
    }

    private static String hanAfter(String text, int r) {
        int e = r;
        while (e < text.length() && e - r < MAX_HAN_WORD && Chars.isHan(text.charAt(e))) {
            e++;
        }
        return e - r >= 2 ? text.substring(r, e) : null;
    }

    /** The characters next to the lost separator: a Latin term whole, a Chinese word by its first or last two. */
    private static String junction(String left, String right) {
        String l = isLatin(left) ? left : left.substring(left.length() - HAN_KEY);
        String r = isLatin(right) ? right : right.substring(0, HAN_KEY);
        return l + '\u0000' + r;
    }

    private static boolean isWordChar(char c) {
        return Chars.isHan(c) || isTermChar(c);
    }

    /** Glue whose second word starts at {@code j}, matched against the pairs written apart. */
    private static Seam glueAt(SeamContext ctx, int j, Evidence byJunction) {
        String text = ctx.text;
        boolean latinLeft = isTermChar(text.charAt(j - 1));
        boolean latinRight = isTermChar(text.charAt(j));
        if (!latinLeft && !latinRight) {
            // 获取安装 beside 获取和安装 twice, 内核相关 beside 内核和相关: on the real corpus two Chinese words written
            // apart elsewhere were the author's compound as often as glue, so copies are no evidence for them
            return null;
        }
        int keyStart; // the left key is text[keyStart, j), the right key text[j, keyEnd); -1 when there is none
        if (latinLeft) {
            int s = j;
            while (s > 0 && j - s <= MAX_TERM && isTermChar(text.charAt(s - 1))) {
                s--;
            }
            keyStart = j - s > MAX_TERM ? -1 : s;
        } else {
            keyStart = j >= HAN_KEY && Chars.isHan(text.charAt(j - 2)) ? j - HAN_KEY : -1;
        }
        int keyEnd;
        if (latinRight) {
            int e = j;
            while (e < text.length() && e - j <= MAX_TERM && isTermChar(text.charAt(e))) {
                e++;
            }
            keyEnd = e - j > MAX_TERM ? -1 : e;
        } else {
            keyEnd = j + HAN_KEY <= text.length() && Chars.isHan(text.charAt(j + 1)) ? j + HAN_KEY : -1;
        }
        if (keyStart < 0 || keyEnd < 0 || keyStart == j || keyEnd == j || !byJunction.mayBeGlued(keyStart, keyEnd)) {
            return null;
        }
        String leftKey = text.substring(keyStart, j);
        String rightKey = text.substring(j, keyEnd);
        List<Apart> evidence = byJunction.get(leftKey + '\u0000' + rightKey);
        if (evidence == null) {
            return null;
        }
        if (!isLatin(leftKey) && !isLatin(rightKey)) {
            return null; // two terms that start with a digit, or one with a Chinese word: see above
        }
        if ((!isLatin(leftKey) || !isLatin(rightKey)) && evidence.size() < MIN_CHINESE_COPIES) {
            return null; // a term and a Chinese word: Chinese runs them together freely, one copy apart is not enough
        }
        for (Apart a : evidence) {
            int start = j - a.left().length();
            int end = j + a.right().length();
            if (start < 0 || end > text.length() || !text.startsWith(a.left(), start) || !text.startsWith(a.right(), j)) {
                continue;
            }
            String glued = a.left() + a.right();
            if (termAndWordLines(text, a.end() - a.right().length() - 1)) {
                if (!wholeLine(text, start, end)) {
                    continue; // 《SBS人气歌谣》 in a sentence is a show's name; two items of such a list run together make a line
                }
            } else if (wrapped(text, a)) {
                if (!samePhrase(text, a, start, end, true)) {
                    continue;
                }
            } else if (isLatin(a.left()) && isLatin(a.right()) && !latinPairMayGlue(ctx, a.left(), a.right(), evidence.size())
                    && !names(text, a) && !sameList(text, a.end(), end) && !samePhrase(text, a, start, end, false)) {
                continue;
            }
            boolean latinPair = isLatin(a.left()) && isLatin(a.right());
            // two Latin terms run together read as one identifier to the tokenizer (apt-getapt-cache), yet the copy
            // written apart says otherwise; wholeAt keeps paths, URLs and dotted names out, the caller code
            if (!wholeAt(ctx, start, end, a) || !latinPair && ctx.isProtected(start, end) || count(text, glued) > 1
                    || ctx.lexicon.contains(glued) || CoreDictionary.contains(glued)) {
                continue;
            }
            return Seam.of(start, end, SeamType.GLUED_WORDS, CONFIDENCE, "a pair the document writes apart, run together")
                    .withRepair(separatorOfTheSentence(text, start, end, a), CutSite.PROPOSAL);
        }
        return null;
    }

    /**
     * Two Latin terms written apart are glue when run together only if the run is no compound or name of its
     * own, whatever the document writes elsewhere: {@code JavaScript}, {@code JSONPath}, {@code database},
     * {@code webserver} stay. So one side is a marked term ({@link ExtractionGlueDetector#fits}), or two acronyms, or two
     * lower-case terms of five letters or more ({@code aliasunalias}, {@code removepurge}), or two common English words whose first
     * is inflected ({@code dependenciesconflicts}: compounds never inflect their first word).
     */
    private static boolean latinPairMayGlue(SeamContext ctx, String a, String b, int copiesApart) {
        if (ExtractionGlueDetector.fits(a, b)) {
            return true;
        }
        if (acronyms(a, b) && !FunctionWords.is(a) && !FunctionWords.is(b)) {
            return true;
        }
        boolean lower = (a + b).chars().noneMatch(Character::isUpperCase);
        if (!lower || FunctionWords.is(a) || FunctionWords.is(b)) {
            return false;
        }
        // ibs 和 obs → ibsobs, dpkg 和 apt-get → dpkgapt-get, tin and trn → tintrn: a side that is no English word is a
        // command, option or package name, and names are not written apart with a separator when they are one name;
        // English compounds (filesystem, newline) are made of English words on both sides, and stay below
        if (letters(a) >= ExtractionGlueDetector.MIN_PART && letters(b) >= ExtractionGlueDetector.MIN_PART
                && (!ctx.lexicon.isWord(a) || !ctx.lexicon.isWord(b))) {
            return true;
        }
        // two long words (removepurge beside remove, purge): compounds of two long words (whitespace, checkpoint)
        // are not written apart with a separator; the short ones (filesystem, newline) may be, and stay
        return a.length() >= ExtractionGlueDetector.MIN_LOWER_PART && b.length() >= ExtractionGlueDetector.MIN_LOWER_PART
                || ExtractionGlueDetector.inflected(a) && ctx.lexicon.isCommonWord(a) && ctx.lexicon.isCommonWord(b)
                // stable, testing … stable、testing … stabletesting: a pair listed apart twice is no compound (filesystem)
                || copiesApart >= 2 && a.length() >= ExtractionGlueDetector.MIN_ENGLISH_PART && b.length() >= ExtractionGlueDetector.MIN_ENGLISH_PART;
    }

    /**
     * The copy apart's way of writing the pair, its separator in the language of the sentence the run stands in: an English
     * sentence takes {@code and}, {@code or} and a comma for {@code 和}, {@code 或} and {@code 、} ({@code GNU 和 BSD} in the
     * Chinese copy of a bilingual text, {@code GNUBSD} in the English one: {@code GNU and BSD}), a Chinese one the reverse;
     * between the two, or at a line start and end, the copy's own.
     */
    private static String separatorOfTheSentence(String text, int start, int end, Apart a) {
        String written = a.written();
        String between = written.substring(a.left().length(), written.length() - a.right().length());
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int[] sides = {before >= 0 ? text.charAt(before) : '\n', after < text.length() ? text.charAt(after) : '\n'};
        boolean chinese = false;
        boolean english = false;
        for (int c : sides) {
            chinese |= Chars.isHan(c) || Chars.isCjkPunct(c);
            english |= c < 128 && c != '\n' && c != '\r';
        }
        String sep = between.strip();
        String to = null;
        if (english && !chinese) {
            to = switch (sep) {
                case "和" -> " and ";
                case "或" -> " or ";
                case "、" -> ", ";
                default -> null;
            };
        } else if (chinese && !english) {
            to = switch (sep) {
                case "and" -> " 和 ";
                case "or" -> " 或 ";
                case "," -> "、";
                default -> null;
            };
        }
        return to == null ? written : a.left() + to + a.right();
    }

    private static long letters(String s) {
        return s.chars().filter(Character::isLetter).count();
    }

    /**
     * The glued pair stands in the same phrase as the copy written apart: the nearest word of three letters or more
     * before both, or after both, is the same word, any short words between it and the pair the same too
     * ({@code granted to copydistribute} beside {@code granted to copy and distribute}; {@code SearchRun a Command} beside
     * {@code Search and Run a Command}; {@code Susan G. KleinmannSven Rudolph} beside {@code Susan G. Kleinmann 和 Sven
     * Rudolph}). A phrase written twice, once with its separator lost, is evidence any reader uses; a compound or a name
     * ({@code JavaScript}) is not also written apart in the same words.
     */
    private static boolean samePhrase(String text, Apart a, int gluedStart, int gluedEnd, boolean bothSides) {
        int apartStart = a.end() - a.written().length();
        boolean before = sameWord(text, apartStart, gluedStart, -1);
        boolean after = sameWord(text, a.end(), gluedEnd, 1);
        return bothSides ? before && after : before || after;
    }

    /** How many words (up to the first of three letters or more) {@link #samePhrase} compares on one side. */
    private static final int PHRASE_WORDS = 3;

    private static boolean sameWord(String text, int apartAt, int gluedAt, int dir) {
        int i = apartAt;
        int j = gluedAt;
        for (int k = 0; k < PHRASE_WORDS; k++) {
            String x = adjacentWord(text, i, dir);
            String y = adjacentWord(text, j, dir);
            if (x == null || !x.equalsIgnoreCase(y)) { // Talk About Love beside Talk about Love: a title's capitals
                return false;
            }
            if (letters(x) >= ExtractionGlueDetector.MIN_PART && !FunctionWords.is(x)) {
                return true;
            }
            i = wordEdge(text, i, dir, x);
            j = wordEdge(text, j, dir, y);
        }
        return false;
    }

    /**
     * The Latin word next to {@code at} in direction {@code dir}, across spaces, line breaks and at most one of
     * {@code . ,}, or null.
     */
    private static String adjacentWord(String text, int at, int dir) {
        int i = dir < 0 ? at - 1 : at;
        int marks = 0;
        while (i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n'
                || (text.charAt(i) == '.' || text.charAt(i) == ',') && marks++ == 0)) {
            i += dir;
        }
        String w = termRunFrom(text, i, dir);
        return w != null && isLatin(w) ? w : null;
    }

    /** The run of term characters read from {@code [i]} in direction {@code dir} (in text order), or null if none. */
    static String termRunFrom(String text, int i, int dir) {
        int s = i;
        while (i >= 0 && i < text.length() && isTermChar(text.charAt(i))) {
            i += dir;
        }
        if (i == s) {
            return null;
        }
        return dir < 0 ? text.substring(i + 1, s + 1) : text.substring(s, i);
    }

    /** The position just past {@code word} (adjacent to {@code at} in direction {@code dir}). */
    private static int wordEdge(String text, int at, int dir, String word) {
        int i = dir < 0 ? at - 1 : at;
        while (i >= 0 && i < text.length() && !isTermChar(text.charAt(i))) {
            i += dir;
        }
        return dir < 0 ? i - word.length() + 1 : i + word.length();
    }

    /**
     * The glued pair goes on as the same list as the copy written apart: the next item after both is one term
     * ({@code sync, noerror 或 notrunc} beside {@code syncnoerror, or notrunc}; {@code dpatch, dbs, 以及 cdbs} beside
     * {@code dpatchdbs, and cdbs}). A list of three written twice, once with two items run together, is evidence
     * any reader uses, whatever the two words are: a compound ({@code filesystem}) is not an item of such a list.
     */
    private static boolean sameList(String text, int apartEnd, int gluedEnd) {
        String next = nextItem(text, apartEnd);
        return next != null && next.equals(nextItem(text, gluedEnd));
    }

    private static final String CONJUNCTION = "and |or |和 ?|或 ?|以及 ?|及 ?|与 ?|與 ?";
    private static final java.util.regex.Pattern NEXT_ITEM = java.util.regex.Pattern.compile(
            "^(?:[,，、] ?(?:" + CONJUNCTION + ")?| ?(?:" + CONJUNCTION + "))([A-Za-z][A-Za-z0-9+-]*[A-Za-z0-9+])(?![A-Za-z0-9_/@(:=-]|\\.[A-Za-z0-9])");

    /** The list item after a separator (a comma or 、, then maybe and, or, 和, 或, 以及) at {@code at}, or null. */
    private static String nextItem(String text, int at) {
        java.util.regex.Matcher m = NEXT_ITEM.matcher(text.substring(at, Math.min(text.length(), at + MAX_TERM + 12)));
        if (!m.find() || FunctionWords.is(m.group(1))) {
            return null;
        }
        return m.group(1);
    }

    /**
     * Two acronyms in capitals ({@code HTTP and FTP} → {@code HTTPFTP}, {@code CD or DVD} → {@code CDDVD}): a name in
     * capitals ({@code SIGPIPE}, {@code HOSTTYPE}) is never written as two acronyms with a separator between them,
     * so one copy apart is evidence enough.
     */
    private static boolean acronyms(String a, String b) {
        return acronymLike(a) && acronymLike(b);
    }

    /**
     * An acronym: capitals, or two capitals first and capitals for most of its letters ({@code PReP}, {@code CHRP 和 PReP}
     * → {@code CHRPPReP}); a capitalised word ({@code Path} of {@code JSONPath}) is none.
     */
    private static boolean acronymLike(String s) {
        long capitals = s.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        return s.length() >= 2 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
                && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1)) && 2 * capitals > s.length();
    }

    /**
     * Two names or acronyms ({@code Vim 或 Emacs} → {@code VimEmacs}, {@code SGML 或 XML} → {@code SGMLXML}): both
     * start with a capital (so the run is no camelCase identifier), neither is a function word, no acronym runs into a
     * word ({@code JSONPath} is one name), and each is also written on its own beyond the copy apart, or the copy apart
     * is items of a list ({@code Vue、React}, {@code Kde、Gnome、Xorg}, {@code Chinese, Japanese, or Korean}: a list
     * names distinct things). {@code JavaScript} beside one {@code Java and Script} stays.
     */
    private static boolean names(String text, Apart apart) {
        String a = apart.left();
        String b = apart.right();
        boolean acronymBeforeWord = a.chars().allMatch(Character::isUpperCase) && b.length() > 1 && Character.isLowerCase(b.charAt(1));
        boolean shape = Character.isUpperCase(a.charAt(0)) && Character.isUpperCase(b.charAt(0)) && !FunctionWords.is(a)
                && !FunctionWords.is(b) && !acronymBeforeWord;
        return shape && (countAsPart(text, a) >= 2 && countAsPart(text, b) >= 2 || listItems(text, apart));
    }

    /**
     * The copy apart is two items of a list: written with the enumeration comma {@code 、}, or with a comma inside a
     * list of three or more (another item after it, or one before it); {@code Java and Script, JSON} is no list.
     */
    private static boolean listItems(String text, Apart apart) {
        String between = apart.written().substring(apart.left().length(), apart.written().length() - apart.right().length());
        if (between.contains("、")) {
            return true;
        }
        if (!between.startsWith(",")) {
            return false;
        }
        int start = apart.end() - apart.written().length();
        String before = text.substring(Math.max(0, start - 3), start);
        return nextItem(text, apart.end()) != null || before.length() == 3 && (before.endsWith(", ") || before.endsWith("、"))
                && isTermChar(before.charAt(before.endsWith("、") ? 1 : 0));
    }

    /**
     * The run is whole words: Latin terms end at non-term characters, and Chinese words start and end where
     * HanLP's words do (so {@code 件目} in {@code 文件目录} is nothing).
     */
    private static boolean wholeAt(SeamContext ctx, int start, int end, Apart a) {
        String text = ctx.text;
        if (isLatin(a.left()) && start > 0 && (isTermChar(text.charAt(start - 1)) || "./_@#:=-".indexOf(text.charAt(start - 1)) >= 0)) {
            return false;
        }
        if (isLatin(a.right()) && end < text.length() && (isTermChar(text.charAt(end)) || "./_@(:=-".indexOf(text.charAt(end)) >= 0)) {
            return false;
        }
        if (isLatin(a.left()) && isLatin(a.right())) {
            return true;
        }
        int wFrom = Math.max(0, start - MAX_HAN_WORD);
        int wTo = Math.min(text.length(), end + MAX_HAN_WORD);
        boolean startBound = false;
        boolean endBound = false;
        int at = wFrom;
        for (Term t : HanLP.segment(text.substring(wFrom, wTo))) {
            startBound |= at == start;
            at += t.word.length();
            endBound |= at == end;
        }
        return startBound && endBound;
    }

    /**
     * Copies of {@code s} on its own or as a part of a hyphenated name: {@code Ctrl-Q} and {@code Ctrl-Alt-Del} write
     * {@code Ctrl} and {@code Alt} as keys of their own.
     */
    private static int countAsPart(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            int e = i + s.length();
            if ((i == 0 || !isPartChar(text.charAt(i - 1))) && (e == text.length() || !isPartChar(text.charAt(e)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isPartChar(char c) {
        return isTermChar(c) && c != '-';
    }

    /** Copies of {@code s}; a Latin end counts only at a term boundary ({@code stabletesting} is not in {@code unstabletesting}). */
    private static int count(String text, String s) {
        int n = 0;
        boolean latinStart = isTermChar(s.charAt(0));
        boolean latinEnd = isTermChar(s.charAt(s.length() - 1));
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            int e = i + s.length();
            boolean cut = latinStart && i > 0 && isTermChar(text.charAt(i - 1)) || latinEnd && e < text.length() && isTermChar(text.charAt(e));
            if (!cut) {
                n++;
            }
        }
        return n;
    }
}
