package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.text.Simplified;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code publication_date} layer: the article's date, strongest evidence first (see
 * {@code publicationDate}), with its value and the evidence in words. The span covers the dateline it
 * was read from, or is empty at 0 when the date came from the page or the WARC record.
 */
public final class PublicationDateTagger implements Stage {
    private static final Pattern FUTURE = Pattern.compile("将|计划|预计|拟|有望|(?i:\\bwill\\b|\\bplans?\\b|\\bexpected\\b|\\bscheduled\\b|\\bto be held\\b)");

    /** Document metadata a reader may pass: the page's own date (see mixdoc-io's PageDate) and a WARC capture date. */
    static final String PAGE_DATE = "page_date";
    static final String PAGE_DATE_EVIDENCE = "page_date_evidence";
    static final String WARC_DATE = "warc_date";
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    @Override
    public String id() {
        return "publication_date";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.DATELINE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.PUBLICATION_DATE;
    }

    @Override
    public Document apply(Document doc) {
        Optional<StructureSpan> dateline = doc.layer(FactsLayers.DATELINE).spans().stream().findFirst();
        return doc.with(FactsLayers.PUBLICATION_DATE, publicationDate(doc.text(), Simplified.of(doc), dateline, doc.metadata()).stream().toList());
    }

    /**
     * The publication date, strongest evidence first: a dateline with its year; a dateline's month and
     * day with the year of the page date (or the WARC record date); the page date alone; the dateline
     * with the year of the latest dated event the text reports; the WARC record date; else none.
     */
    private static Optional<StructureSpan> publicationDate(String text, String zh, Optional<StructureSpan> dateline, Map<String, String> meta) {
        Optional<int[]> page = day(meta.getOrDefault(PAGE_DATE, ""));
        Optional<int[]> warc = day(meta.getOrDefault(WARC_DATE, ""));
        Map<String, String> a = new LinkedHashMap<>();
        if (dateline.isPresent() && !dateline.get().attribute("month").isEmpty()) {
            StructureSpan d = dateline.get();
            int month = Integer.parseInt(d.attribute("month"));
            int day = Integer.parseInt(d.attribute("day"));
            Optional<int[]> anchor = page.isPresent() ? page : warc;
            if (!d.attribute("year").isEmpty()) {
                a.put("value", String.format(Locale.ROOT, "%s-%02d-%02d", d.attribute("year"), month, day));
                a.put("evidence", "the dateline states the full date");
            } else if (anchor.isPresent()) {
                int[] p = anchor.get();
                // the dateline's day on or shortly before the page's: a late-December dateline on a January page is last year's
                int year = p[1] != 0 && (month > p[1] + 1 || month == 12 && p[1] == 1) ? p[0] - 1 : p[0];
                a.put("value", String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
                a.put("evidence", String.format(Locale.ROOT, "the dateline gives %02d-%02d; the year from the %s %s",
                        month, day, page.isPresent() ? "page date" : "WARC record date",
                        page.isPresent() ? meta.get(PAGE_DATE) : meta.get(WARC_DATE)));
            } else {
                datelineWithEventYear(text, zh, d, month, day, a);
            }
            return Optional.of(new StructureSpan(d.start(), d.end(), StructureKind.PUBLICATION_DATE, a, List.of()));
        }
        if (dateline.isPresent() && !dateline.get().attribute("day_only").isEmpty() && page.isEmpty() && warc.isEmpty()) {
            StructureSpan d = dateline.get();
            int day = Integer.parseInt(d.attribute("day_only"));
            Optional<Integer> month = DatelineMonth.of(zh, d, day);
            if (month.isPresent()) {
                datelineWithEventYear(text, zh, d, month.get(), day, a);
                a.put("evidence", a.get("evidence") + "; the month from the text's dates within "
                        + DatelineMonth.MAX_DAYS + " days of the dateline's day " + day);
                return Optional.of(new StructureSpan(d.start(), d.end(), StructureKind.PUBLICATION_DATE, a, List.of()));
            }
        }
        if (page.isPresent()) {
            a.put("value", meta.get(PAGE_DATE));
            a.put("evidence", "the page: " + meta.getOrDefault(PAGE_DATE_EVIDENCE, "its own date"));
        } else if (warc.isPresent()) {
            a.put("value", meta.get(WARC_DATE).substring(0, 10));
            a.put("evidence", "the WARC record date " + meta.get(WARC_DATE) + " (when the page was captured)");
        } else {
            return Optional.empty();
        }
        return Optional.of(new StructureSpan(0, 0, StructureKind.PUBLICATION_DATE, a, List.of()));
    }

    /** {year, month, day} of "YYYY-MM-DD…" (day 0 for "YYYY-MM"), or empty. */
    private static Optional<int[]> day(String value) {
        Matcher m = DAY.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))});
    }

    /** The events are read on {@code zh}, the text in simplified characters index for index ("二〇一五年三月"); the evidence quotes {@code text}. */
    private static void datelineWithEventYear(String text, String zh, StructureSpan dateline, int month, int day, Map<String, String> a) {
        // The dateline gives month and day. The latest dated event the text reports (with a month)
        // fixes the year: the same year if it falls on or before the dateline's day, else the next.
        DateReader.Hit latest = null;
        for (DateReader.Hit h : DateReader.absolute(zh)) {
            if (h.month() == 0 || h.start() < dateline.end() && h.end() > dateline.start()) {
                continue;
            }
            String after = zh.substring(h.end(), Math.min(zh.length(), h.end() + 14));
            if (FUTURE.matcher(after).find()) {
                continue; // "2026年3月将举行": a plan, not an event the article reports
            }
            if (DateReader.photographed(zh, h.end())) {
                continue; // "爱好者杨婧2020年12月13日在天津蓟州拍摄的流星雨": an archive photograph's day, not the story's
            }
            if (latest == null || compare(h, latest) > 0) {
                latest = h;
            }
        }
        if (latest == null) {
            latest = EventDays.ofEditionYear(zh, month, day);
        }
        if (latest == null) {
            a.put("value", String.format(Locale.ROOT, "--%02d-%02d", month, day));
            a.put("evidence", "the dateline gives " + month + "-" + day + " and the text states no dated event to fix the year");
        } else {
            boolean sameYear = latest.month() < month || latest.month() == month && latest.day() <= day;
            int year = sameYear ? latest.year() : latest.year() + 1;
            a.put("value", String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
            a.put("evidence", String.format(Locale.ROOT,
                    "the dateline gives %02d-%02d with no year; the latest dated event in the text, \"%s\" (%s), puts it in %d",
                    month, day, text.substring(latest.start(), latest.end()), latest.value(), year));
        }
    }

    private static int compare(DateReader.Hit a, DateReader.Hit b) {
        int c = Integer.compare(a.year(), b.year());
        if (c == 0) {
            c = Integer.compare(a.month(), b.month());
        }
        return c == 0 ? Integer.compare(a.day(), b.day()) : c;
    }
}
