package io.mixdoc.io.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page says it was published, with the evidence: the page's own metadata ({@code <meta>}
 * publication dates, {@code <time>}, schema.org JSON-LD {@code datePublished}), else a date line near the
 * headline ("2005-04-05 06:40更新", "2005年03月21日 11:21", "发表于 …"), else a date in the page address
 * ({@code /2019/11/19/}, {@code /20050311/}, {@code /050404/}, {@code /2005-07/}).
 *
 * <p>A timestamp keeps the calendar day it is written in: "2019-11-19 21:57:00 -0800" is the 19th even
 * though it is the 20th in UTC. When the page gives the same moment both in UTC and in its own zone, the
 * zone's day wins (that is the day printed on the page). Dates before 1990 or after 2100 are ignored
 * (placeholders such as {@code 0001-01-01}).
 */
public final class PageDate {
    /** Document metadata key under which readers pass the page date to the pipeline (read by the structure stage). */
    public static final String METADATA_KEY = "page_date";
    /** Document metadata key for where the page date was read. */
    public static final String METADATA_EVIDENCE_KEY = "page_date_evidence";

    /** The date ({@code YYYY-MM-DD}, or {@code YYYY-MM} from an address that has no day) and where it was read. */
    public record Found(String value, String evidence) {
    }

    private static final Pattern ISO = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)-(?<m>[01]?\\d)-(?<d>[0-3]?\\d)(?:[T ](?<time>\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)\\s*(?<zone>Z|UTC|GMT|[+-]\\d\\d:?\\d\\d)?)?");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)(?:(?<d1>[0-3]?\\d)\\s+)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+)?(?<y>(?:19|20)\\d\\d)");
    private static final Pattern ZH_DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)\\s*年\\s*(?<m>[01]?\\d)\\s*月\\s*(?<d>[0-3]?\\d)\\s*[日号]");
    private static final Pattern DASHED = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)[-/.](?<m>[01]?\\d)[-/.](?<d>[0-3]?\\d)(?!\\d)");
    /** "9/17/2004": month first, as American-built sites print it; read only where a label names it the date. */
    private static final Pattern MONTH_FIRST_SLASHED = Pattern.compile(
            "(?<![\\d/])(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>(?:19|20)\\d\\d)(?![\\d/])");
    private static final Pattern CLOCK = Pattern.compile("^\\s*(?:[(（]?\\s*)?\\d{1,2}[:：]\\d\\d");
    private static final Pattern URL_DATE = Pattern.compile(
            "/(?<y>(?:19|20)\\d\\d)[-/_]?(?<m>[01]\\d)[-/_]?(?<d>[0-3]\\d)(?=[/_.\\-]|\\d{0,2}/)"
                    + "|/(?<y2>\\d\\d)(?<m2>[01]\\d)(?<d2>[0-3]\\d)/"
                    + "|/(?<y3>(?:19|20)\\d\\d)-(?<m3>[01]\\d)/");
    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date", "article.published", "published_time_telegram", "analyticsattributes.articledate",
    };
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?i)(?:发表于|发表时间|发布时间|发布日期|发布|时间|日期|posted(?: on)?|published(?: on)?|updated(?: on)?)\\s*[:：]?\\s*$");
    private static final Pattern LABEL_AFTER = Pattern.compile("^\\s*(?:报道|电|讯|发表|发布|更新)");
    /** How far after the headline a date line may stand, in characters of page text. */
    private static final int NEAR_HEADLINE = 800;

    private PageDate() {
    }

    /** The page's publication date, or empty when the page and its address state none. */
    public static Optional<Found> find(String html, String url) {
        Document doc = Jsoup.parse(html);
        Optional<Stamp> stamp = declaredStamp(doc);
        Optional<Found> declared = stamp.map(s -> new Found(s.day().toString(), s.source()));
        if (declared.isPresent()) {
            // a stamp a day after the page address's date crossed midnight in UTC: "2019-11-20T01:50:59Z" on a page
            // filed under /2019-11-19/ in California was published on the 19th, the day its address and its readers saw
            Optional<Found> address = fromAddress(url == null || url.isEmpty() ? canonical(doc) : url);
            if (address.isPresent() && address.get().value().length() == 10
                    && LocalDate.parse(address.get().value()).plusDays(1).toString().equals(declared.get().value())) {
                return Optional.of(new Found(address.get().value(), address.get().evidence() + ", a day before "
                        + declared.get().evidence()));
            }
            if ((stamp.get().utc() || !stamp.get().zoned()) && doc.body() != null) {
                Optional<Found> printed = printedDayBefore(doc.body().text(), stamp.get().day());
                if (printed.isPresent()) {
                    return Optional.of(new Found(printed.get().value(), printed.get().evidence() + " " + declared.get().evidence()));
                }
            }
            return declared;
        }
        String text = doc.body() == null ? "" : doc.body().text();
        Optional<Found> line = nearHeadline(doc, text).or(() -> labelled(text));
        if (line.isPresent()) {
            return line;
        }
        Optional<Found> address = fromAddress(url == null || url.isEmpty() ? canonical(doc) : url);
        if (address.isPresent()) {
            return address;
        }
        // last: the first date written with a time of day ("2005-07-18 13:03:17"), wherever it stands
        return firstDate(text, 0, text.length(), true);
    }

    // ---- declared metadata ----------------------------------------------------------------------

    /** {@code zoned}: the stamp names its zone (or offset); one with none may be UTC as well as local time. */
    private record Stamp(LocalDate day, boolean utc, String source, boolean zoned) {
        Stamp(LocalDate day, boolean utc, String source) {
            this(day, utc, source, true);
        }
    }

    /**
     * "Nov. 18, 2019 7:04 pm ET", "Posted Nov 18, 8:19 PM": a day the page prints with its time of day, in a zone it
     * names or under a posting label (then the year may be left out).
     */
    private static final Pattern PRINTED_WITH_CLOCK = Pattern.compile(
            "(?<label>(?i:posted|published)(?: on)?:?\\s+)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<d>[0-3]?\\d),?"
                    + "\\s+(?:(?<y>(?:19|20)\\d\\d),?\\s+)?(?:at\\s+)?\\d{1,2}:\\d\\d\\s*(?i:[ap]\\.?m\\.?)?"
                    + "(?<zone>\\s*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\\b)?");

    /**
     * The day the page prints beside its time of day when it is the day before a UTC stamp: "2019-11-19T00:04:00Z" in the
     * metadata and "Nov. 18, 2019 7:04 pm ET" on the page are one moment, and the page's readers saw the 18th.
     */
    private static Optional<Found> printedDayBefore(String text, LocalDate utcDay) {
        Matcher m = PRINTED_WITH_CLOCK.matcher(text);
        while (m.find()) {
            if (m.group("label") == null && (m.group("zone") == null || m.group("y") == null)) {
                continue; // an unlabelled time needs its zone and its year to be the page's own stamp
            }
            LocalDate day = date(m.group("y") != null ? m.group("y") : Integer.toString(utcDay.getYear()),
                    Integer.toString(month(m.group("mon"))), m.group("d"));
            if (day != null && day.plusDays(1).equals(utcDay)) {
                return Optional.of(new Found(day.toString(), "printed \"" + m.group().strip() + "\", a day before the UTC stamp"));
            }
            return Optional.empty(); // only the first printed stamp speaks for the page
        }
        return Optional.empty();
    }

    private static Optional<Found> declared(Document doc) {
        return declaredStamp(doc).map(s -> new Found(s.day().toString(), s.source()));
    }

    private static Optional<Stamp> declaredStamp(Document doc) {
        List<Stamp> stamps = new ArrayList<>();
        for (Element meta : doc.select("meta[content]")) {
            String name = (meta.attr("property") + "|" + meta.attr("name") + "|" + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            for (String key : PUBLISHED_META) {
                if (name.startsWith(key + "|") || name.contains("|" + key + "|") || name.endsWith("|" + key)) {
                    stamp(meta.attr("content"), "<meta " + key + " content=\"" + meta.attr("content") + "\">").ifPresent(stamps::add);
                    break;
                }
            }
        }
        Stamp firstTime = null; // the first <time> not declared as the publication: the article's own, usually
        for (Element time : doc.select("time[datetime]")) {
            boolean published = time.hasAttr("pubdate") || time.attr("itemprop").equalsIgnoreCase("datePublished")
                    || time.className().toLowerCase(Locale.ROOT).contains("publish");
            Optional<Stamp> s = stamp(time.attr("datetime"), "<time datetime=\"" + time.attr("datetime") + "\">");
            if (published) {
                s.ifPresent(stamps::add);
            } else if (firstTime == null && s.isPresent()) {
                firstTime = s.get();
            }
        }
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
            while (m.find()) {
                stamp(m.group(1), "JSON-LD datePublished \"" + m.group(1) + "\"").ifPresent(stamps::add);
            }
        }
        if (stamps.isEmpty() && firstTime != null) {
            stamps.add(firstTime);
        }
        if (stamps.isEmpty()) {
            return Optional.empty();
        }
        // the day printed in the page's own zone beats the same moment's UTC day
        Stamp best = stamps.stream().filter(s -> !s.utc()).findFirst().orElse(stamps.get(0));
        if (best.utc() && firstTime != null && !firstTime.utc()
                && Math.abs(firstTime.day().toEpochDay() - best.day().toEpochDay()) <= 1) {
            best = firstTime; // "2019-11-19 20:59:46" on the page, 02:59 UTC on the 20th in its metadata
        }
        return Optional.of(best);
    }

    private static Optional<Stamp> stamp(String value, String source) {
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.find()) {
            LocalDate day = date(iso.group("y"), iso.group("m"), iso.group("d"));
            if (day == null) {
                return Optional.empty();
            }
            String zone = iso.group("zone");
            boolean utc = zone != null && (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") || zone.replace(":", "").equals("+0000"));
            return Optional.of(new Stamp(day, utc, source, zone != null || iso.group("time") == null));
        }
        Matcher named = MONTH_NAME.matcher(v);
        if (named.find()) {
            String d = named.group("d1") != null ? named.group("d1") : named.group("d2");
            LocalDate day = d == null ? null : date(named.group("y"), Integer.toString(month(named.group("mon"))), d);
            boolean utc = v.contains("GMT") || v.contains("UTC");
            return Optional.ofNullable(day).map(x -> new Stamp(x, utc, source));
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            LocalDate day = date(Integer.toString(t.getYear()), Integer.toString(t.getMonthValue()), Integer.toString(t.getDayOfMonth()));
            return Optional.ofNullable(day).map(x -> new Stamp(x, t.getOffset().getTotalSeconds() == 0, source));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- a date line near the headline ----------------------------------------------------------

    /** The first date within a few lines after the headline ({@code <h1>}, else the longest part of {@code <title>}). */
    private static Optional<Found> nearHeadline(Document doc, String text) {
        List<String> candidates = new ArrayList<>();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            String first = h1.wholeText().strip().split("\\s*\\n\\s*")[0].strip();
            if (first.length() >= 8) {
                candidates.add(first);
            }
        }
        String longest = "";
        for (String part : doc.title().split("\\s*[_|｜\\-–—]+\\s*")) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        if (longest.length() >= 8) {
            candidates.add(longest);
        }
        for (String c : candidates) {
            for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
                int from = at + c.length();
                Optional<Found> f = firstDate(text, from, Math.min(text.length(), from + NEAR_HEADLINE), false);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /** A date the page labels as the publication's: "发表于 2004年12月27日", "【看中国2005年07月03日报道】", "Posted on …". */
    private static Optional<Found> labelled(String text) {
        for (Pattern p : new Pattern[] {ZH_DATE, DASHED, MONTH_NAME}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 8), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
                if (LABEL_BEFORE.matcher(before).find() || LABEL_AFTER.matcher(after).find()) {
                    Optional<Found> f = firstDate(text, m.start(), m.end(), false);
                    if (f.isPresent()) {
                        return Optional.of(new Found(f.get().value(), "labelled date \"" + before.strip() + m.group() + after.strip() + "\""));
                    }
                }
            }
        }
        return labelledMonthFirst(text);
    }

    /** "发布日期： 9/17/2004 5:54:13 AM": a month-first date counts only under a label, where no other date stood. */
    private static Optional<Found> labelledMonthFirst(String text) {
        Matcher m = MONTH_FIRST_SLASHED.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            LocalDate day = date(m.group("y"), m.group("m"), m.group("d"));
            if (day != null && LABEL_BEFORE.matcher(before).find()) {
                return Optional.of(new Found(day.toString(), "labelled date \"" + before.strip() + " " + m.group() + "\""));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> firstDate(String text, int from, int to, boolean needClock) {
        if (from < 0) {
            return Optional.empty();
        }
        String window = text.substring(from, to);
        Found best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ZH_DATE, DASHED, MONTH_NAME}) {
            Matcher m = p.matcher(window);
            while (m.find()) {
                if (m.start() >= bestAt) {
                    break;
                }
                if (needClock && !CLOCK.matcher(window.substring(m.end(), Math.min(window.length(), m.end() + 8))).find()) {
                    continue;
                }
                LocalDate day = p == MONTH_NAME
                        ? (m.group("d1") != null || m.group("d2") != null
                            ? date(m.group("y"), Integer.toString(month(m.group("mon"))), m.group("d1") != null ? m.group("d1") : m.group("d2")) : null)
                        : date(m.group("y"), m.group("m"), m.group("d"));
                if (day != null) {
                    best = new Found(day.toString(), (needClock ? "the first date with a time of day" : "date line after the headline")
                            + " \"" + m.group().strip() + "\"");
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- the page address -----------------------------------------------------------------------

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        return link == null ? "" : link.hasAttr("href") ? link.attr("href") : link.attr("content");
    }

    static Optional<Found> fromAddress(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        Optional<Found> last = Optional.empty(); // the deepest date in the path is the article's own
        while (m.find()) {
            if (m.group("y") != null) {
                LocalDate day = date(m.group("y"), m.group("m"), m.group("d"));
                if (day != null) {
                    last = Optional.of(new Found(day.toString(), "page address " + url));
                }
            } else if (m.group("y2") != null) {
                LocalDate day = date("20" + m.group("y2"), m.group("m2"), m.group("d2"));
                // "/200502/" reads as a year and a month (2005-02), not as 2020-05-02
                boolean yearMonth = m.group("y2").matches("19|20") && m.group("m2").matches("[0-9]\\d") && m.group("d2").matches("0[1-9]|1[0-2]");
                if (day != null && day.getYear() <= 2025 && !yearMonth) {
                    last = Optional.of(new Found(day.toString(), "page address " + url + " (yymmdd)"));
                }
            } else {
                int month = Integer.parseInt(m.group("m3"));
                if (month >= 1 && month <= 12) {
                    last = Optional.of(new Found(String.format(Locale.ROOT, "%s-%02d", m.group("y3"), month), "page address " + url));
                }
            }
        }
        return last;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return day.getYear() >= 1990 && day.getYear() <= 2100 ? day : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(n)) {
                return i + 1;
            }
        }
        return 0;
    }
}
