package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.ReportSection;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text report's section for mixdoc-facts ({@code mixdoc analyze}, found by the CLI through
 * {@link ReportSection}): the article's structure, the interview as turns with their
 * speakers, the figures with their normalised values, the dates, and the entities with their names in
 * both languages. Offsets shown are code points.
 */
public final class FactsReport implements ReportSection {
    private static final int PREVIEW = 60;

    @Override
    public void append(Document doc, StringBuilder b) {
        doc.find(FactsLayers.STRUCTURE).ifPresent(l -> structure(doc, l.spans(), b));
        doc.find(FactsLayers.QUANTITY).ifPresent(l -> figures(doc, l.spans(), b));
        doc.find(FactsLayers.DATE).ifPresent(l -> dates(doc, l.spans(), b));
        doc.find(FactsLayers.ENTITY).ifPresent(l -> entities(doc, l.spans(), b));
    }

    private static int cp(Document doc, int utf16) {
        return doc.text().codePointCount(0, utf16);
    }

    private static String oneLine(String s) {
        return s.replace('\n', '⏎').replace('\r', ' ');
    }

    private static void structure(Document doc, List<StructureSpan> spans, StringBuilder b) {
        b.append("\nStructure:\n");
        List<StructureSpan> turns = new ArrayList<>();
        List<StructureSpan> captions = new ArrayList<>();
        int paragraphs = 0;
        boolean any = false;
        for (StructureSpan s : spans) {
            switch (s.kind()) {
                case HEADLINE -> b.append(String.format(Locale.ROOT, "  headline     %s%n", doc.cover(s)));
                case DATELINE -> b.append(String.format(Locale.ROOT, "  dateline     %s  (agency %s, place %s%s)%n", doc.cover(s),
                        s.attribute("agency"), s.attribute("place").isEmpty() ? "-" : s.attribute("place"),
                        s.attribute("month").isEmpty() ? "" : ", " + s.attribute("month") + "-" + s.attribute("day")));
                case BYLINE -> b.append(String.format(Locale.ROOT, "  byline       %s%n", String.join(", ", s.names())));
                case PUBLICATION_DATE -> b.append(String.format(Locale.ROOT, "  published    %s  (%s)%n", s.attribute("value"),
                        s.attribute("evidence")));
                case END_MARK -> b.append(String.format(Locale.ROOT, "  end mark     %s at %d%n", doc.cover(s), cp(doc, s.start())));
                case BOILERPLATE -> b.append(String.format(Locale.ROOT, "  boilerplate  %s %d-%d%s: %s…%n", s.attribute("kind"),
                        cp(doc, s.start()), cp(doc, s.end()),
                        s.attribute("lines").isEmpty() ? "" : " (" + s.attribute("lines") + " lines)",
                        oneLine(preview(doc.cover(s), 30))));
                case TURN -> turns.add(s);
                case CAPTION -> captions.add(s);
                case PARAGRAPH -> paragraphs++;
                default -> {
                }
            }
            any |= s.kind() != StructureKind.PARAGRAPH;
        }
        if (!any) {
            b.append("  (no dateline, byline, captions, interview or boilerplate found)\n");
        }
        b.append(String.format(Locale.ROOT, "  %d paragraphs, %d captions, %d interview turns%n", paragraphs, captions.size(), turns.size()));
        for (StructureSpan c : captions) {
            b.append(String.format(Locale.ROOT, "  caption %5d  %s%n", cp(doc, c.start()), preview(doc.cover(c), PREVIEW)));
        }
        if (!turns.isEmpty()) {
            b.append("\nInterview:\n");
            for (int i = 0; i < turns.size(); i++) {
                StructureSpan t = turns.get(i);
                int next = i + 1 < turns.size() ? turns.get(i + 1).start() : doc.text().length();
                int lineEnd = doc.text().indexOf('\n', t.end());
                int end = Math.min(next, lineEnd < 0 ? doc.text().length() : lineEnd);
                b.append(String.format(Locale.ROOT, "  %2d. %-8s %s %5d  %s%n", i + 1, t.attribute("role"),
                        pad(t.attribute("speaker"), 30), cp(doc, t.start()), preview(doc.text().substring(t.end(), end).strip(), 50)));
            }
        }
    }

    /** Pads to a display width, counting Chinese and full-width characters as two columns. */
    private static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int c = s.codePointAt(i);
            w += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0x3000 && c <= 0x303F) ? 2 : 1;
        }
        return w >= width ? s : s + " ".repeat(width - w);
    }

    private static String preview(String s, int max) {
        String t = oneLine(s);
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }

    private static void figures(Document doc, List<Quantity> qs, StringBuilder b) {
        b.append(String.format(Locale.ROOT, "%nFigures (%d):%n", qs.size()));
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (Quantity q : qs) {
            String approx = switch (q.approx()) {
                case MORE_THAN -> "more than ";
                case ABOUT -> "about ";
                case LESS_THAN -> "nearly ";
                default -> "";
            };
            b.append(String.format(Locale.ROOT, "  %5d  %s → %s%s %s%n", cp(doc, q.start()), pad(doc.cover(q), 20), approx,
                    f.format(new BigDecimal(q.value().toPlainString())), q.unit()));
        }
    }

    private static void dates(Document doc, List<DateMention> ds, StringBuilder b) {
        b.append(String.format(Locale.ROOT, "%nDates (%d):%n", ds.size()));
        for (DateMention d : ds) {
            b.append(String.format(Locale.ROOT, "  %5d  %s → %s%s%n", cp(doc, d.start()), pad(doc.cover(d), 20), d.value(),
                    d.relative() ? "  (resolved against the publication date)" : ""));
        }
    }

    private static void entities(Document doc, List<EntityMention> ms, StringBuilder b) {
        Map<Integer, List<EntityMention>> byEntity = new TreeMap<>();
        for (EntityMention m : ms) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        b.append(String.format(Locale.ROOT, "%nEntities (%d, %s):%n", byEntity.size(), mentions(ms.size())));
        for (List<EntityMention> group : byEntity.values()) {
            Set<String> zh = new LinkedHashSet<>();
            Set<String> en = new LinkedHashSet<>();
            Set<String> mixed = new LinkedHashSet<>();
            for (EntityMention m : group) {
                (m.lang().equals("zh") ? zh : m.lang().equals("en") ? en : mixed).add(doc.cover(m));
            }
            b.append(String.format(Locale.ROOT, "  %-8s %s / %s  (%s%s)%n", group.get(0).type(),
                    zh.isEmpty() ? "-" : String.join(", ", zh), en.isEmpty() ? "-" : String.join(", ", en), mentions(group.size()),
                    mixed.isEmpty() ? "" : "; also " + String.join(", ", mixed)));
        }
    }

    /** {@code 1 mention}, {@code 3 mentions}. */
    static String mentions(int n) {
        return n + (n == 1 ? " mention" : " mentions");
    }
}
