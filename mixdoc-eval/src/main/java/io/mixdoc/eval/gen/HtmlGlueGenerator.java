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
import java.util.Random;
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
 * table cell, heading) of the page's main text (the benchmark's {@code articleBody}) as an extractor flattens it, where the whitespace or short separator between an inline
 * element ({@code <a>}, {@code <b>}, {@code <code>}, …) and the word after it is lost now and then. Every fourth
 * page is left undamaged, to count false alarms on real pages. Gold: the two words run together, repaired to
 * the text the page had.
 */
public final class HtmlGlueGenerator {
    private HtmlGlueGenerator() {
    }

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "em", "i", "code", "span");
    /** Between two inline elements or after one: whitespace, or a short separator an extractor may drop with it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+|\\s*(、|,|，|\\||·|和|或|and|or)\\s*");
    static final double GLUE_CHANCE = 1.0;
    static final int MAX_PAGES = 200;

    /** Writes one {@code NNNN.txt} + gold a page of {@code htmlDirs} into {@code out}; returns the seams made. */
    public static int write(List<Path> htmlDirs, Path out, long seed) throws IOException {
        Files.createDirectories(out);
        Random rnd = new Random(seed);
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
                DamagedText t = page(HtmlDecoder.decode(gunzip(page)), rnd, clean, body);
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
    static DamagedText page(String html, Random rnd, boolean clean, String articleBody) {
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
        DamagedText undamaged = new DamagedText();
        for (Element block : blocks) {
            if (undamaged.length() > 0) {
                undamaged.append('\n');
            }
            flatten(block, undamaged, rnd, true, "");
        }
        String page = undamaged.text();
        DamagedText t = new DamagedText();
        for (Element block : blocks) {
            if (t.length() > 0) {
                t.append('\n');
            }
            flatten(block, t, rnd, clean, page);
        }
        return t;
    }

    /**
     * Appends the block's text; after an inline element, a separator node is lost where the page gives a reader
     * evidence ({@link #evidence}) and the glue touches no URL, handle, code or identifier.
     */
    private static void flatten(Element block, DamagedText t, Random rnd, boolean clean, String page) {
        StringBuilder line = new StringBuilder();
        List<int[]> glue = new ArrayList<>(); // [at in line, separator length]
        List<Node> nodes = block.childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String text = flat(node);
            boolean afterInline = i > 0 && nodes.get(i - 1) instanceof Element prev && INLINE.contains(prev.normalName());
            boolean separator = node instanceof TextNode && !text.isEmpty() && SEPARATOR.matcher(text).matches();
            boolean beforeWord = i + 1 < nodes.size() && startsWithWord(nodes.get(i + 1));
            boolean code = i > 0 && nodes.get(i - 1) instanceof Element prev && CODE.contains(prev.normalName());
            if (afterInline && separator && beforeWord && !code && line.length() > 0 && endsWithWord(line) && !clean
                    && rnd.nextDouble() < GLUE_CHANCE) {
                glue.add(new int[] {line.length(), text.length()});
            }
            line.append(text);
        }
        String s = line.toString();
        int at = 0;
        for (int[] g : glue) {
            int from = wordStart(s, g[0]);
            int to = wordEnd(s, g[0] + g[1]);
            if (from < at || to <= g[0] + g[1] || inUrlOrIdentifier(s, from, to)
                    || !evidence(page, s.substring(from, g[0]), s.substring(g[0] + g[1], to))) {
                continue;
            }
            t.append(s.substring(at, from));
            t.damage(s.substring(from, g[0]) + s.substring(g[0] + g[1], to), "GLUED_WORDS", s.substring(from, to));
            at = to;
        }
        t.append(s.substring(at));
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
     * Glue a reader of the page can tell from a name: the page writes the two words side by side elsewhere, apart
     * (a space, a line break, or the separator: {@code Walikali and Gossipgist} beside {@code WalikaliGossipgist},
     * the share menu's {@code Facebook⏎Twitter} beside {@code FacebookTwitter}). Glue whose words the page never
     * writes apart is not generated: {@code ScienceNature}, {@code AxelLinda}, {@code 2019Final},
     * {@code OdysseyAttack} read as names run together only to someone who knows the names (ExxonMobil,
     * HarperCollins and 4Runner are single names of the same shape), so the page holds no evidence a human
     * could use, and no detector that does no harm could flag them.
     */
    static boolean evidence(String page, String left, String right) {
        Pattern apart = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(left) + "\\s*(?:[,，、|·]|\\s|和|或|and\\b|or\\b)\\s*"
                + Pattern.quote(right) + "(?![\\p{L}\\p{N}])");
        java.util.regex.Matcher m = apart.matcher(page);
        int copies = 0;
        while (m.find()) {
            copies++;
        }
        // the copy being glued is one of them: another must stay apart
        return copies >= 2 && !page.contains(left + right);
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
