package io.mixdoc.io.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the body into text blocks in document order (one iterative traversal): a block ends at every
 * block-level tag, at every element carrying a boilerplate hint and at blank lines made of
 * {@code <br>}s. An inline element with a hint (a link card inside a paragraph) becomes a block of its
 * own without splitting the paragraph around it. Each block remembers whether it lies inside the
 * article roots, the boilerplate kind of its outermost hinted ancestor, its structural kind, its
 * nearest block element, and how much of it is link text.
 */
final class BlockWriter implements NodeVisitor {
    /** A block before classification. */
    record RawBlock(BlockKind structure, BlockKind hint, boolean inMain, String text, int chars, int linkChars,
                    String tag, Element element) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private record Context(boolean inMain, BlockKind hint, BlockKind structure, boolean pre, boolean link,
                           boolean flushes, boolean aside, String tag, Element block) {
    }

    /** Text gathered for the block being built. */
    private static final class Buffer {
        final StringBuilder text = new StringBuilder();
        Context context;
        int chars;
        int links;
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "div", "section", "table", "dl", "nav",
            "menu", "header");

    private final Set<Element> roots;
    private final Set<Element> coreAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final PageStats stats;
    private final int mainChars;
    private final Deque<Context> stack = new ArrayDeque<>();
    private final List<RawBlock> blocks = new ArrayList<>();
    /** Open buffers: an inline boilerplate element inside a paragraph gets its own, set aside. */
    private final Deque<Buffer> buffers = new ArrayDeque<>();

    private BlockWriter(List<Element> roots, PageStats stats) {
        this.roots = Collections.newSetFromMap(new IdentityHashMap<>());
        this.roots.addAll(roots);
        this.stats = stats;
        int chars = 0;
        for (Element r : roots) {
            chars += stats.get(r).text;
        }
        this.mainChars = chars;
    }

    static List<RawBlock> write(Element body, List<Element> roots, Element core, PageStats stats) {
        BlockWriter writer = new BlockWriter(roots, stats);
        for (Element e = core; e != null; e = e.parent()) {
            writer.coreAndAncestors.add(e);
        }
        writer.stack.push(new Context(false, null, BlockKind.PARAGRAPH, false, false, true, false, "body", body));
        writer.buffers.push(new Buffer());
        NodeTraversor.traverse(writer, body);
        writer.flush();
        return writer.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            Context c = stack.peek();
            String text = c.pre ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" ");
            if (text.isEmpty()) {
                return;
            }
            Buffer buffer = buffers.peek();
            if (buffer.context == null) {
                buffer.context = c;
            }
            buffer.text.append(text);
            int n = PageStats.nonSpace(text);
            buffer.chars += n;
            if (c.link) {
                buffer.links += n;
            }
        } else if (node instanceof Element e) {
            Context parent = stack.peek();
            boolean isRoot = roots.contains(e);
            boolean inMain = parent.inMain || isRoot;
            BlockKind hint = hint(e, inMain);
            String tag = e.normalName();
            boolean block = PageStats.isBlock(e) || isRoot;
            // an inline element with a hint inside a paragraph: set its text aside, keep the paragraph whole
            boolean aside = !block && hint != null && parent.hint == null;
            boolean flushes = block || (hint != null && !aside);
            if (flushes) {
                flush();
            }
            if (aside) {
                buffers.push(new Buffer());
            }
            if (tag.equals("br")) {
                buffers.peek().text.append('\n');
            }
            Context c = new Context(inMain, parent.hint != null ? parent.hint : hint, structure(tag, parent.structure),
                    parent.pre || tag.equals("pre"), parent.link || PageStats.isLink(e), flushes, aside,
                    PageStats.isBlock(e) ? tag : parent.tag, PageStats.isBlock(e) ? e : parent.block);
            stack.push(c);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element) {
            Context c = stack.pop();
            if (c.flushes || c.aside) {
                flush();
            }
            if (c.aside) {
                buffers.pop();
            }
        }
    }

    private BlockKind hint(Element e, boolean inMain) {
        if (roots.contains(e) || coreAndAncestors.contains(e)) {
            return null; // the article's core is not boilerplate, whatever its wrappers are called
        }
        BlockKind kind = BoilerplateHints.kindOf(e);
        PageStats.Stats s = stats.get(e);
        if (kind == null && LINK_LIST_TAGS.contains(e.normalName()) && s.text > 0 && s.linkDensity() > 0.5
                && (s.paragraphs == 0 || s.linkDensity() > 0.8)) {
            kind = inMain ? BlockKind.RELATED : BlockKind.NAV;
        }
        if (kind == null && s.signupForms > 0 && s.text <= 400) {
            kind = BlockKind.AD; // a newsletter or registration box around an e-mail field
        }
        if (kind == null && !PageStats.isBlock(e) && s.anchors >= 3 && s.text - s.links < 20 && s.text > 60
                && !e.normalName().equals("a")) {
            kind = BlockKind.RELATED; // a link card or pop-up tucked inside a paragraph
        }
        if (kind != null && kind != BlockKind.COMMENTS && inMain && s.text > 300 && s.text > mainChars * 0.4
                && s.linkDensity() < 0.5) {
            // a hint that would swallow much of the article is a misfire; not so a comment thread outside
            // the article's core (a long discussion under a short post), which is never the article
            return null;
        }
        return kind;
    }

    private static BlockKind structure(String tag, BlockKind parent) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            case "pre" -> BlockKind.PREFORMATTED;
            default -> parent;
        };
    }

    private void flush() {
        Buffer buffer = buffers.peek();
        if (buffer.context != null && buffer.chars > 0) {
            Context c = buffer.context;
            String all = buffer.text.toString();
            String[] parts = c.pre ? new String[] {all} : BLANK_LINE.split(all);
            for (String part : parts) {
                String text = c.pre ? part.strip() : tidy(part);
                int chars = PageStats.nonSpace(text);
                if (chars == 0) {
                    continue;
                }
                int links = parts.length == 1 ? buffer.links
                        : (int) Math.round((double) buffer.links * chars / buffer.chars);
                blocks.add(new RawBlock(c.structure, c.hint, c.inMain, text, chars, links, c.tag, c.block));
            }
        }
        buffer.text.setLength(0);
        buffer.context = null;
        buffer.chars = 0;
        buffer.links = 0;
    }

    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String t = line.replaceAll(" {2,}", " ").strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }
}
