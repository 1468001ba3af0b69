package io.mixdoc.io.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every raw block its final kind. Blocks outside the article keep their hint (or OTHER).
 * Inside the article, a jusText-like pass over the sequence: link-heavy and stock-phrase blocks are
 * boilerplate; long, link-poor blocks are "good"; short blocks are kept between good ones, and at the
 * edges only when they read like sentences, so bylines, dates and "share" lines around the article
 * fall away while short paragraphs inside it stay.
 */
final class BlockClassifier {
    private static final Pattern STOCK = Pattern.compile("(?i)^(?:advertisement|advertisements|advert|ad"
            + "|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading.*|share(?: this)?"
            + "(?: article| story| post| page)?(?: on \\w+)?|tweet|email|print|comments?|read more.*|related(?:"
            + " articles| stories| content| posts)?|click here.*|subscribe.*|sign up.*|follow us.*|follow \\w+ on.*"
            + "|(?:photo|image|video|source|credit)s?:.*|getty images|\\(ap\\)|ap photo.*|loading\\.*"
            + "|we recommend|you may also like|more from .*|trending|most popular|most read|sharing is caring!?"
            + "|this (?:slideshow|video|content|feature) requires javascript\\.?|please enable javascript.*"
            + "|(?:estimated )?(?:reading time|read time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture"
            + "|阅读时间|閱讀時間)\\s*[:：]?.*"
            + "|\\d+\\s*(?:min|mins|minutes?|minutos?)\\.?\\s*(?:read|de leitura|de lectura)?)$");
    private static final Pattern STOCK_SHARE = Pattern.compile("share|sharing|tweet|email|print|follow");
    private static final Pattern STOCK_RELATED = Pattern.compile(
            "related|read more|continue reading|more from|you may|we recommend|trending|most");
    private static final Pattern STOCK_META = Pattern.compile(
            "photo|image|video|source|credit|getty|\\(ap\\)|ap photo|comment|\\d|reading|read time|estimated|tempo"
            + "|tiempo|lesezeit|temps|阅读|閱讀");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…:;][\"”’'»)\\]]*$");

    private static final int MIN_TABLE_ROWS = 3;

    private BlockClassifier() {
    }

    static List<TextBlock> classify(List<BlockWriter.RawBlock> raw, String title) {
        BlockKind[] kinds = new BlockKind[raw.size()];
        List<Integer> main = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            BlockWriter.RawBlock b = raw.get(i);
            if (!b.inMain()) {
                boolean headline = b.tag().equals("h1") && sameText(b.text(), title);
                kinds[i] = headline ? BlockKind.TITLE : b.hint() != null ? b.hint() : BlockKind.OTHER;
            } else if (b.hint() != null) {
                kinds[i] = b.hint();
            } else if (b.tag().equals("h1") && sameText(b.text(), title)) {
                kinds[i] = BlockKind.TITLE;
            } else if (b.chars() < 40 && STOCK.matcher(b.text().strip()).matches()) {
                kinds[i] = stockKind(b.text().strip().toLowerCase(Locale.ROOT));
            } else if (urlShare(b.text()) > 0.5) {
                kinds[i] = BlockKind.META; // image URLs and schema.org leftovers, not prose
            } else if (b.linkDensity() > 0.5 && b.structure() != BlockKind.HEADING
                    && (b.chars() < 100 || b.linkDensity() > 0.7)) {
                kinds[i] = BlockKind.RELATED;
            } else {
                kinds[i] = b.structure();
                main.add(i);
            }
        }
        trimEdges(raw, kinds, main, title);
        List<TextBlock> blocks = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            blocks.add(new TextBlock(kinds[i], raw.get(i).text()));
        }
        return blocks;
    }

    private static BlockKind stockKind(String text) {
        if (STOCK_SHARE.matcher(text).lookingAt()) {
            return BlockKind.SHARE;
        }
        if (STOCK_RELATED.matcher(text).lookingAt()) {
            return BlockKind.RELATED;
        }
        if (STOCK_META.matcher(text).lookingAt()) {
            return BlockKind.META;
        }
        return BlockKind.AD;
    }

    private static void trimEdges(List<BlockWriter.RawBlock> raw, BlockKind[] kinds, List<Integer> main,
                                  String title) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < main.size(); k++) {
            if (isGood(raw.get(main.get(k)))) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return; // nothing clearly good: keep what the finder chose
        }
        boolean keep = true;
        Element openingBlock = raw.get(main.get(first)).element();
        Element opening = openingBlock.parent();
        for (int k = first - 1; k >= 0; k--) {
            BlockWriter.RawBlock b = raw.get(main.get(k));
            if (b.tag().equals("h1") || (b.structure() == BlockKind.HEADING && sameText(b.text(), title))) {
                kinds[main.get(k)] = BlockKind.TITLE; // a headline above the text, whatever its wording
                keep = false;
                continue;
            }
            boolean sameContainer = opening != null && b.element().parent() == opening
                    && b.element() != openingBlock && b.linkDensity() < 0.3 && !b.tag().equals("div");
            keep = keep && (sameContainer || isSentence(b) || isListItem(b) || isLongText(b)
                    || (b.structure() == BlockKind.HEADING && b.chars() < 150));
            if (!keep) {
                kinds[main.get(k)] = BlockKind.META;
            }
        }
        keep = true;
        Map<Element, Boolean> tables = new IdentityHashMap<>();
        Element closingBlock = raw.get(main.get(last)).element();
        Element container = closingBlock.parent();
        int lastKept = last;
        for (int k = last + 1; k < main.size(); k++) {
            BlockWriter.RawBlock b = raw.get(main.get(k));
            // short blocks right inside the article's own container continue it ("Nighttime supplement",
            // "30 minutes before bed"); elsewhere only sentences and list items do
            boolean sameContainer = container != null && b.element().parent() == container
                    && b.element() != closingBlock && b.linkDensity() < 0.3 && !b.tag().equals("div");
            keep = keep && (sameContainer || ((isSentence(b) || isListItem(b)) && b.structure() != BlockKind.HEADING)
                    || inDataTable(b, tables));
            if (!keep) {
                kinds[main.get(k)] = BlockKind.META;
            } else {
                lastKept = k;
            }
        }
        // a heading that ends the article introduces nothing
        for (int k = lastKept; k > last && raw.get(main.get(k)).structure() == BlockKind.HEADING; k--) {
            kinds[main.get(k)] = BlockKind.META;
        }
    }

    /**
     * A cell of a data table inside the article: a table of at least {@value #MIN_TABLE_ROWS} rows of
     * several cells each, with no table nested in it and little link text. Its cells are short and
     * rarely sentences, yet they are the article's (a schedule, a list of courses and teachers);
     * a layout table, which holds other tables or one cell per row, is not one.
     */
    private static boolean inDataTable(BlockWriter.RawBlock b, Map<Element, Boolean> known) {
        if (b.linkDensity() >= 0.3) {
            return false;
        }
        Element table = b.element().closest("table");
        return table != null && known.computeIfAbsent(table, BlockClassifier::isDataTable);
    }

    private static boolean isDataTable(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false; // holds another table: a layout table
        }
        int rows = 0;
        int cells = 0;
        for (Element row : table.getElementsByTag("tr")) {
            rows++;
            cells += row.select("> td, > th").size();
        }
        int links = 0;
        for (Element a : table.select("a[href]")) {
            links += PageStats.nonSpace(a.text());
        }
        int text = PageStats.nonSpace(table.text());
        return rows >= MIN_TABLE_ROWS && cells >= rows * 2 && text > 0 && links < text * 0.3;
    }

    private static boolean isGood(BlockWriter.RawBlock b) {
        if (b.structure() == BlockKind.HEADING || b.linkDensity() > 0.3) {
            return false;
        }
        return b.chars() >= 80 || (b.chars() >= 40 && SENTENCE_END.matcher(b.text()).find());
    }


    private static boolean isLongText(BlockWriter.RawBlock b) {
        return b.chars() >= 80 && (b.linkDensity() < 0.5
                || (b.chars() - b.linkChars() >= 50 && SENTENCE_END.matcher(b.text()).find()));
    }

    private static boolean isListItem(BlockWriter.RawBlock b) {
        return b.structure() == BlockKind.LIST_ITEM && b.chars() >= 10 && b.linkDensity() < 0.3;
    }

    private static boolean isSentence(BlockWriter.RawBlock b) {
        return b.chars() >= 10 && b.linkDensity() < 0.3 && SENTENCE_END.matcher(b.text()).find();
    }

    private static double urlShare(String text) {
        Matcher m = URL.matcher(text);
        int inUrls = 0;
        int urls = 0;
        while (m.find()) {
            inUrls += m.end() - m.start();
            urls++;
        }
        // one URL is often a tweet's picture link; several with little else are leftovers
        return text.isEmpty() || urls < 2 ? 0 : (double) inUrls / text.length();
    }

    static boolean sameText(String a, String b) {
        if (b == null || b.isEmpty()) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        String y = b.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        return !x.isEmpty() && (y.contains(x) || x.contains(y));
    }
}
