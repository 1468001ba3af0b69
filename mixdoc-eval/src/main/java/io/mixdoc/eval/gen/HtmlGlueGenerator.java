package io.mixdoc.eval.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.text.Chars;
import io.mixdoc.io.html.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Extraction glue as a crawler makes it, from real pages ({@code ../shared/eval/article-extraction*}: read at
 * test time, never committed, nor the text made from them): the text of each leaf block (paragraph, list item,
 * table cell, heading) of the page's main text (the benchmark's {@code articleBody}) as an extractor flattens it, where a
 * naive extractor loses a separator: the whitespace or short separator between an inline element ({@code <a>},
 * {@code <b>}, {@code <code>}, …) and the word after it, a {@code <br>} between two words, or the line between two
 * items of one list (tag and link lists) or two cells of one table row. Only where the page holds evidence
 * ({@link #evidence}). Every fourth page is left undamaged, to count false alarms on real pages. Gold: the two
 * words run together, repaired to the text the page had.
 */
public final class HtmlGlueGenerator {
    private HtmlGlueGenerator() {
    }

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "em", "i", "code", "span");
    /** Between two inline elements or after one: whitespace, or a short separator an extractor may drop with it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+|\\s*(、|,|，|\\||·|和|或|and|or)\\s*");
    /** Every page of both benchmark sets (181 + 75). */
    static final int MAX_PAGES = 400;

    /**
     * Writes the set to look at its errors ({@code mixdoc eval --gold OUT_DIR --errors 30}); OUT_DIR must stay out of
     * the repository (the pages' text is not ours to commit).
     * <pre>HtmlGlueGenerator SHARED_DIR OUT_DIR</pre>
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HtmlGlueGenerator SHARED_DIR OUT_DIR");
            System.exit(2);
        }
        Path eval = Path.of(args[0], "eval");
        int seams = write(List.of(eval.resolve("article-extraction/html"), eval.resolve("article-extraction-zh/html")),
                Path.of(args[1]), 14);
        System.out.println(seams + " seams written to " + args[1]);
    }

    /** Writes one {@code NNNN.txt} + gold a page of {@code htmlDirs} into {@code out}; returns the seams made. */
    public static int write(List<Path> htmlDirs, Path out, long seed) throws IOException {
        Files.createDirectories(out);
        int seams = 0;
        int n = 0;
        for (Path dir : htmlDirs) {
            Map<String, String> bodies = articleBodies(dir.resolveSibling("ground-truth.json"));
            List<Path> pages;
            try (var s = Files.list(dir)) {
                pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
            }
            for (Path page : pages) {
                if (n >= MAX_PAGES) {
                    return seams;
                }
                String body = bodies.get(page.getFileName().toString().replace(".html.gz", ""));
                if (body == null) {
                    continue;
                }
                boolean clean = n % 4 == 3;
                DamagedText t = page(HtmlDecoder.decode(gunzip(page)), clean, body);
                if (t.length() == 0) {
                    continue;
                }
                seams += t.seamCount();
                t.write(out, "%04d".formatted(n++), "HtmlGlueGenerator seed " + seed, page.getFileName().toString(), clean);
            }
        }
        return seams;
    }

    /**
     * The page's main text as an extractor delivers it: the leaf blocks whose text the benchmark's
     * {@code articleBody} holds. Menus, footers and comment widgets ({@code Terms of UsePrivacy Policy},
     * {@code CNN16 comments}) are dropped by extraction before any seam is looked for, and their glue has nothing
     * a reader could check it against.
     */
    static DamagedText page(String html, boolean clean, String articleBody) {
        Element body = Jsoup.parse(html).body();
        String main = NO_SPACE.matcher(articleBody).replaceAll("");
        List<Element> blocks = new ArrayList<>();
        for (Element block : body.select(String.join(",", BLOCKS))) {
            if (!block.select(String.join(",", BLOCKS)).stream().allMatch(e -> e == block)) {
                continue; // leaf blocks only: each text once
            }
            String plain = NO_SPACE.matcher(block.text()).replaceAll("");
            if (!plain.isEmpty() && main.contains(plain)) {
                blocks.add(block);
            }
        }
        StringBuilder undamaged = new StringBuilder();
        for (Element block : blocks) {
            if (undamaged.length() > 0) {
                undamaged.append('\n');
            }
            undamaged.append(flatten(block, true).text());
        }
        String page = undamaged.toString();
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Line line = flatten(blocks.get(k), clean);
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (!clean && last != null && items(blocks.get(k - 1), blocks.get(k)) && endsWithWord(last.text()) && !line.text().isEmpty()
                    && isWordChar(line.text().charAt(0))) {
                // two items of one list or row, flattened without the line between them
                last.glue().add(new int[] {last.text().length(), 1});
                lines.set(lines.size() - 1, new Line(last.text() + "\n" + line.text(), shifted(last.glue(), line.glue(), last.text().length() + 1)));
            } else {
                lines.add(line);
            }
        }
        DamagedText t = new DamagedText();
        Map<String, Integer> glued = new HashMap<>(); // pairs glued on this page
        for (Line line : lines) {
            if (t.length() > 0) {
                t.append('\n');
            }
            emit(line, t, page, glued);
        }
        return t;
    }

    /** A block's text as one line, and where separators may be lost: {@code [at in text, separator length]}. */
    private record Line(String text, List<int[]> glue) {
    }

    private static List<int[]> shifted(List<int[]> first, List<int[]> second, int by) {
        List<int[]> out = new ArrayList<>(first);
        second.forEach(g -> out.add(new int[] {g[0] + by, g[1]}));
        return out;
    }

    /**
     * Two items a naive extractor runs together: list items of one list ({@code <li>}: tag lists, link lists) or
     * cells of one table row, next to each other, each holding text of its own.
     */
    private static boolean items(Element a, Element b) {
        boolean listItems = a.normalName().equals("li") && b.normalName().equals("li");
        boolean cells = CELLS.contains(a.normalName()) && CELLS.contains(b.normalName());
        return (listItems || cells) && a.parent() == b.parent() && a.nextElementSibling() == b;
    }

    private static final Set<String> CELLS = Set.of("td", "th");

    /**
     * The block's text; unless {@code clean}, the places where a separator may be lost: the whitespace or short
     * separator after an inline element before a word, and a {@code <br>} between two words (a naive extractor
     * drops the line break).
     */
    private static Line flatten(Element block, boolean clean) {
        StringBuilder line = new StringBuilder();
        List<int[]> glue = new ArrayList<>(); // [at in line, separator length]
        List<Node> nodes = block.childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String text = flat(node);
            boolean afterInline = i > 0 && nodes.get(i - 1) instanceof Element prev && INLINE.contains(prev.normalName());
            boolean separator = node instanceof TextNode && !text.isEmpty() && SEPARATOR.matcher(text).matches();
            boolean lineBreak = node instanceof Element e && e.normalName().equals("br");
            boolean beforeWord = i + 1 < nodes.size() && startsWithWord(nodes.get(i + 1));
            boolean code = i > 0 && nodes.get(i - 1) instanceof Element prev && CODE.contains(prev.normalName());
            if ((afterInline && separator || lineBreak) && beforeWord && !code && line.length() > 0 && endsWithWord(line) && !clean) {
                glue.add(new int[] {line.length(), text.length()});
            }
            line.append(text);
        }
        return new Line(line.toString(), glue);
    }

    /**
     * Appends the line; a separator is lost where the page gives a reader evidence ({@link #evidence}) and the
     * glue touches no URL, handle, code or identifier.
     */
    private static void emit(Line line, DamagedText t, String page, Map<String, Integer> glued) {
        String s = line.text();
        int at = 0;
        for (int[] g : line.glue()) {
            int from = wordStart(s, g[0]);
            int to = wordEnd(s, g[0] + g[1]);
            String left = s.substring(from, g[0]);
            String right = s.substring(g[0] + g[1], to);
            // numbers of two cells or lines (3⏎12 → 312, a standings table) read as one number: no reader could tell
            if (from < at || to <= g[0] + g[1] || inUrlOrIdentifier(s, from, to) || !hasLetter(left) || !hasLetter(right)
                    || evidence(page, left, right) < 2 || glued.containsKey(left + '\u0000' + right)) {
                continue; // one lost separator a pair: its other copies stay apart, the evidence (a share menu glued everywhere keeps none)
            }
            glued.put(left + '\u0000' + right, 1);
            t.append(s.substring(at, from));
            boolean itemSeparator = ITEM_SEPARATOR.matcher(s.substring(g[0], g[0] + g[1])).matches();
            boolean date = DATE_AFTER.matcher(s.substring(g[0] + g[1])).lookingAt();
            t.damage(left + right, "GLUED_WORDS", s.substring(from, to),
                    date ? "core" : difficulty(left, right, itemCopies(page, left, right) - (itemSeparator ? 1 : 0)));
            at = to;
        }
        t.append(s.substring(at));
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    /** Inline elements whose text is code: an identifier is never glue a detector may edit. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "tt");

    /**
     * The glue would sit in a URL, a handle, a hashtag, a path or a dotted or snake_case identifier
     * ({@code https://t.co/hFciHO5Qc7pic.twitter.com/…}, {@code @trevorjd14pic.twitter.com}): the token around it
     * (up to the spaces) has a character that no prose word has. Such text is never edited, so glue there is no
     * damage a detector could repair.
     */
    static boolean inUrlOrIdentifier(String s, int from, int to) {
        int a = from;
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int b = to;
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        String token = s.substring(a, b);
        return URL_OR_IDENTIFIER.matcher(token).find();
    }

    private static final Pattern URL_OR_IDENTIFIER = Pattern.compile("://|www\\.|[@#_/\\\\=<>{}]|\\.[A-Za-z0-9]");

    /**
     * The copies of the pair the page writes apart (0 when it also writes them run together): glue a reader of the
     * page can tell from a name needs another copy apart. The page writes the two words side by side elsewhere, apart
     * (a space, a line break, or the separator: {@code Walikali and Gossipgist} beside {@code WalikaliGossipgist},
     * the share menu's {@code Facebook⏎Twitter} beside {@code FacebookTwitter}). Glue whose words the page never
     * writes apart is not generated: {@code ScienceNature}, {@code AxelLinda}, {@code 2019Final},
     * {@code OdysseyAttack} read as names run together only to someone who knows the names (ExxonMobil,
     * HarperCollins and 4Runner are single names of the same shape), so the page holds no evidence a human
     * could use, and no detector that does no harm could flag them.
     */
    static int evidence(String page, String left, String right) {
        int copies = copiesApart(page, left, "\\s*(?:[,，、|·]|\\s|和|或|and\\b|or\\b)\\s*", right);
        // the copy being glued is one of them: another must stay apart (the caller counts the copies glued)
        return page.contains(left + right) ? 0 : copies;
    }

    /**
     * {@code core} where the page's other copies are evidence as the committed glue sets count it
     * ({@link GlueGenerator}): the pair written apart as two items (a line, a separator, a conjunction), once more
     * for two Latin terms, twice more when a side is Chinese (Chinese writes compounds as freely as pairs); {@code hard}
     * otherwise ({@code eval --core-only} leaves it out). Two words side by side with a space are a phrase, and
     * authors write its compound both ways ({@code back end} and {@code backend}, {@code policy makers} and
     * {@code policymakers}), so such a copy tells a reader nothing of damage ({@code socialmedia} beside
     * {@code social media}); two Chinese words written apart elsewhere were an author's compound as often as glue on
     * {@code data/real}, and no detector reports them.
     */
    static String difficulty(String left, String right, int otherItemCopies) {
        boolean leftHan = left.codePoints().anyMatch(Chars::isHan);
        boolean rightHan = right.codePoints().anyMatch(Chars::isHan);
        if (leftHan && rightHan) {
            return "hard";
        }
        return otherItemCopies >= (leftHan || rightHan ? 2 : 1) ? "core" : "hard";
    }

    /**
     * A date after the lost separator ({@code FLJune 10}): no word ends in a capitalised month name before a day, so the
     * run is evidence of its own.
     */
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December) ([1-9]|[12][0-9]|3[01])\\b");

    /** What separates two items (not two words of one phrase): a line, a list separator or a conjunction. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(\n|[,，、|·]|和|或|\\band\\b|\\bor\\b)\\s*");

    /** The copies of the pair the page writes apart as two items ({@link #ITEM_SEPARATOR}). */
    static int itemCopies(String page, String left, String right) {
        return copiesApart(page, left, "[ \\t]*(?:\n|[,，、|·]|和|或|and\\b|or\\b)\\s*", right);
    }

    /** How often the page writes {@code left}, then text {@code between} matches, then {@code right}, as whole words. */
    private static int copiesApart(String page, String left, String between, String right) {
        Pattern apart = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(left) + between
                + Pattern.quote(right) + "(?![\\p{L}\\p{N}])");
        java.util.regex.Matcher m = apart.matcher(page);
        int copies = 0;
        while (m.find()) {
            copies++;
        }
        return copies;
    }

    /** A node's text with its own spaces kept (an inline element's trailing space is the page's separator). */
    private static String flat(Node n) {
        String raw = n instanceof TextNode tn ? tn.getWholeText()
                : n instanceof Element e ? (e.normalName().equals("br") ? " " : e.wholeText()) : "";
        return raw.replaceAll("\\s+", " ");
    }

    private static boolean startsWithWord(Node n) {
        String s = flat(n);
        return !s.isEmpty() && isWordChar(s.charAt(0));
    }

    private static boolean endsWithWord(CharSequence s) {
        return isWordChar(s.charAt(s.length() - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Chars.isHan(c);
    }

    /** The start of the word ending at {@code end}: a Latin word whole, at most four Chinese characters. */
    private static int wordStart(String s, int end) {
        int i = end;
        boolean han = i > 0 && Chars.isHan(s.charAt(i - 1));
        while (i > 0 && isWordChar(s.charAt(i - 1)) && Chars.isHan(s.charAt(i - 1)) == han && (!han || end - i < 4)) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int start) {
        int i = start;
        boolean han = i < s.length() && Chars.isHan(s.charAt(i));
        while (i < s.length() && isWordChar(s.charAt(i)) && Chars.isHan(s.charAt(i)) == han && (!han || i - start < 4)) {
            i++;
        }
        return i;
    }

    private static final Pattern NO_SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    /** {@code articleBody} by page name, from the benchmark's {@code ground-truth.json}. */
    private static Map<String, String> articleBodies(Path groundTruth) throws IOException {
        Map<String, String> out = new HashMap<>();
        new ObjectMapper().readTree(groundTruth.toFile()).fields().forEachRemaining(e -> {
            JsonNode b = e.getValue().get("articleBody");
            if (b != null && b.isTextual()) {
                out.put(e.getKey(), b.asText());
            }
        });
        return out;
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
