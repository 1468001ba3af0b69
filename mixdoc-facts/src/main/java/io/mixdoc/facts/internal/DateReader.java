package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in Chinese and English text and gives them ISO 8601 values. Absolute dates need no
 * anchor; relative ones ({@code 今年2月}, {@code June this year}, {@code 明年}) and yearless ones
 * ({@code 10月16日}, {@code Oct. 16}) are resolved against an anchor year when one is given, and
 * left out (relative) or written {@code --MM-DD} (yearless) when not.
 * Offsets are UTF-16 indices into the text, half-open.
 */
public final class DateReader {
    /** One date found: {@code year/month/day} are 0 when not stated or not resolved. */
    public record Hit(int start, int end, String value, boolean relative, boolean yearless, int year, int month, int day)
            implements io.mixdoc.Span {
    }

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Map<String, Integer> MONTH_NUMBER = monthNumbers();
    private static final String ZH_MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String ZH_DAY = "(?:3[01]|[12]\\d|0?[1-9])";

    private static final Pattern ZH_YEAR_MONTH_RANGE = Pattern.compile(
            "(?<y>(?:1[89]|2[01])\\d\\d)\\s?年\\s?(?<m1>" + ZH_MONTH + ")\\s?(?:-|—|–|～|~|至|到)\\s?(?<m2>" + ZH_MONTH + ")\\s?月");
    private static final Pattern ZH_FULL = Pattern.compile(
            "(?<y>(?:1[89]|2[01])\\d\\d)\\s?年\\s?(?<m>" + ZH_MONTH + ")\\s?月(?:\\s?(?<d>" + ZH_DAY + ")\\s?[日号])?");
    private static final Pattern ZH_YEAR = Pattern.compile(
            "(?<![\\d.])(?<y>(?:1[89]|2[01])\\d\\d)\\s?年(?![多余代])");
    private static final Pattern ZH_RELATIVE = Pattern.compile(
            "(?<rel>今年|去年|明年|前年|后年)(?:(?<m1>" + ZH_MONTH + ")\\s?(?:-|—|–|～|~|至|到)\\s?(?<m2>" + ZH_MONTH + ")\\s?月"
                    + "|(?<m>" + ZH_MONTH + ")\\s?月(?:\\s?(?<d>" + ZH_DAY + ")\\s?[日号])?)?");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile(
            "(?<![\\d年\\-—~至到])(?<m>" + ZH_MONTH + ")\\s?月\\s?(?<d>" + ZH_DAY + ")\\s?[日号]");
    private static final Pattern ZH_DAY_ONLY = Pattern.compile("(?<![\\d月.\\-])(?<d>3[01]|[12]\\d|[1-9])日(?![电讯])");
    private static final Pattern ZH_MONTH_ONLY = Pattern.compile(
            "(?<![\\d年\\-—~至到第个])(?<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?![\\d份底初中末]|[一二三四五六七八九十])");
    private static final Pattern EN_MONTH_DAY_YEAR = Pattern.compile(
            "\\b(?<mon>" + MONTHS + ")\\.?\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?,?\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b");
    private static final Pattern EN_DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<d>3[01]|[12]\\d|0?[1-9])\\s+(?<mon>" + MONTHS + ")\\.?,?\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b");
    private static final Pattern EN_MONTH_YEAR = Pattern.compile(
            "\\b(?<mon>" + MONTHS + ")\\.?,?\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b");
    private static final Pattern EN_MONTH_RELATIVE = Pattern.compile(
            "\\b(?<mon>" + MONTHS + ")\\s+(?<rel>this|last|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_RELATIVE_YEAR = Pattern.compile(
            "\\b(?<rel>this|last|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_DAY = Pattern.compile(
            "\\b(?<mon>" + MONTHS + ")\\.?\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)");
    private static final Pattern EN_MONTH_RANGE_RELATIVE = Pattern.compile(
            "\\b(?:from\\s+)?(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s*(?:to|through|-|–)\\s*(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_RANGE_YEAR = Pattern.compile(
            "\\b(?:from\\s+)?(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s*(?:to|through|-|–)\\s*(?<m2>January|February|March|April|May|June|July|August|September|October|November|December)"
                    + ",?\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b");
    private static final Pattern EN_MONTH_ALONE = Pattern.compile(
            "\\b(?:in|since|from|until|by|early|late|mid-?|end of|last|this|next)\\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![\\s.]*\\d)");
    private static final Pattern EN_YEAR = Pattern.compile(
            "\\b(?<prep>in|since|by|from|until|till|of|before|after|during|early|late|mid|end of|year)\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b(?![\\d.,]\\d)",
            Pattern.CASE_INSENSITIVE);

    private DateReader() {
    }

    private static Map<String, Integer> monthNumbers() {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < full.length; i++) {
            m.put(full[i], i + 1);
            m.put(full[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }

    /** The month number of an English month name or abbreviation, or 0. */
    public static int month(String name) {
        return MONTH_NUMBER.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** Absolute dates only (those that state their year). */
    public static List<Hit> absolute(String text) {
        return read(text, 0).stream().filter(h -> !h.relative() && !h.yearless()).toList();
    }

    /**
     * All dates in {@code text}, non-overlapping, in order. {@code anchorYear} is the publication year
     * (0 when unknown).
     */
    public static List<Hit> read(String text, int anchorYear) {
        return read(text, anchorYear, 0, 0);
    }

    /**
     * As {@link #read(String, int)}, and with a full publication date also the bare days of Chinese
     * news ({@code 19日}: the 19th of the publication month, or of the month before when it is later
     * than the publication day).
     */
    public static List<Hit> read(String text, int anchorYear, int anchorMonth, int anchorDay) {
        List<Hit> hits = new ArrayList<>();
        if (anchorYear > 0 && anchorMonth > 0) {
            for (Matcher m = ZH_DAY_ONLY.matcher(text); m.find(); ) {
                int day = Integer.parseInt(m.group("d"));
                int y = anchorYear;
                int mo = anchorMonth;
                if (day > anchorDay) {
                    mo--;
                    if (mo == 0) {
                        mo = 12;
                        y--;
                    }
                }
                hits.add(ymd(m.start(), m.end(), y, mo, day, true));
            }
        }
        for (Matcher m = ZH_YEAR_MONTH_RANGE.matcher(text); m.find(); ) {
            int y = Integer.parseInt(m.group("y"));
            hits.add(range(m, y, zhMonth(m.group("m1")), zhMonth(m.group("m2")), false));
        }
        for (Matcher m = ZH_FULL.matcher(text); m.find(); ) {
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), zhMonth(m.group("m")),
                    m.group("d") == null ? 0 : Integer.parseInt(m.group("d")), false));
        }
        for (Matcher m = ZH_YEAR.matcher(text); m.find(); ) {
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        for (Matcher m = EN_MONTH_DAY_YEAR.matcher(text); m.find(); ) {
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")),
                    Integer.parseInt(m.group("d")), false));
        }
        for (Matcher m = EN_DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")),
                    Integer.parseInt(m.group("d")), false));
        }
        for (Matcher m = EN_MONTH_YEAR.matcher(text); m.find(); ) {
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")), 0, false));
        }
        for (Matcher m = EN_MONTH_RANGE_YEAR.matcher(text); m.find(); ) {
            hits.add(range(m, Integer.parseInt(m.group("y")), month(m.group("m1")), month(m.group("m2")), false));
        }
        for (Matcher m = EN_YEAR.matcher(text); m.find(); ) {
            hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        if (anchorYear > 0) {
            for (Matcher m = ZH_RELATIVE.matcher(text); m.find(); ) {
                int y = anchorYear + zhOffset(m.group("rel"));
                if (m.group("m1") != null) {
                    hits.add(range(m, y, zhMonth(m.group("m1")), zhMonth(m.group("m2")), true));
                } else {
                    hits.add(ymd(m.start(), m.end(), y, m.group("m") == null ? 0 : zhMonth(m.group("m")),
                            m.group("d") == null ? 0 : Integer.parseInt(m.group("d")), true));
                }
            }
            for (Matcher m = EN_MONTH_RANGE_RELATIVE.matcher(text); m.find(); ) {
                hits.add(range(m, anchorYear + enOffset(m.group("rel")), month(m.group("m1")), month(m.group("m2")), true));
            }
            for (Matcher m = EN_MONTH_RELATIVE.matcher(text); m.find(); ) {
                hits.add(ymd(m.start(), m.end(), anchorYear + enOffset(m.group("rel")), month(m.group("mon")), 0, true));
            }
            for (Matcher m = EN_RELATIVE_YEAR.matcher(text); m.find(); ) {
                hits.add(ymd(m.start(), m.end(), anchorYear + enOffset(m.group("rel")), 0, 0, true));
            }
            for (Matcher m = EN_MONTH_ALONE.matcher(text); m.find(); ) {
                String before = text.substring(m.start(), m.start("mon")).trim().toLowerCase(Locale.ROOT);
                int y = anchorYear + (before.equals("last") ? -1 : before.equals("next") ? 1 : 0);
                hits.add(ymd(m.start("mon"), m.end(), y, month(m.group("mon")), 0, true));
            }
            for (Matcher m = ZH_MONTH_ONLY.matcher(text); m.find(); ) {
                hits.add(ymd(m.start(), m.end(), anchorYear, zhMonth(m.group("m")), 0, true));
            }
        }
        for (Matcher m = ZH_MONTH_DAY.matcher(text); m.find(); ) {
            hits.add(yearless(m.start(), m.end(), anchorYear, zhMonth(m.group("m")), Integer.parseInt(m.group("d"))));
        }
        for (Matcher m = EN_MONTH_DAY.matcher(text); m.find(); ) {
            hits.add(yearless(m.start(), m.end(), anchorYear, month(m.group("mon")), Integer.parseInt(m.group("d"))));
        }
        return nonOverlapping(hits);
    }

    private static Hit yearless(int start, int end, int anchorYear, int month, int day) {
        if (anchorYear > 0) {
            return new Hit(start, end, String.format(Locale.ROOT, "%04d-%02d-%02d", anchorYear, month, day), true, false,
                    anchorYear, month, day);
        }
        return new Hit(start, end, String.format(Locale.ROOT, "--%02d-%02d", month, day), false, true, 0, month, day);
    }

    private static Hit range(Matcher m, int y, int m1, int m2, boolean relative) {
        String v = String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", y, m1, y, m2);
        return new Hit(m.start(), m.end(), v, relative, false, y, m2, 0);
    }

    private static Hit ymd(int start, int end, int y, int month, int day, boolean relative) {
        String v;
        if (month == 0) {
            v = String.format(Locale.ROOT, "%04d", y);
        } else if (day == 0) {
            v = String.format(Locale.ROOT, "%04d-%02d", y, month);
        } else {
            v = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
        }
        return new Hit(start, end, v, relative, false, y, month, day);
    }

    private static int zhOffset(String rel) {
        return switch (rel) {
            case "去年" -> -1;
            case "明年" -> 1;
            case "前年" -> -2;
            case "后年" -> 2;
            default -> 0;
        };
    }

    private static int enOffset(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    static int zhMonth(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        return ChineseNumbers.parse(s).intValue();
    }

    /** Longest first at each start; later hits that overlap an accepted one are dropped. */
    private static List<Hit> nonOverlapping(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        sorted.removeIf(h -> h.month() > 12 || h.end() <= h.start()); // never kept, so they block nothing
        List<Hit> kept = new ArrayList<>(io.mixdoc.internal.NonOverlapping.greedy(sorted));
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
