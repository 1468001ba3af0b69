package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.internal.Boilerplate;
import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.facts.internal.TiedWeekdays;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@code date} layer: absolute dates ({@code 2025年10月11日}, {@code April 26, 2025},
 * {@code May 2023}) and relative ones ({@code 今年2月}, {@code June this year}, {@code 明年}) resolved
 * against the publication year from the {@code structure} layer. Without a publication year, relative
 * dates are left out and yearless ones are written {@code --MM-DD}. Traditional characters are read as
 * simplified ones, offset for offset. Offsets are UTF-16, half-open.
 */
public final class DateTagger implements Stage {
    @Override
    public String id() {
        return "dates";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.STRUCTURE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.DATE;
    }

    @Override
    public Document apply(Document doc) {
        int year = publicationYear(doc);
        int[] monthDay = publicationMonthDay(doc);
        List<DateMention> out = new ArrayList<>();
        Boilerplate boilerplate = Boilerplate.of(doc);
        // traditional text read as simplified, index for index: 上週三, 後天 and 億 are read as 上周三, 后天 and 亿
        // and full-width digits as ASCII ones: ５月２２日 is 5月22日
        String text = io.mixdoc.facts.internal.WideDigits.fold(io.mixdoc.text.Simplified.of(doc));
        List<DateReader.Hit> hits = new ArrayList<>(DateReader.read(text, year, monthDay[0], monthDay[1]));
        List<TiedWeekdays.Tie> ties = TiedWeekdays.read(text, hits);
        ties.forEach(t -> hits.add(t.hit()));
        if (monthDay[0] == 0 && !ties.isEmpty()) {
            // no full publication date, but the text ties a weekday to a day: its week's other weekdays count from that day
            TiedWeekdays.Tie first = ties.get(0);
            hits.addAll(io.mixdoc.facts.internal.RelativeDays.thisWeeksDays(text, first.day(), first.yearless()));
        }
        if (monthDay[0] > 0) {
            hits.addAll(io.mixdoc.facts.internal.RelativeDays.read(text, java.time.LocalDate.of(year, monthDay[0], monthDay[1])));
        } else {
            yearlessPublicationDay(doc).ifPresent(day -> {
                hits.addAll(io.mixdoc.facts.internal.RelativeDays.yearless(text, day));
                hits.addAll(DateReader.yearlessDays(text, day));
            });
        }
        for (DateReader.Hit h : DateReader.nonOverlapping(hits)) {
            DateMention d = new DateMention(h.start(), h.end(), h.value(), h.relative());
            if (boilerplate.contains(d)) {
                continue;
            }
            out.add(d);
        }
        return doc.with(FactsLayers.DATE, out);
    }

    /** Month and day of a full publication date, or {0, 0}. */
    static int[] publicationMonthDay(Document doc) {
        for (StructureSpan s : doc.layer(FactsLayers.STRUCTURE).spans()) {
            if (s.kind() == StructureKind.PUBLICATION_DATE && s.attribute("value").matches("\\d{4}-\\d{2}-\\d{2}")) {
                String v = s.attribute("value");
                return new int[]{Integer.parseInt(v.substring(5, 7)), Integer.parseInt(v.substring(8, 10))};
            }
        }
        return new int[]{0, 0};
    }

    /** The day of a publication date known without its year ("--05-12"). */
    static java.util.Optional<java.time.MonthDay> yearlessPublicationDay(Document doc) {
        for (StructureSpan s : doc.layer(FactsLayers.STRUCTURE).spans()) {
            if (s.kind() == StructureKind.PUBLICATION_DATE && s.attribute("value").matches("--\\d{2}-\\d{2}")) {
                return java.util.Optional.of(java.time.MonthDay.parse(s.attribute("value")));
            }
        }
        return java.util.Optional.empty();
    }

    /** The year of the structure layer's publication date, or 0 when it has none. */
    static int publicationYear(Document doc) {
        for (StructureSpan s : doc.layer(FactsLayers.STRUCTURE).spans()) {
            if (s.kind() == StructureKind.PUBLICATION_DATE && s.attribute("value").matches("\\d{4}-.*")) {
                return Integer.parseInt(s.attribute("value").substring(0, 4));
            }
        }
        return 0;
    }
}
