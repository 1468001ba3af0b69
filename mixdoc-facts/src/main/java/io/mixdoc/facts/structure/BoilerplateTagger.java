package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the {@code boilerplate} layer: the page's tail after the end mark (or a closing run of
 * headline-like lines), and share, credit and navigation lines, each with its {@code kind}
 * ({@code related_headlines}, {@code credits}, {@code tail}, {@code share}, {@code navigation}).
 * Later stages skip these ranges: facts found there are not the article's.
 * Offsets are UTF-16 indices into the document text, half-open.
 */
public final class BoilerplateTagger implements Stage {
    private static final Pattern NAVIGATION = Pattern.compile(
            "^(?:分享到|分享[:：]|Share(?: this| on)?\\b|返回顶部|Back to top|扫一扫|相关新闻|相关阅读|相关报道|Related(?: news| stories| articles)?\\s*[:：]?$"
                    + "|责任编辑|【编辑|编辑[:：]|来源[:：]|Source\\s*:|Editor\\s*:|Tags?\\s*:|关键词[:：]|上一篇|下一篇|Previous\\b|Next\\b|首页\\s*[>＞|]|Home\\s*[>|])",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "boilerplate";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.END_MARK);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.BOILERPLATE;
    }

    @Override
    public Document apply(Document doc) {
        Optional<StructureSpan> endMark = doc.layer(FactsLayers.END_MARK).spans().stream().findFirst();
        return doc.with(FactsLayers.BOILERPLATE, boilerplate(Simplified.of(doc), TextLines.of(doc.text()), endMark));
    }

    private static List<StructureSpan> boilerplate(String text, List<Line> lines, Optional<StructureSpan> endMark) {
        List<StructureSpan> out = new ArrayList<>();
        int tailStart = -1;
        if (endMark.isPresent()) {
            int after = endMark.get().end();
            for (Line l : lines) {
                if (l.start() >= after) {
                    tailStart = l.start();
                    break;
                }
            }
            // Text after the mark on the same line (an editor's note) is part of the article's end, not the tail.
        } else {
            tailStart = headlineRunStart(text, lines);
        }
        if (tailStart >= 0) {
            Line last = lines.get(lines.size() - 1);
            int headlines = 0;
            int count = 0;
            for (Line l : lines) {
                if (l.start() >= tailStart) {
                    count++;
                    if (looksLikeHeadline(l.text(text))) {
                        headlines++;
                    }
                }
            }
            int credits = 0;
            for (Line l : lines) {
                if (l.start() >= tailStart && NAVIGATION.matcher(l.text(text).replaceFirst("^[【\\[]", "")).find()) {
                    credits++;
                }
            }
            String kind = credits == count ? "credits" : headlines * 2 >= count ? "related_headlines" : "tail";
            out.add(new StructureSpan(tailStart, last.end(), StructureKind.BOILERPLATE,
                    Map.of("kind", kind, "lines", Integer.toString(count)), List.of()));
        }
        for (Line l : lines) {
            if (tailStart >= 0 && l.start() >= tailStart) {
                break;
            }
            String t = l.text(text);
            if (NAVIGATION.matcher(t).find() && t.codePointCount(0, t.length()) <= 120) {
                String kind = t.matches("(?i)^(?:分享|Share|扫一扫).*") ? "share"
                        : t.matches("(?i)^(?:责任编辑|【编辑|编辑|Editor|来源|Source).*") ? "credits" : "navigation";
                out.add(new StructureSpan(l.start(), l.end(), StructureKind.BOILERPLATE, Map.of("kind", kind), List.of()));
            }
        }
        return out;
    }

    /** Without an end mark: a run of at least three short headline-like lines closing the text. */
    private static int headlineRunStart(String text, List<Line> lines) {
        int i = lines.size() - 1;
        while (i >= 0 && looksLikeHeadline(lines.get(i).text(text))) {
            i--;
        }
        int run = lines.size() - 1 - i;
        // a run right after a table row is the table's last cells ("1、英语", "2、中国舞蹈史"), not headlines
        if (run >= 3 && i >= 0 && !looksLikeHeadline(lines.get(i).text(text)) && !tableRow(lines.get(i).text(text))) {
            return lines.get(i + 1).start();
        }
        return -1;
    }

    /** A tab between two cells of text ("03艺术人类学\t方李莉"): a row of a table, never a headline. */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "[^\\s\\u3000\\u00a0][ \\u3000\\u00a0]*\\t[\\s\\u3000\\u00a0]*[^\\s\\u3000\\u00a0]");

    /** A last cell that is only a date or a time ("\t2019-05-06", "\t05月06日"): a dated headline's, not a table's. */
    private static final Pattern DATE_CELL = Pattern.compile(
            "\\t[\\s\\u3000]*(?:\\d{2,4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");

    private static boolean tableRow(String t) {
        return TABLE_ROW.matcher(t).find() && !DATE_CELL.matcher(t).find();
    }

    private static boolean looksLikeHeadline(String t) {
        if (tableRow(t)) {
            return false;
        }
        int cps = t.codePointCount(0, t.length());
        boolean han = NameKeys.hasHan(t);
        if (han ? cps > 45 : t.split("\\s+").length > 16) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '。' && last != '；' && last != ':' && last != '：' && last != ','
                && last != '，' && !(last == '.' && !han);
    }
}
