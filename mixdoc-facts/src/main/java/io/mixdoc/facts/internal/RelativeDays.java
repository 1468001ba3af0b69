package io.mixdoc.facts.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a text gives relative to the day it was published: days ({@code today}, {@code 昨日}, {@code Tuesday},
 * {@code 上个星期三}), weeks and weekends ({@code last week}, {@code 下星期}, {@code over the weekend}), months
 * ({@code this month}, {@code 下个月}) and parts of a year ({@code the first quarter}, {@code first half of next
 * year}). A bare weekday is the nearest such day to the publication (ties go to the past): news speak of
 * the current week. Weeks run Monday to Sunday; {@code 上周三} is the Wednesday of last week, and so is
 * {@code last Wednesday}. Offsets are UTF-16 indices, half-open.
 */
public final class RelativeDays {
    private static final String EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern EN_WEEKDAY = Pattern.compile(
            "\\b(?:(?<rel>last|next|this|previous|coming)\\s+)?(?<wd>" + EN_DAYS + ")\\b(?!,\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)");
    private static final Pattern EN_DAY = Pattern.compile("(?i)\\b(?<w>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\\b");
    private static final Pattern EN_SPAN = Pattern.compile(
            "(?i)\\b(?:(?<rel>this|last|next|past|previous|coming)\\s+(?<unit>week|weekend|month)|over the (?<unit2>weekend)|(?:the )?(?<ord>first|second|third|fourth) (?<part>quarter|half)(?: of (?:(?<prel>this|last|next) year|(?<py>(?:19|20)\\d\\d)))?)\\b");
    /** "two months ago", "a week ago", "3 days ago": a point in time counted back from the publication day. */
    private static final Pattern EN_AGO = Pattern.compile(
            "(?i)\\b(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");

    /** Whether "since" comes before {@code pos} in its sentence: "Since … 33 years ago" is a time counted since. */
    public static boolean sinceBefore(String text, int pos) {
        return SINCE.matcher(text).region(DateReader.stretchStart(text, pos, ".!?\n"), pos).find();
    }

    private static final Pattern HEDGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:barely|nearly|almost|about|around|some|roughly|over|under|than|just|only|little|up to)\\s+$");
    private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    private static final String ZH_WEEKDAYS = "一二三四五六日天";
    private static final Pattern ZH_WEEKDAY = Pattern.compile(
            "(?<rel>上个|上一个|上|下个|下一个|下|这个|这|本)?(?:星期|礼拜|周)(?<wd>[一二三四五六日天])(?![报報刊])");
    /**
     * "今天", "昨日", "今晨", "昨晚": a day. "今日" and "明日" also name papers and programmes (今日头条, 今日美国,
     * 光明日报) and make idioms (时至今日), which are left alone.
     */
    private static final Pattern ZH_DAY = Pattern.compile("(?<!的)(?<w>今天|昨天|昨日|前天|明天|后天|今晨|今早|昨晨|昨晚|昨夜|今晚|今夜|明晚)"
            + "|(?<![的至光])(?<w3>今日|明日)(?!头条|美国|俄罗斯|说法|关注|中国|视点|话题|亚洲|印度|之星|报|報)|(?<w2>昨)(?=[也已曾又还在向从对将被])");
    private static final Pattern ZH_SPAN = Pattern.compile(
            "(?<rel>上个|上一个|上|下个|下一个|下|这个|这|本)(?<unit>星期|礼拜|周|月)(?:(?<end>末)|(?<=月)(?<day>3[01]|[12]\\d|0?[1-9]"
                    + "|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?(?![一二三四五六日天])");

    private RelativeDays() {
    }

    // Where each pattern can start (AnchoredScan tries it only there): the first word of each alternative.
    private static final String[] EN_DAY_HEADS = {"today", "tonight", "yesterday", "tomorrow", "this"};
    private static final String[] EN_SPAN_HEADS = {"this", "last", "next", "past", "previous", "coming", "over", "the", "first",
            "second", "third", "fourth"};

    /** A weekday's name, or the word of at most 8 letters and the spaces before it ("previous Monday"). */
    private static java.util.BitSet weekdayStarts(String text) {
        return Anchors.afterWord(text, Anchors.words(text, EN_DAYS.split("\\|"), false), 8);
    }

    /** Relative dates resolved against {@code anchor} (the publication day). */
    public static List<DateReader.Hit> read(String text, LocalDate anchor) {
        List<DateReader.Hit> hits = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(EN_WEEKDAY, text, weekdayStarts(text)); scan.find(); ) {
            Matcher m = scan.matcher();
            DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
            if (rel.equals("last") || rel.equals("previous")) {
                // "last Tuesday" is last week's, as 上周二: the day just past would be written "Tuesday" or "yesterday"
                hits.add(day(m.start(), m.end(), lastWeeksMonday(anchor).plusDays(wd.getValue() - 1)));
                continue;
            }
            hits.add(day(m.start(), m.end(), rel.equals("next") || rel.equals("coming") ? weekday(anchor, wd, 1)
                    : weekdayTowards(anchor, wd, rel.isEmpty() ? tense(text, m.start(), EN_FUTURE, EN_PAST) : 0)));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_DAY, text, Anchors.words(text, EN_DAY_HEADS, true)); scan.find(); ) {
            Matcher m = scan.matcher();
            String w = m.group("w").toLowerCase(Locale.ROOT);
            if (partOfAName(text, m.start())) {
                continue; // "USA Today", "the Today show"
            }
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            hits.add(day(m.start(), m.end(), anchor.plusDays(shift)));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_SPAN, text, Anchors.words(text, EN_SPAN_HEADS, true)); scan.find(); ) {
            Matcher m = scan.matcher();
            if (m.group("ord") != null) {
                if (m.group("py") == null && m.group("prel") == null && SPORTS.matcher(sentence(text, m.start())).find()) {
                    continue; // "24 points in the third quarter", "scored in the first half": a period of a game
                }
                if (m.group("py") == null && m.group("prel") == null && OWNED_PERIOD.matcher(text)
                        .region(Math.max(0, m.start() - 16), m.start()).find()) {
                    continue; // "our third quarter results", "its fiscal first half": a company's own year, not the calendar's
                }
                int year = m.group("py") != null ? Integer.parseInt(m.group("py"))
                        : anchor.getYear() + offset(m.group("prel") == null ? "this" : m.group("prel"));
                int n = List.of("first", "second", "third", "fourth").indexOf(m.group("ord").toLowerCase(Locale.ROOT));
                boolean half = m.group("part").equalsIgnoreCase("half");
                if (half && n > 1) {
                    continue;
                }
                int from = half ? 1 + 6 * n : 1 + 3 * n;
                int to = half ? from + 5 : from + 2;
                hits.add(new DateReader.Hit(m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", year, from, year, to),
                        true, false, year, to, 0));
                continue;
            }
            String unit = (m.group("unit") != null ? m.group("unit") : m.group("unit2")).toLowerCase(Locale.ROOT);
            String rel = m.group("rel") == null ? "past" : m.group("rel").toLowerCase(Locale.ROOT);
            if (m.group("rel") != null && text.startsWith(" of ", m.end())) {
                continue; // "in the last weekend of the festival", "the last week of March": the span of something else
            }
            if (m.group("rel") != null && (rel.equals("past") || rel.equals("previous") && afterThe(text, m.start()))) {
                // "in the past week" is the seven days before, no calendar week; "the previous week" is the week
                // before the event just told, not before the publication
                continue;
            }
            int shift = rel.equals("next") || rel.equals("coming") ? 1 : rel.equals("this") ? 0 : -1;
            if (rel.equals("this") && unit.equals("weekend") && anchor.getDayOfWeek().getValue() <= 4
                    && tense(text, m.start(), EN_FUTURE, EN_PAST) < 0) {
                shift = -1; // "the army cleared barricades this weekend", written on a Monday: the weekend just past
            }
            hits.add(span(m.start(), m.end(), anchor, unit, shift));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_AGO, text, Anchors.afterWord(text, Anchors.words(text, new String[] {"day", "week",
                "month", "year"}, true), 8)); scan.find(); ) {
            Matcher m = scan.matcher();
            if (HEDGE_BEFORE.matcher(text).region(Math.max(0, m.start() - 16), m.start()).find() || sinceBefore(text, m.start())) {
                // "barely a week ago", "more than two years ago": a rough distance names no day, month or year; "since …
                // 33 years ago" counts the years since (a duration)
                continue;
            }
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.startsWith("a") ? 1 : SMALL_NUMBERS.indexOf(n) + 1;
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (unit.equals("month") || unit.equals("year")) {
                // "two years ago" points at a month as "two months ago" does (the gold's convention since s15)
                LocalDate mo = unit.equals("year") ? anchor.minusYears(count) : anchor.minusMonths(count);
                hits.add(new DateReader.Hit(m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d", mo.getYear(), mo.getMonthValue()),
                        true, false, mo.getYear(), mo.getMonthValue(), 0));
            } else {
                hits.add(day(m.start(), m.end(), anchor.minusDays(unit.equals("week") ? 7L * count : count)));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_WEEKDAY, text, Anchors.chars(text, "上下这本星礼周")); scan.find(); ) {
            Matcher m = scan.matcher();
            int i = ZH_WEEKDAYS.indexOf(m.group("wd").charAt(0));
            DayOfWeek wd = DayOfWeek.of(Math.min(i, 6) + 1);
            String rel = m.group("rel") == null ? "" : m.group("rel");
            // 上周三 is the Wednesday of last week (weeks run Monday to Sunday), 下周三 that of next week
            int weeks = rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
            LocalDate d = weeks == 0 && rel.isEmpty() ? weekdayTowards(anchor, wd, tense(text, m.start(), ZH_FUTURE, ZH_PAST))
                    : weeks < 0 ? lastWeeksMonday(anchor).plusDays(wd.getValue() - 1)
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).plusDays(wd.getValue() - 1);
            hits.add(day(m.start(), m.end(), d));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_DAY, text, Anchors.chars(text, "今昨前明后")); scan.find(); ) {
            Matcher m = scan.matcher();
            String w = m.group("w") != null ? m.group("w") : m.group("w3") != null ? m.group("w3") : m.group("w2");
            hits.add(day(m.start(), m.end(), anchor.plusDays(zhShift(w))));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_SPAN, text, Anchors.chars(text, "上下这本")); scan.find(); ) {
            Matcher m = scan.matcher();
            String rel = m.group("rel");
            int shift = rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
            boolean month = m.group("unit").equals("月");
            if (month && m.group("end") != null) {
                continue; // 上月末: the end of a month, not resolved to days
            }
            if (m.group("day") != null) {
                // "本月8日", "上月20日": a day of the month named relative to the publication's
                LocalDate first = anchor.withDayOfMonth(1).plusMonths(shift);
                int d = DateReader.zhMonth(m.group("day"));
                if (d <= first.lengthOfMonth()) {
                    hits.add(day(m.start(), m.end(), first.withDayOfMonth(d)));
                }
                continue;
            }
            hits.add(span(m.start(), m.end(), anchor, month ? "month" : m.group("end") != null ? "weekend" : "week", shift));
        }
        return hits;
    }

    /**
     * The Monday of the week a "上周三"/"last Wednesday" falls in: the week before the publication's, but on a Sunday
     * the week that Sunday closes (a Sunday paper's "上个星期三" is the Wednesday four days before, not eleven).
     */
    private static LocalDate lastWeeksMonday(LocalDate anchor) {
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? monday : monday.minusWeeks(1);
    }

    /** A possessive or "fiscal" just before a quarter or half: the period of a company's own (fiscal) year. */
    private static final java.util.regex.Pattern OWNED_PERIOD = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:our|its|their|his|her|fiscal)|['’]s)\\s+(?:fiscal\\s+)?$");

    /** Whether "the " (any case) comes just before {@code pos}. */
    private static boolean afterThe(String text, int pos) {
        return pos >= 4 && text.regionMatches(true, pos - 4, "the ", 0, 4);
    }

    /**
     * With a publication day but no year ("中新社香港5月12日电" and nothing to date it), only the days next to it can
     * be told ({@code 今天}, {@code 昨日}, {@code tomorrow}, {@code 本月6日}), and they stay year-less: {@code --05-11}.
     * Weekdays, weeks and months need the year and are left out.
     */
    public static List<DateReader.Hit> yearless(String text, java.time.MonthDay anchor) {
        // any year with the anchor's day serves to count days; a leap year only for 29 February
        LocalDate day = anchor.atYear(anchor.getMonthValue() == 2 && anchor.getDayOfMonth() == 29 ? 2000 : 2001);
        List<DateReader.Hit> hits = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(EN_DAY, text, Anchors.words(text, EN_DAY_HEADS, true)); scan.find(); ) {
            Matcher m = scan.matcher();
            String w = m.group("w").toLowerCase(Locale.ROOT);
            hits.add(yearlessDay(m.start(), m.end(), day.plusDays(w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0)));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_DAY, text, Anchors.chars(text, "今昨前明后")); scan.find(); ) {
            Matcher m = scan.matcher();
            String w = m.group("w") != null ? m.group("w") : m.group("w3") != null ? m.group("w3") : m.group("w2");
            hits.add(yearlessDay(m.start(), m.end(), day.plusDays(zhShift(w))));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_SPAN, text, Anchors.chars(text, "上下这本")); scan.find(); ) {
            Matcher m = scan.matcher();
            if (m.group("day") == null) {
                continue; // 本月, 上周 need the year (a month's span is written with it) and are left out
            }
            // "本月6日", "上月20日": a day of the month named from the publication's, year-less as it is
            LocalDate first = day.withDayOfMonth(1).plusMonths(m.group("rel").startsWith("上") ? -1 : m.group("rel").startsWith("下") ? 1 : 0);
            int d = DateReader.zhMonth(m.group("day"));
            int month = first.getMonthValue();
            if (d <= first.getMonth().maxLength()) { // 29 February is a day of some year
                hits.add(new DateReader.Hit(m.start(), m.end(), String.format(Locale.ROOT, "--%02d-%02d", month, d), false, true, 0, month, d));
            }
        }
        return hits;
    }

    /**
     * The Chinese weekdays of this week ({@code 周五}, {@code 本周三}) read against a day whose weekday the text itself
     * gives ({@link TiedWeekdays}) rather than the publication's: the nearest such day, or the one before or after it as
     * the clause's tense says. Weekdays of other weeks ({@code 上周三}) count from the publication and are left out.
     * {@code yearless}: the anchor's year was chosen to fit its weekday, so the days are written {@code --MM-DD}.
     */
    public static List<DateReader.Hit> thisWeeksDays(String text, LocalDate anchor, boolean yearless) {
        List<DateReader.Hit> hits = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(ZH_WEEKDAY, text, Anchors.chars(text, "上下这本星礼周")); scan.find(); ) {
            Matcher m = scan.matcher();
            String rel = m.group("rel") == null ? "" : m.group("rel");
            if (rel.startsWith("上") || rel.startsWith("下")) {
                continue;
            }
            DayOfWeek wd = DayOfWeek.of(Math.min(ZH_WEEKDAYS.indexOf(m.group("wd").charAt(0)), 6) + 1);
            LocalDate d = rel.isEmpty() ? weekdayTowards(anchor, wd, tense(text, m.start(), ZH_FUTURE, ZH_PAST))
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd.getValue() - 1);
            hits.add(yearless ? yearlessDay(m.start(), m.end(), d) : day(m.start(), m.end(), d));
        }
        return hits;
    }

    private static int zhShift(String w) {
        return w.startsWith("昨") ? -1 : w.equals("前天") ? -2 : w.startsWith("明") ? 1 : w.equals("后天") ? 2 : 0;
    }

    private static DateReader.Hit yearlessDay(int start, int end, LocalDate d) {
        return new DateReader.Hit(start, end, String.format(Locale.ROOT, "--%02d-%02d", d.getMonthValue(), d.getDayOfMonth()),
                false, true, 0, d.getMonthValue(), d.getDayOfMonth());
    }

    /** Words of a game: a quarter or half in their sentence is a period of play, not of the year. */
    private static final Pattern SPORTS = Pattern.compile(
            "(?i)\\b(?:scor\\w*|points?|touchdowns?|goals?|games?|match|halftime|half-time|yards?|baskets?|innings?|quarterback|"
                    + "field goal|penalty|rebounds?|assists?|minutes? (?:left|remaining)|led|lead|trailed|whistle|kick\\w*|shots?|possession)\\b");

    private static String sentence(String text, int pos) {
        int a = pos;
        while (a > 0 && ".!?\n".indexOf(text.charAt(a - 1)) < 0 && pos - a < 200) {
            a--;
        }
        int b = pos;
        while (b < text.length() && ".!?\n".indexOf(text.charAt(b)) < 0 && b - pos < 200) {
            b++;
        }
        return text.substring(a, b);
    }

    /**
     * Words that put a sentence ahead of or behind the day it was written. A bare weekday is the nearest
     * such day only when its sentence says neither: "Thursday night's fight that led to suspensions" was
     * last Thursday even when the story runs on Tuesday, "will face the Browns on Thursday" is this week's.
     */
    private static final Pattern EN_FUTURE = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|going to|set to|scheduled|upcoming|plans? to|expected to"
                    // a fixture or a sitting in the present tense is ahead: "the Gophers play Saturday", "the board meets Monday"
                    + "|play|plays|host|hosts|face|faces|visit|visits|meet|meets|opens)\\b|\\w'll\\b");
    private static final Pattern EN_PAST = Pattern.compile(
            "(?i)\\b(?:was|were|had|did|said|told|led|spent|met|went|came|took|made|gave|won|lost|beat|held|left|began|saw|got|ago"
                    + "|(?!hundred\\b|indeed\\b)[a-z]{2,}[a-df-z]ed)\\b");
    private static final Pattern ZH_FUTURE = Pattern.compile("将|即将|计划|预计|拟|準備|准备");
    private static final Pattern ZH_PAST = Pattern.compile("了|已经|已|曾");

    /**
     * +1 when the clause of {@code pos} speaks of what is to come, -1 of what has been, else 0. The words
     * before the day in its clause decide first ("the minister said on Tuesday, after years of debate, that
     * it will be": said), then those after it ("周四将举行").
     */
    private static int tense(String text, int pos, Pattern future, Pattern past) {
        int a = DateReader.stretchStart(text, pos, CLAUSE_END);
        int b = DateReader.stretchEnd(text, pos, CLAUSE_END);
        for (String part : new String[] {text.substring(a, pos), text.substring(pos, b)}) {
            if (future.matcher(part).find()) {
                return 1;
            }
            if (past.matcher(part).find()) {
                return -1;
            }
        }
        return 0;
    }

    private static final String CLAUSE_END = ".。!?！？\n,;:，；：";

    /** The weekday on or after the anchor ({@code direction} 1), on or before it (-1), or the nearest (0). */
    private static LocalDate weekdayTowards(LocalDate anchor, DayOfWeek wd, int direction) {
        return direction > 0 ? anchor.with(TemporalAdjusters.nextOrSame(wd))
                : direction < 0 ? anchor.with(TemporalAdjusters.previousOrSame(wd)) : weekday(anchor, wd, 0);
    }

    /** A capitalised "Today" after a capitalised word is part of a name ("USA Today"), not a day. */
    private static boolean partOfAName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int wordEnd = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k < wordEnd && wordEnd < start && Character.isUpperCase(text.charAt(k));
    }

    private static int offset(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    /** The weekday nearest the anchor (direction 0, ties to the past), or the one strictly before (-1) or after (+1) it. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek wd, int direction) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(wd));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(wd));
        if (direction < 0) {
            return anchor.with(TemporalAdjusters.previous(wd));
        }
        if (direction > 0) {
            return anchor.with(TemporalAdjusters.next(wd));
        }
        return anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay() ? before : after;
    }

    private static DateReader.Hit day(int start, int end, LocalDate d) {
        return new DateReader.Hit(start, end, d.toString(), true, false, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static DateReader.Hit span(int start, int end, LocalDate anchor, String unit, int shift) {
        if (unit.equals("month")) {
            LocalDate m = anchor.withDayOfMonth(1).plusMonths(shift);
            return new DateReader.Hit(start, end, String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue()),
                    true, false, m.getYear(), m.getMonthValue(), 0);
        }
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        LocalDate from = unit.equals("weekend") ? monday.plusDays(5) : monday;
        LocalDate to = monday.plusDays(6);
        if (unit.equals("weekend") && shift < 0 && anchor.getDayOfWeek().getValue() >= 6) {
            from = from.plusWeeks(0);
        }
        if (unit.equals("weekend") && shift == -1 && anchor.getDayOfWeek() != DayOfWeek.SATURDAY && anchor.getDayOfWeek() != DayOfWeek.SUNDAY) {
            // "last weekend", "over the weekend" on a weekday: the weekend just past
            LocalDate sunday = anchor.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            from = sunday.minusDays(1);
            to = sunday;
        }
        return new DateReader.Hit(start, end, from + "/" + to, true, false, to.getYear(), to.getMonthValue(), 0);
    }
}
