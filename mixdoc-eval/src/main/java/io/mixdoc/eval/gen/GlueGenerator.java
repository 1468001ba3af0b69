package io.mixdoc.eval.gen;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.seams.FunctionWords;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction glue in real clean text, one kind a set (issue 14). Real glue comes from one lost inline element
 * in a page whose other copies of the same words kept theirs, so each kind glues only where the document
 * itself keeps the evidence a reader would use: the same pair written apart elsewhere (twice when a word is
 * Chinese: Chinese writes compounds as freely as pairs), the other rows of the same table, the term written
 * alone elsewhere. Gold repair is the original text.
 *
 * <ul>
 * <li>{@code latin}: two Latin terms across a lost {@code 、 和 或 , and or} ({@code non-free和contrib} → {@code non-freecontrib});
 * <li>{@code term-zh}: a Latin term and a Chinese word across a lost {@code 、 和 或} ({@code IBus和它的} → {@code IBus它的});
 * <li>{@code zh}: two Chinese words across a lost {@code 、 和 或} ({@code 文件和目录} → {@code 文件目录}); the {@code glue-zh}
 * set is made by {@link ListGlue} instead, from lists (pairs written apart twice gave one case in {@code data/real});
 * <li>{@code sentence}: a term ending a sentence and starting the next across a lost full stop ({@code MTU。MTU} → {@code MTUMTU}),
 * or a heading ending with the term its paragraph starts with, the line break lost ({@code Git⏎⏎Git 是} → {@code GitGit 是}),
 * or the space after an English sentence's full stop lost ({@code worked. The next} → {@code worked.The next});
 * <li>{@code infobox}: the label and value cells of a table row run together ({@code /dev/null | 读取} → {@code /dev/null读取}).
 * </ul>
 * A pair lost after the Chinese particle 的 is not generated: {@code 系统的配置} → {@code 系统配置} is still good
 * Chinese, so no reader (and no detector) can call it damage.
 */
final class GlueGenerator {
    private GlueGenerator() {
    }

    static final String LATIN_TERM = "[A-Za-z][A-Za-z0-9+-]*[A-Za-z0-9+]";
    private static final Pattern LATIN_PAIR = Pattern.compile("(?<![A-Za-z0-9_./@#:=-])(" + LATIN_TERM + ")(、| 和 |和| 或 |或|, | and | or )("
            + LATIN_TERM + ")(?![A-Za-z0-9_./@(:=-])");
    private static final Set<String> ZH_SEPARATORS = Set.of("、", "和", "或");

    /** One pair written with its separator: {@code [start, end)} in the paragraph. */
    private record Pair(int start, int end, String left, String right) {
        String key() {
            return left + '\u0000' + right;
        }
    }

    static DamagedText glue(String kind, String doc, Random rnd, boolean clean) {
        if (kind.equals("infobox")) {
            return infobox(doc, rnd, clean);
        }
        if (kind.equals("sentence")) {
            return sentences(doc, rnd, clean);
        }
        String[] paras = doc.split("\n", -1);
        List<List<Pair>> found = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String para : paras) {
            List<Pair> pairs = prose(para) ? pairs(kind, para) : List.of();
            found.add(pairs);
            pairs.forEach(p -> counts.merge(p.key(), 1, Integer::sum));
        }
        Set<String> glued = new HashSet<>();
        DamagedText t = new DamagedText();
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) {
                t.append('\n');
            }
            String para = paras[i];
            int at = 0;
            for (Pair p : found.get(i)) {
                // a doubled term is its own evidence; a pair needs its copy written apart
                boolean evidence = counts.get(p.key()) >= (kind.equals("latin") ? 2 : 3);
                // every pair with its evidence is glued once: few documents hold one
                if (clean || !evidence || p.start() < at || doc.contains(p.left() + p.right()) || glued.contains(p.key())) {
                    continue;
                }
                glued.add(p.key()); // one lost element a pair: its other copies are the evidence
                t.append(para.substring(at, p.start()));
                t.damage(p.left() + p.right(), "GLUED_WORDS", para.substring(p.start(), p.end()));
                at = p.end();
            }
            t.append(para.substring(at));
        }
        return t;
    }

    static boolean prose(String para) {
        return SourceText.isProse(para) && !DamageSetGenerator.looksLikeCode(para) && !SIGNATURE_OR_LISTING.matcher(para).find();
    }

    /**
     * Code that reads as prose: a method signature or call ({@code encode(String source, Charset charset)}), a
     * generic type ({@code Map<String, List>}), a template line or a numbered listing ({@code 13  <insert …>}).
     * Their terms are parameters and types, not a list a page writes with inline elements.
     */
    private static final Pattern SIGNATURE_OR_LISTING = Pattern.compile("[A-Za-z0-9_]\\(|<[^>\n]*>|^\\s*\\d+ {2}");

    private static List<Pair> pairs(String kind, String para) {
        return switch (kind) {
            case "latin" -> latinPairs(para);
            case "term-zh", "zh" -> wordPairs(para, kind.equals("zh"));
            default -> throw new IllegalArgumentException("unknown glue kind " + kind);
        };
    }

    /**
     * Two terms of a list: no function word on either side ({@code environment, you can} is a clause boundary,
     * {@code password and the} no pair), and a bare comma only inside a list of three or more ({@code stable,
     * testing, or unstable}; {@code Manual, section 5} and {@code details, please see} are clauses).
     */
    private static List<Pair> latinPairs(String para) {
        List<Pair> out = new ArrayList<>();
        Matcher m = LATIN_PAIR.matcher(para);
        while (m.find()) {
            boolean function = FunctionWords.is(m.group(1)) || FunctionWords.is(m.group(3));
            boolean comma = m.group(2).equals(", ");
            if (!function && (!comma || inList(para, m.start(), m.end()))) {
                out.add(new Pair(m.start(), m.end(), m.group(1), m.group(3)));
            }
        }
        return out;
    }

    private static final Pattern LIST_BEFORE = Pattern.compile("(, |、)$");
    private static final Pattern LIST_AFTER = Pattern.compile("^(, |,|、| and | or | 和 |和| 或 |或)");

    /** Another list separator right before the pair or right after it. */
    private static boolean inList(String para, int start, int end) {
        return LIST_BEFORE.matcher(para.substring(Math.max(0, start - 2), start)).find()
                && Character.isLetterOrDigit(para.charAt(Math.max(0, start - 3)))
                || LIST_AFTER.matcher(para.substring(end, Math.min(para.length(), end + 4))).find();
    }

    /**
     * Words on both sides of a 、, 和 or 或 that HanLP segments as a word of its own (so not the 和 of 共和国):
     * both Chinese words of two characters or more ({@code zh}), or one Chinese word and one Latin term.
     */
    private static List<Pair> wordPairs(String para, boolean bothChinese) {
        List<Term> terms = HanLP.segment(para);
        List<int[]> spans = new ArrayList<>(); // start, end of each segment in the paragraph
        int at = 0;
        for (Term term : terms) {
            int s = para.indexOf(term.word, at);
            if (s < 0) {
                return List.of();
            }
            spans.add(new int[] {s, s + term.word.length()});
            at = s + term.word.length();
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!ZH_SEPARATORS.contains(terms.get(i).word)) {
                continue;
            }
            int l = i - 1;
            int r = i + 1;
            while (l >= 0 && terms.get(l).word.isBlank()) {
                l--;
            }
            while (r < terms.size() && terms.get(r).word.isBlank()) {
                r++;
            }
            if (l < 0 || r >= terms.size()) {
                continue;
            }
            String a = terms.get(l).word;
            String b = terms.get(r).word;
            boolean ok = bothChinese ? isHanWord(a) && isHanWord(b)
                    : isHanWord(a) && isLatinTerm(b) || isLatinTerm(a) && isHanWord(b);
            int start = spans.get(l)[0];
            int end = spans.get(r)[1];
            if (ok && termBoundary(para, start, end)) {
                out.add(new Pair(start, end, a, b));
            }
        }
        return out;
    }

    /** A Latin term in the pair must be whole: {@code C++}, not the {@code C} of it, nor a piece of a path. */
    private static boolean termBoundary(String para, int start, int end) {
        char before = start > 0 ? para.charAt(start - 1) : ' ';
        char after = end < para.length() ? para.charAt(end) : ' ';
        return !isTermChar(before) && "_./@#:=-".indexOf(before) < 0 && !isTermChar(after) && "_./@(:=-".indexOf(after) < 0;
    }

    private static boolean isTermChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+');
    }

    private static boolean isHanWord(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(Chars::isHan);
    }

    private static boolean isLatinTerm(String w) {
        return w.matches(LATIN_TERM) && w.chars().filter(Character::isLetter).count() >= 2;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Za-z0-9_./@#:=-])(" + LATIN_TERM + ")(。|\\. |\\n\\n)("
            + LATIN_TERM + ")(?=[ \\u3400-\\u9fff])");
    static final int MAX_HEADING = 60;
    /**
     * An English sentence end and the next sentence's start, in one paragraph: a lower-case word after a space (not
     * a piece of a dotted name, path or abbreviation such as {@code e.g.}), its full stop, question or exclamation
     * mark, and a capitalised word the sentence goes on after ({@code worked. The next}).
     */
    private static final Pattern SENTENCE_SPACE = Pattern.compile("(?<=[ (])([a-z]{2,})([.?!]) ([A-Z][a-z]+|A|I)(?= [A-Za-z])");
    /** At most this many sentence ends lost a document, each place with {@link #SPACE_LOST_ONE_IN} chance. */
    static final int MAX_SPACES_LOST = 5;
    static final int SPACE_LOST_ONE_IN = 2;

    /** One glued place of the sentence kind: {@code [start, end)} of the document, written {@code glued}. */
    private record Glued(int start, int end, String glued) {
    }

    /**
     * Two kinds of sentence glue, both with their evidence in place.
     * <ul>
     * <li>A term ending a sentence that the next sentence starts with ({@code … MTU。MTU 是}), or a heading that ends
     * with the term its paragraph starts with ({@code 10.5. Git⏎⏎Git 是}, {@code Starting MC⏎⏎MC can}), the full stop
     * or the line break lost: the doubled term is the evidence. Every such place of a prose paragraph is glued.
     * <li>The space after an English sentence's full stop lost, as an extractor drops the whitespace between two
     * sentence elements or lines ({@code it worked. The next} → {@code it worked.The next}): a word, a full stop
     * and a capitalised word that goes on as a sentence is evidence any reader uses. A few places a document
     * (see {@link #MAX_SPACES_LOST}), chosen at random, so that the set spreads over many documents. Not made: a
     * capitalised word before the full stop ({@code Debian. The}; {@code Math.Round}, {@code React.Component} are
     * code in prose of the same shape, so no reader can tell from the shape alone), a one-letter word before it
     * ({@code e.g. The}, initials), a single capital after it other than {@code A} and {@code I} ({@code file.Z} is
     * a file name).
     * </ul>
     */
    private static DamagedText sentences(String doc, Random rnd, boolean clean) {
        List<Glued> places = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(doc);
        Set<String> glued = new HashSet<>(); // once a term: its other copies are the evidence
        int at = 0;
        while (m.find()) {
            String term = m.group(1);
            int lineStart = doc.lastIndexOf('\n', m.start()) + 1;
            int nextEnd = doc.indexOf('\n', m.end());
            String line = doc.substring(lineStart, m.end(1));
            String next = doc.substring(m.start(3), nextEnd < 0 ? doc.length() : nextEnd);
            boolean heading = m.group(2).equals("\n\n");
            boolean ok = term.equals(m.group(3)) && term.chars().filter(Character::isLetter).count() >= 2 && !FunctionWords.is(term)
                    && (heading ? line.length() <= MAX_HEADING && !line.contains(" | ") && prose(next)
                            : prose(doc.substring(lineStart, nextEnd < 0 ? doc.length() : nextEnd)))
                    && !doc.contains(term + term) && m.start() >= at;
            if (!ok || clean || !glued.add(term)) {
                continue;
            }
            places.add(new Glued(m.start(), m.end(), term + term));
            at = m.end();
        }
        if (!clean) {
            places.addAll(spacesLost(doc, rnd, places));
            places.sort(java.util.Comparator.comparingInt(Glued::start));
        }
        DamagedText t = new DamagedText();
        at = 0;
        for (Glued g : places) {
            t.append(doc.substring(at, g.start()));
            t.damage(g.glued(), "GLUED_WORDS", doc.substring(g.start(), g.end()));
            at = g.end();
        }
        t.append(doc.substring(at));
        return t;
    }

    /** Sentence ends of prose paragraphs whose space is lost, away from the places already glued. */
    private static List<Glued> spacesLost(String doc, Random rnd, List<Glued> taken) {
        List<Glued> out = new ArrayList<>();
        Matcher m = SENTENCE_SPACE.matcher(doc);
        while (m.find() && out.size() < MAX_SPACES_LOST) {
            int lineStart = doc.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = doc.indexOf('\n', m.end());
            String para = doc.substring(lineStart, lineEnd < 0 ? doc.length() : lineEnd);
            boolean free = taken.stream().noneMatch(g -> g.start() < m.end() + 1 && m.start() - 1 < g.end());
            if (!free || !prose(para) || rnd.nextInt(SPACE_LOST_ONE_IN) != 0) {
                continue;
            }
            out.add(new Glued(m.start(), m.end(), m.group(1) + m.group(2) + m.group(3)));
        }
        return out;
    }

    private static final String CELL = " | ";

    /**
     * Tables flattened to {@code cell | cell} lines (the corpus keeps them so): in a run of three rows or more
     * with the same number of cells, the separator after the first cell of one row (the label) is lost, in a
     * row that has rows of the table on both sides.
     */
    static DamagedText infobox(String doc, Random rnd, boolean clean) {
        String[] lines = doc.split("\n", -1);
        DamagedText t = new DamagedText();
        int i = 0;
        while (i < lines.length) {
            int cells = cells(lines[i]);
            int j = i;
            while (j < lines.length && cells >= 2 && (cells(lines[j]) == cells || lines[j].isEmpty())) {
                j++;
            }
            while (j > i && lines[j - 1].isEmpty()) {
                j--; // a table ends at its last row
            }
            long rows = java.util.Arrays.stream(lines, i, Math.max(i, j)).filter(l -> !l.isEmpty()).count();
            int target = -1;
            if (!clean && rows >= 4) {
                List<Integer> candidates = new ArrayList<>();
                for (int k = i + 1; k < j - 1; k++) { // not the header, not the last row: the rows around are the evidence
                    String[] c = lines[k].split(" \\| ", -1);
                    // a Markdown row's pipes are its source, not a lost cell boundary; a cell needs a word to glue
                    if (c.length == cells && hasWord(c[0]) && hasWord(c[1]) && !lines[k].startsWith("|")) {
                        candidates.add(k);
                    }
                }
                target = candidates.isEmpty() ? -1 : candidates.get(rnd.nextInt(candidates.size()));
            }
            int end = Math.max(j, i + 1);
            for (int k = i; k < end; k++) {
                if (k > 0) {
                    t.append('\n');
                }
                if (k == target) {
                    int cut = lines[k].indexOf(CELL);
                    int next = lines[k].indexOf(CELL, cut + CELL.length());
                    int valueEnd = next < 0 ? lines[k].length() : next;
                    String label = lines[k].substring(0, cut);
                    String value = lines[k].substring(cut + CELL.length(), valueEnd);
                    t.damage(label + value, "GLUED_WORDS", label + CELL + value);
                    t.append(lines[k].substring(valueEnd));
                } else {
                    t.append(lines[k]);
                }
            }
            i = end;
        }
        return t;
    }

    private static boolean hasWord(String cell) {
        return cell.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || Chars.isHan(c));
    }

    private static int cells(String line) {
        return line.contains(CELL) ? line.split(" \\| ", -1).length : 0;
    }
}
