package io.mixdoc.io.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Text statistics of every element under a root, computed in one iterative post-order pass (no
 * recursion, so deeply nested pages cannot overflow the stack). Lengths count non-whitespace
 * characters; the "run" figures cover an element's direct text plus inline children that hold no
 * block, i.e. the text a browser would lay out as one paragraph inside it.
 */
final class PageStats {
    /** Tags that start a new block of text. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "caption", "html");

    /** Per-element figures. */
    static final class Stats {
        int text;
        int links;
        int commas;
        int runText;
        int runLinks;
        int runCommas;
        boolean hasBlock;
        int paragraphs;
        int anchors;
        int signupForms;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    // insertion (post-)order keeps every later pass deterministic; jsoup nodes compare by identity
    private final Map<Element, Stats> stats = new LinkedHashMap<>();

    private PageStats() {
    }

    static PageStats of(Element root) {
        PageStats page = new PageStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    page.stats.put(e, page.compute(e));
                }
            }
        }, root);
        return page;
    }

    Stats get(Element e) {
        Stats s = stats.get(e);
        return s == null ? new Stats() : s;
    }

    Iterable<Map.Entry<Element, Stats>> entries() {
        return stats.entrySet();
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private Stats compute(Element e) {
        Stats s = new Stats();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                int n = nonSpace(text);
                int c = commas(text);
                s.text += n;
                s.commas += c;
                s.runText += n;
                s.runCommas += c;
            } else if (child instanceof Element c) {
                Stats cs = stats.get(c);
                if (cs == null) {
                    continue;
                }
                s.text += cs.text;
                s.links += cs.links;
                s.commas += cs.commas;
                s.paragraphs += cs.paragraphs;
                s.anchors += cs.anchors;
                s.signupForms += cs.signupForms;
                if (isBlock(c) || cs.hasBlock) {
                    s.hasBlock = true;
                } else {
                    s.runText += cs.text;
                    s.runLinks += cs.links;
                    s.runCommas += cs.commas;
                }
            }
        }
        if (e.hasAttr(MainTextExtractor.SIGNUP_MARK)) {
            s.signupForms++;
        }
        if (isLink(e)) {
            s.anchors++;
            s.links = s.text;
            s.runLinks = s.runText;
        }
        if (e.normalName().equals("p")
                || (s.runText >= 80 && s.runLinks * 2 < s.runText && !e.normalName().equals("li"))) {
            s.paragraphs++;
        }
        return s;
    }

    /**
     * A hyperlink: an {@code a} with an {@code href}. An {@code a} without one is a named anchor, a
     * placeholder; old pages often leave one unclosed around the whole text, so counting it as a link
     * would make the article look like a link list.
     */
    static boolean isLink(Element e) {
        return e.normalName().equals("a") && e.hasAttr("href");
    }

    /**
     * Visible length of a text: non-space characters, with Chinese, Japanese and Korean characters
     * counting double, since one of them carries about as much as a short Latin word (so length
     * thresholds mean the same in both scripts).
     */
    static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                continue;
            }
            n += isWide(ch) ? 2 : 1;
        }
        return n;
    }

    private static boolean isWide(char ch) {
        return (ch >= '\u3040' && ch <= '\u30FF') // kana
                || (ch >= '\u3400' && ch <= '\u9FFF') // CJK ideographs
                || (ch >= '\uAC00' && ch <= '\uD7AF') // Hangul syllables
                || (ch >= '\uF900' && ch <= '\uFAFF')
                || Character.isSurrogate(ch); // supplementary ideographs such as 𠮷 (each half counts 1)
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
