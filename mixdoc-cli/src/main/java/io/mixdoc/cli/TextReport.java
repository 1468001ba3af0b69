package io.mixdoc.cli;

import io.mixdoc.CleanText;
import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Scores;
import io.mixdoc.Seam;
import java.util.Locale;
import java.util.Map;

/** The human-readable report of {@code mixdoc analyze}: figures first, then every seam in context. */
final class TextReport {
    private static final int CONTEXT = 14;

    private TextReport() {
    }

    static String render(Document doc) {
        StringBuilder b = new StringBuilder();
        Scores s = Scores.of(doc);
        String text = doc.text();
        b.append("mixdoc analyze: ").append(doc.id()).append('\n');
        b.append(String.format(Locale.ROOT, "  %d characters, %d letters, main language %s%n",
                text.codePointCount(0, text.length()), s.letters(), s.mainLanguage()));
        b.append("  languages: ");
        for (Map.Entry<String, Double> e : s.languageShare().entrySet()) {
            b.append(String.format(Locale.ROOT, "%s %.1f%%  ", e.getKey(), e.getValue() * 100));
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "  %d language spans, %d sentences, %.2f switches and %.2f seams per 1,000 letters%n",
                doc.layer(Layers.LANG).size(), doc.layer(Layers.SENTENCE).size(), s.switchesPer1000(), s.seamsPer1000()));
        var seams = doc.layer(Layers.SEAM).spans();
        int edits = doc.find(Layers.EDIT).map(l -> l.size()).orElse(0);
        b.append(String.format(Locale.ROOT, "  %d seams, %d repairs applied in the cleaned text%n%n", seams.size(), edits));
        b.append("Seams (offsets are code points):\n");
        for (Seam m : seams) {
            int cpStart = text.codePointCount(0, m.start());
            int cpEnd = cpStart + text.codePointCount(m.start(), m.end());
            String before = oneLine(text.substring(Math.max(0, m.start() - CONTEXT), m.start()));
            String after = oneLine(text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT)));
            b.append(String.format(Locale.ROOT, "  %5d-%-5d %-22s %.2f  …%s[%s]%s…%n", cpStart, cpEnd, m.type(),
                    m.confidence(), before, oneLine(text.substring(m.start(), m.end())), after));
            m.repair().ifPresent(r -> b.append(String.format(Locale.ROOT, "              repair → \"%s\" (%.2f)%n", r, m.repairConfidence())));
        }
        for (var section : ReportSections.all()) {
            section.append(doc, b);
        }
        b.append("\nCleaned text:\n").append(CleanText.of(doc).text());
        if (!text.endsWith("\n")) {
            b.append('\n');
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', '⏎').replace('\r', ' ');
    }
}
