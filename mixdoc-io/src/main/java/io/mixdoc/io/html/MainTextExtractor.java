package io.mixdoc.io.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article text of an HTML page: the main text with its paragraph and heading boundaries
 * (link text kept), and every other visible block of the page labelled as boilerplate (navigation,
 * related links, share widgets, footer, captions, comments, ads, metadata) rather than dropped.
 *
 * <p>Method, after the ideas of readability, trafilatura and jusText (no code taken from them): drop
 * invisible and non-text elements; score paragraph runs into their containers (text length, commas,
 * link density, tag and class/id hints) to find the article's root and merge article-like siblings;
 * split the page into blocks and label hinted subtrees; then classify the article's blocks by link
 * density, length and position. When the page declares a JSON-LD {@code articleBody} that the result
 * misses, the page is re-read around the blocks that match it. Traversals are iterative, so deep
 * nesting cannot overflow the stack; work is linear in the page size. Returned text is a copy, not
 * offsets into the HTML.
 */
public final class MainTextExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "applet", "link", "meta", "input", "select", "option",
            "textarea", "button", "audio", "video", "source", "picture", "img", "map", "head", "title");
    private static final int MIN_DECLARED_WORDS = 40; // distinct words
    private static final int MAX_CLIMB = 1_000;
    /** Attribute set during cleaning on forms that asked for an e-mail address. */
    static final String SIGNUP_MARK = "data-mixdoc-signup";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /**
     * The extracted article.
     *
     * @param title    the page title (og:title, else the first h1, else {@code <title>}); "" if none
     * @param mainText the main text, blocks separated by blank lines; "" if none found
     * @param blocks   every visible text block of the page in document order, main and boilerplate
     */
    public record Extraction(String title, String mainText, List<TextBlock> blocks) {
        public Extraction {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(mainText, "mainText");
            blocks = List.copyOf(blocks);
        }

        public Extraction(String title, String mainText) {
            this(title, mainText, List.of());
        }

        /** The main text's blocks (headings, paragraphs, list items, ...), in order. */
        public List<TextBlock> mainBlocks() {
            return blocks.stream().filter(b -> !b.isBoilerplate()).toList();
        }

        /** The boilerplate blocks, in order, each with its kind. */
        public List<TextBlock> boilerplate() {
            return blocks.stream().filter(TextBlock::isBoilerplate).toList();
        }
    }

    /**
     * Extracts title, main text and labelled blocks from {@code html}.
     *
     * @param html    the page, already decoded (see {@link HtmlDecoder})
     * @param baseUrl the page's URL, or null/"" when unknown
     */
    public Extraction extract(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        String title = title(doc);
        Element body = doc.body();
        if (body == null) {
            return new Extraction(title, "", List.of());
        }
        String declared = StructuredData.articleBody(doc);
        clean(body);
        PageStats stats = PageStats.of(body);
        ContentFinder finder = new ContentFinder(stats);
        List<Element> roots = finder.find(body);
        List<BlockWriter.RawBlock> raw = BlockWriter.write(body, roots, finder.core(), stats);
        List<TextBlock> blocks = BlockClassifier.classify(raw, title);
        if (!declared.isEmpty()) {
            blocks = crossCheck(declared, body, raw, blocks, stats, title);
        }
        String main = mainText(blocks);
        return new Extraction(title, main, blocks);
    }

    private static String mainText(List<TextBlock> blocks) {
        StringBuilder main = new StringBuilder();
        for (TextBlock b : blocks) {
            if (!b.isBoilerplate()) {
                if (main.length() > 0) {
                    main.append("\n\n");
                }
                main.append(b.text());
            }
        }
        return main.toString();
    }

    /**
     * When the page declares a substantial article body in JSON-LD and the extraction misses most of
     * its words, the scoring picked the wrong part of the page: re-read it around the smallest element
     * holding most of the blocks whose words come from the declared body. Kept only if it agrees better.
     */
    private static List<TextBlock> crossCheck(String declared, Element body, List<BlockWriter.RawBlock> raw,
                                              List<TextBlock> blocks, PageStats stats, String title) {
        Set<String> expected = StructuredData.words(declared);
        if (expected.size() < MIN_DECLARED_WORDS) {
            return blocks;
        }
        double before = StructuredData.coverage(expected, StructuredData.words(mainText(blocks)));
        if (before >= 0.5) {
            return blocks;
        }
        Map<Element, Integer> matchedChars = new LinkedHashMap<>(); // deterministic ties
        int total = 0;
        for (BlockWriter.RawBlock b : raw) {
            Set<String> words = StructuredData.words(b.text());
            if (words.size() < 5 || StructuredData.coverage(words, expected) < 0.8) {
                continue;
            }
            total += b.chars();
            int level = 0;
            for (Element e = b.element(); e != null && e != body && level < MAX_CLIMB; e = e.parent(), level++) {
                matchedChars.merge(e, b.chars(), Integer::sum);
            }
        }
        Element root = null;
        for (Map.Entry<Element, Integer> entry : matchedChars.entrySet()) {
            if (entry.getValue() >= total * 0.8
                    && (root == null || stats.get(entry.getKey()).text < stats.get(root).text)) {
                root = entry.getKey();
            }
        }
        if (root == null || root == body) {
            return blocks;
        }
        List<TextBlock> again = BlockClassifier.classify(BlockWriter.write(body, List.of(root), root, stats), title);
        double after = StructuredData.coverage(expected, StructuredData.words(mainText(again)));
        return after > before + 0.2 ? again : blocks;
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=twitter:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().strip();
    }

    /** Removes comments, non-text elements and elements hidden by markup. */
    private static void clean(Element body) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && isJunk(e)) {
                    if (isEmailField(e) && e.parent() != null) {
                        // remember where a sign-up form was: its box is boilerplate, not article text
                        Element form = e.closest("form");
                        (form != null ? form : e.parent()).attr(SIGNUP_MARK, "");
                    }
                    doomed.add(e);
                }
            }
        }, body);
        for (Node n : doomed) {
            n.remove();
        }
    }

    private static boolean isEmailField(Element e) {
        if (!e.normalName().equals("input")) {
            return false;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("email")) {
            return true;
        }
        return (type.isEmpty() || type.equals("text"))
                && (e.attr("name") + " " + e.attr("placeholder")).toLowerCase(Locale.ROOT).contains("mail");
    }

    private static boolean isJunk(Element e) {
        if (DROP_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.hasAttr("hidden") || e.hasClass("jammer")) {
            return true; // forum anti-copy text (Discuz! "jammer"), hidden by the site's style sheet
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }
}
