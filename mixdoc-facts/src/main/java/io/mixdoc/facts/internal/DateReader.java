package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.BitSet;
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
    /**
     * Not after 至/到 that close a range's first date ("1月至3月", "10日到12日", "年底至3月"), where the month is the end of
     * the range. After any other word they are a verb's ("提到6月12日", "来到", "延至") or "until" ("截至3月10日", "直到5月"):
     * there the month is a date of its own.
     */
    private static final String NOT_A_RANGE_END = "(?<!(?:[\\d０-９日号月年旬初底末]|[一二三四五六七八九十])\\s?[至到])";
    private static final String ZH_MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String ZH_DAY = "(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
    /** A year written digit by digit in Chinese numerals: "一九八九年", "二O一五年". */
    private static final Pattern ZH_NUMERAL_YEAR = Pattern.compile(
            "(?<y>[一二][零〇○OＯ一二三四五六七八九]{3})年(?:(?<m>" + "(?:十[一二]?|[一二三四五六七八九])" + ")月(?:(?<d>" + "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])" + ")[日号])?)?");
    /** "7月份", "10月初", "五月底", "3月下旬": a month, its part not resolved further. */
    private static final Pattern ZH_MONTH_PART = Pattern.compile(
            NOT_A_RANGE_END + "(?<![\\d年\\-—~第个])(?<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|初|底|末|中旬|上旬|下旬|中)");
    /** "1958年末", "2004年底": the year's last month. */
    private static final Pattern ZH_YEAR_END = Pattern.compile("(?<![\\d.])(?<y>(?:1[89]|20)\\d\\d)\\s?年(?:末|底)");
    private static final Pattern ZH_FULL_OR_MONTH_DAY = Pattern.compile(
            "(?:(?<y>(?:1[89]|2[01])\\d\\d)\\s?年)?(?<m>" + ZH_MONTH + ")\\s?月\\s?" + ZH_DAY + "\\s?[日号]");
    /** "the end of 2025", "end-2020": the year's last month. */
    private static final Pattern EN_YEAR_END = Pattern.compile("(?i)\\b(?:the )?end(?: of|-) ?(?<y>(?:19|20)\\d\\d)\\b");
    /** "before the end of the year", "by the end of this year": the last month of the publication's year. */
    private static final Pattern EN_END_OF_THIS_YEAR = Pattern.compile("(?i)\\bend of (?:the|this) year\\b");
    /** "its 2020 session", "the 2016 election": a year naming an event. */
    private static final Pattern EN_YEAR_EVENT = Pattern.compile(
            "\\b(?<y>(?:19|20)\\d\\d) (?:session|election|elections|campaign|season|census|budget|Games|Olympics|World Cup|midterms?"
                    + "|study|analysis|report|survey|paper|ruling|referendum|summit|visit|tour|attack|crash|earthquake"
                    + "|plan|deal|agreement|film|movie|album)\\b");
    /**
     * "a crewed 2024 moon mission", "its planned 2024 crewed moon shot", "the 2019 season": a year standing as a modifier
     * between a determiner (up to two lower-case words after it) and a singular lower-case noun. Plurals ("the 2000
     * delegates"), units ("a 2000 page report"), amount words ("an estimated 2000") and model years ("the 2020 Sentra",
     * "the 2019 model", "the 2012 through 2015 design") are left out.
     */
    private static final Pattern EN_YEAR_MODIFIER = Pattern.compile(
            "(?<=\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) (?:[a-z]{3,15} )?(?:[a-z]{3,15} )?)(?<y>(?:19|20)\\d\\d) (?<noun>[a-z]{3,15})\\b(?![-/.,]?\\d)");
    private static final Pattern AMOUNT_OR_UNIT_WORD = Pattern.compile("about|around|some|nearly|almost|roughly|approximately"
            + "|estimated|additional|extra|further|another|more|over|under|only|just|whopping|mere|record|total|staggering"
            // a range of years ("the 2012 through 2015 model") and a product's generation ("the 2015 design") are model years
            + "|through|and|or|to|till|until|model|vintage|design|version|generation|style|trim|edition|year|month|week|day|hour|minute|second|page|word|mile|yard|foot|feet|inch|metre|meter|kilometre"
            + "|kilometer|acre|hectare|square|cubic|pound|ton|tonne|gram|kilogram|litre|liter|gallon|barrel|seat|horsepower"
            + "|strong|point|percent|per|dollar|euro|yuan|rupee|odd|plus|times|fold");
    /** "2016’s Star Trek Beyond": a year that owns something; "the 1980's", a decade, does not count. */
    private static final Pattern EN_YEAR_POSSESSIVE = Pattern.compile(
            "(?<!(?i:the|early|late|mid)[ -])\\b(?<y>(?:19|20)\\d\\d)['’]s\\b");
    /**
     * Parts of a year in Chinese: "一季度", "第三季度", "前三季度", "上半年", "下半年", with a year before them
     * ("2019年第一季度", "今年上半年") or, without one, the year of the context.
     */
    private static final Pattern ZH_YEAR_PART = Pattern.compile(
            "(?:(?<y>(?:1[89]|20)\\d\\d)\\s?年(?:度)?|(?<rel>今年|去年|明年|前年))?"
                    + "(?:(?<![0-9一二三四五六七八九十每])第?(?<q>[一二三四1-4])季度|前(?<qs>[二两三2-3])(?:个)?季度|(?<h>上|下)半年)");
    /** "1980年代", "1990年代初": a decade. */
    private static final Pattern ZH_DECADE = Pattern.compile("(?<y>(?:1[89]|20)\\d0)年代");

    private static final Pattern ZH_YEAR_MONTH_RANGE = Pattern.compile(
            "(?<y>(?:1[89]|2[01])\\d\\d)\\s?年\\s?(?<m1>" + ZH_MONTH + ")\\s?(?:-|—|–|～|~|至|到)\\s?(?<m2>" + ZH_MONTH + ")\\s?月");
    private static final String ZH_DASH = "(?:-|－|—|–|～|~|至|到)";
    /** "2004年12月11－12日", "12月11日－12日": days of one month, a range. */
    private static final Pattern ZH_DAY_RANGE = Pattern.compile(
            "(?:(?<![\\d.])(?<y>(?:1[89]|2[01])\\d\\d)\\s?年\\s?|(?<![\\d年\\-—~至到]))(?<m>" + ZH_MONTH + ")\\s?月\\s?(?<d1>" + ZH_DAY
                    + ")\\s?[日号]?\\s?" + ZH_DASH + "\\s?(?<d2>" + ZH_DAY + ")\\s?[日号]");
    /**
     * "1993-2003年", "1987~1997", "(1953－2004)": a span of years written compactly, the second later; two years
     * written in full ("1955年至1969年") are two dates.
     */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.\\-－])(?<y1>(?:1[89]|20)\\d\\d)\\s?(?:-|－|—|–|～|~)\\s?(?:(?<y2>(?:1[89]|20)\\d\\d)(?![\\d.\\-－])(?:\\s?年(?![代多余度]))?"
                    // "1950-53年": the second year by its last two digits (ShortYears.spanEnd), 年 required
                    + "|(?<yy>\\d\\d)\\s?年(?![代多余度]))");
    /** The widest span of years read as a range (a wider one is more likely two numbers). */
    private static final int MAX_YEAR_SPAN = 100;
    private static final Pattern ZH_FULL = Pattern.compile(
            "(?<y>(?:1[89]|2[01])\\d\\d)\\s?年\\s?(?<m>" + ZH_MONTH + ")\\s?月(?:\\s?(?<d>" + ZH_DAY + ")\\s?[日号])?");
    private static final Pattern ZH_YEAR = Pattern.compile(
            "(?<![\\d.])(?<y>(?:1[89]|2[01])\\d\\d)\\s?年(?![多余代])");
    private static final Pattern ZH_RELATIVE = Pattern.compile(
            "(?<rel>今年|去年|明年|前年|后年)(?:(?<m1>" + ZH_MONTH + ")\\s?(?:-|—|–|～|~|至|到)\\s?(?<m2>" + ZH_MONTH + ")\\s?月"
                    + "|(?<m>" + ZH_MONTH + ")\\s?月(?:\\s?(?<d>" + ZH_DAY + ")\\s?[日号])?)?");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile(
            NOT_A_RANGE_END + "(?<![\\d年\\-—~])(?<m>" + ZH_MONTH + ")\\s?月\\s?(?<d>" + ZH_DAY + ")\\s?[日号]");
    private static final Pattern ZH_DAY_ONLY = Pattern.compile("(?<![\\d月.\\-])(?<d>3[01]|[12]\\d|[1-9])日(?!电)");
    private static final Pattern ZH_MONTH_ONLY = Pattern.compile(
            NOT_A_RANGE_END + "(?<![\\d年\\-—~第个])(?<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?![\\d份底初中末]|[一二三四五六七八九十])");
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
    /**
     * A month named alone after a word that makes it a time ("in October", "as of October", "mid-December",
     * "an October news conference", "Norway's October output"). May and March need a preposition (else the
     * verb, Theresa May, a march), and a month followed by a capitalised word is a name ("April Ryan").
     */
    private static final Pattern EN_MONTH_ALONE = Pattern.compile(
            "\\b(?:(?:in|since|from|until|till|by|early|late|end of|last|this|next|of|during|before|after|through|throughout|between"
                    // a sentence may open with the preposition: "In January, the city spent ..."
                    + "|In|Since|From|Until|By|Early|Late|Last|This|Next|During|Before|After|Through|Throughout|Between)\\s+|mid-\\s?|mid\\s+)"
                    + "(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![\\s.]*\\d)(?!\\s+[A-Z][a-z])"
                    + "|(?:\\b(?:an?|and|or|to|the)\\s+|['’]s\\s+)"
                    + "(?<mon2>January|February|April|June|July|August|September|October|November|December)\\b(?![\\s.]*\\d)(?!\\s+[A-Z][a-z])");
    private static final Pattern EN_YEAR = Pattern.compile(
            "\\b(?<prep>in|into|since|by|from|until|till|(?<!\\d )through|of|before|after|during|early|late|mid|end of|year|least|fiscal|as soon as|as early as"
                    + "|dating (?:back )?to|(?<=\\b(?:from|between) (?:1[89]|2[01])\\d\\d )(?:to|and|until|through))\\s+(?<y>(?:1[89]|2[01])\\d\\d)\\b(?![\\d.,]\\d)",
            Pattern.CASE_INSENSITIVE);

    /** "《溪山无尽图》（2014）": a year alone in brackets right after a work's title is the work's year. */
    private static final Pattern WORK_YEAR = Pattern.compile("(?<=》\\s?[（(]\\s?)(?:19|20)\\d\\d(?=\\s?[)）])");

    /** A line of a reference list: "[3] …", or one naming its kind of work ("[J].", "[M].") or "文章引用". */
    private static final Pattern REFERENCE_LINE = Pattern.compile("(?m)^\\s*\\[\\d{1,3}\\]|\\[[JMDCNR]\\]\\s?[.．]|文章引用");
    /** "商业研究, 2010(3): 213", "出版社, 2009.", "Anaesthesiol. 2015; 28: 685": the year of a cited work. */
    private static final Pattern CITED_YEAR = Pattern.compile("(?<=[,，.] )(?<y>(?:19|20)\\d\\d)(?=\\s?[.,;(]|$)", Pattern.MULTILINE);

    private DateReader() {
    }

    /** The years of the works a reference list cites: each is a date of its own, given nowhere else in the line. */
    private static void citationYears(String text, List<Hit> hits) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (REFERENCE_LINE.matcher(line).find()) {
                for (Matcher m = CITED_YEAR.matcher(line); m.find(); ) {
                    hits.add(ymd(lineStart + m.start("y"), lineStart + m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Where each pattern can start, found in a few passes over the text so that {@link AnchoredScan} tries
     * the patterns only there (a digit, a numeral, a month name, a relative-time word, and the words a
     * pattern allows before them), not at every character.
     */
    private static final class Starts {
        final BitSet digitRuns;
        final BitSet oneOrTwo;
        final BitSet zhOneOrTwo;
        final BitSet end;
        final BitSet yearPart;
        final BitSet months;
        final BitSet monthsAnyCase;
        final BitSet fromMonths;
        final BitSet fromMonthsAnyCase;
        final BitSet wordMonths;
        final BitSet prepYears;
        final BitSet zhRelative;
        final BitSet thisLastNext;
        final BitSet zhMonths;

        Starts(String text) {
            digitRuns = Anchors.digitRuns(text);
            oneOrTwo = Anchors.chars(text, "12"); // a year with no lookbehind may start inside a run of digits
            zhOneOrTwo = Anchors.chars(text, "一二");
            end = Anchors.before(Anchors.words(text, new String[] {"end"}, true), 4); // "the end"
            yearPart = Anchors.chars(text, "1234今去明前第一二三四上下");
            months = Anchors.words(text, MONTH_HEADS, false); // every name and abbreviation starts with one
            monthsAnyCase = Anchors.words(text, MONTH_HEADS, true);
            fromMonths = Anchors.afterWord(text, months, 4); // "from January"
            fromMonthsAnyCase = Anchors.afterWord(text, monthsAnyCase, 4);
            wordMonths = Anchors.afterWord(text, months, 10); // "throughout October", "mid- October", "end of May"
            prepYears = Anchors.afterWord(text, digitRuns, 16); // "during 2019", "between 2004 and 2017"
            zhRelative = Anchors.chars(text, "今去明前后");
            thisLastNext = Anchors.words(text, new String[] {"this", "last", "next"}, true);
            zhMonths = Anchors.chars(text, c -> Anchors.asciiDigit((char) c) || "十一二三四五六七八九".indexOf(c) >= 0);
        }
    }

    /** The first three letters of every month's name, which also begin its abbreviations. */
    private static final String[] MONTH_HEADS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

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

    /** A photograph taken on the date, said in the rest of its sentence ("…在青海拍摄的双子座流星雨"). */
    private static final Pattern PHOTOGRAPHED = Pattern.compile("[^。！？\\n]*?(?:拍摄|摄于|航拍)");
    /** How far after a date its sentence may say the photograph was taken. */
    private static final int PHOTO_REACH = 24;

    /** Whether the sentence going on at {@code end}, right after a date, says a photograph was taken then. */
    public static boolean photographed(String text, int end) {
        return PHOTOGRAPHED.matcher(text).region(end, Math.min(text.length(), end + PHOTO_REACH)).lookingAt();
    }

    /** A month and day the story writes without a year ("12月14日"; not "2020年12月13日"). */
    private static final Pattern STATED_MONTH_DAY = Pattern.compile("(?<![\\d年]|年\\s)(?<m>1[0-2]|[1-9])\\s?月\\s?(?<d>3[01]|[12]\\d|0?[1-9])\\s?[日号]");
    private static final int HALF_YEAR = 6;

    /**
     * For each day of the month the story names in full without a year, that month, when it names the day in one
     * month only: a bare day is then that day ("12月14日" … "14日"), not the day of the month before.
     */
    private static Map<Integer, Integer> statedMonthOfDay(String text) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        for (Matcher m = STATED_MONTH_DAY.matcher(text); m.find(); ) {
            out.merge(Integer.parseInt(m.group("d")), Integer.parseInt(m.group("m")), (a, b) -> a.equals(b) ? a : 0);
        }
        out.values().removeIf(month -> month == 0);
        return out;
    }

    /**
     * With a publication day known without its year ("新华社利雅得12月12日电" and no year in the text), the bare days of
     * Chinese news as {@link #read(String, int, int, int)} reads them against a full date, written year-less
     * ({@code 于11日} → {@code --12-11}): the day of the publication month, or of the month before when later.
     */
    public static List<Hit> yearlessDays(String text, java.time.MonthDay anchor) {
        List<Hit> hits = new ArrayList<>();
        Map<Integer, Integer> stated = statedMonthOfDay(text);
        for (AnchoredScan scan = new AnchoredScan(ZH_DAY_ONLY, text, new Starts(text).digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            int day = Integer.parseInt(m.group("d"));
            int month = day > anchor.getDayOfMonth() ? (anchor.getMonthValue() + 10) % 12 + 1 : anchor.getMonthValue();
            month = stated.getOrDefault(day, month);
            Matcher prev = ZH_FULL_OR_MONTH_DAY.matcher(text).region(Math.max(0, m.start() - 12), m.start());
            while (prev.find()) {
                // "12月3日暂时休会，9日继续举行": the month of the date just before (read() gives it when a year is known)
                month = zhMonth(prev.group("m"));
            }
            if (java.time.Month.of(month).maxLength() >= day) {
                hits.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "--%02d-%02d", month, day), false, true, 0, month, day));
            }
        }
        return hits;
    }

    /**
     * As {@link #read(String, int)}, and with a full publication date also the bare days of Chinese
     * news ({@code 19日}: the 19th of the publication month, or of the month before when it is later
     * than the publication day).
     */
    public static List<Hit> read(String text, int anchorYear, int anchorMonth, int anchorDay) {
        List<Hit> hits = new ArrayList<>();
        Starts a = new Starts(text);
        if (anchorYear > 0 && anchorMonth > 0) {
            Map<Integer, Integer> stated = statedMonthOfDay(text);
            for (AnchoredScan scan = new AnchoredScan(ZH_DAY_ONLY, text, a.digitRuns); scan.find(); ) {
                Matcher m = scan.matcher();
                if (ZH_FULL_OR_MONTH_DAY.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) {
                    continue; // read below, with the month of the date just before
                }
                int day = Integer.parseInt(m.group("d"));
                int y = anchorYear;
                int mo = anchorMonth;
                if (stated.containsKey(day)) {
                    mo = stated.get(day); // "将在12月14日迎来极大" … "14日为农历十一月十一": the day the story names in full
                    y += mo - anchorMonth > HALF_YEAR ? -1 : anchorMonth - mo > HALF_YEAR ? 1 : 0;
                } else if (day > anchorDay) {
                    mo--;
                    if (mo == 0) {
                        mo = 12;
                        y--;
                    }
                }
                hits.add(ymd(m.start(), m.end(), y, mo, day, true));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_DAY_ONLY, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            // "6月3日晚至4日凌晨": a bare day right after a full date shares its month and year
            Matcher prev = ZH_FULL_OR_MONTH_DAY.matcher(text).region(Math.max(0, m.start() - 12), m.start());
            int[] last = null;
            while (prev.find()) {
                last = new int[] {prev.group("y") == null ? 0 : Integer.parseInt(prev.group("y")), zhMonth(prev.group("m"))};
            }
            if (last != null) {
                int y = last[0] > 0 ? last[0] : yearFor(text, m.start(), anchorYear, anchorMonth, last[1]);
                if (y > 0) {
                    hits.add(ymd(m.start(), m.end(), y, last[1], Integer.parseInt(m.group("d")), true));
                }
            }
        }
        for (AnchoredScan scan = new AnchoredScan(YEAR_RANGE, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            int y1 = Integer.parseInt(m.group("y1"));
            int y2 = m.group("y2") != null ? Integer.parseInt(m.group("y2")) : ShortYears.spanEnd(y1, Integer.parseInt(m.group("yy")));
            if (y1 < y2 && y2 - y1 <= MAX_YEAR_SPAN) {
                hits.add(new Hit(m.start(), m.end(), y1 + "/" + y2, false, false, y2, 0, 0));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_DAY_RANGE, text, a.zhMonths); scan.find(); ) {
            Matcher m = scan.matcher();
            int mo = zhMonth(m.group("m"));
            int d1 = zhMonth(m.group("d1"));
            int d2 = zhMonth(m.group("d2"));
            int y = m.group("y") != null ? Integer.parseInt(m.group("y"))
                    : anchorYear > 0 || contextYear(text, m.start(), anchorYear) > 0 ? yearFor(text, m.start(), anchorYear, anchorMonth, mo) : 0;
            if (y > 0 && d1 < d2) {
                hits.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d-%02d/%04d-%02d-%02d", y, mo, d1, y, mo, d2),
                        m.group("y") == null, false, y, mo, d2));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEAR_MONTH_RANGE, text, a.oneOrTwo); scan.find(); ) {
            Matcher m = scan.matcher();
            int y = Integer.parseInt(m.group("y"));
            hits.add(range(m, y, zhMonth(m.group("m1")), zhMonth(m.group("m2")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_FULL, text, a.oneOrTwo); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), zhMonth(m.group("m")),
                    m.group("d") == null ? 0 : zhMonth(m.group("d")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_NUMERAL_YEAR, text, a.zhOneOrTwo); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), digitByDigit(m.group("y")), m.group("m") == null ? 0 : zhMonth(m.group("m")),
                    m.group("d") == null ? 0 : zhMonth(m.group("d")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(ShortYears.matcher(text).pattern(), text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            int y = ShortYears.year(Integer.parseInt(m.group("yy")), anchorYear);
            if (y > 0) {
                hits.add(ymd(m.start(), m.end(), y, 0, 0, true)); // "57年": the century from the publication year
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEAR_END, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), 12, 0, false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_YEAR_END, text, a.end); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 12, 0, false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_YEAR_POSSESSIVE, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_YEAR_EVENT, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_YEAR_MODIFIER, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            if (yearModifiesItsNoun(text, m)) {
                hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEAR_PART, text, a.yearPart); scan.find(); ) {
            Matcher m = scan.matcher();
            int y = m.group("y") != null ? Integer.parseInt(m.group("y"))
                    : m.group("rel") != null ? (anchorYear > 0 ? anchorYear + zhOffset(m.group("rel")) : 0)
                    : anchorYear > 0 ? yearFor(text, m.start(), anchorYear, anchorMonth, 1) : 0;
            if (y <= 0) {
                continue; // no year to put the part in
            }
            int from;
            int to;
            if (m.group("h") != null) {
                from = m.group("h").equals("上") ? 1 : 7;
                to = from + 5;
            } else if (m.group("qs") != null) {
                from = 1;
                to = 3 * zhMonth(m.group("qs").replace('两', '二'));
            } else {
                from = 3 * zhMonth(m.group("q")) - 2;
                to = from + 2;
            }
            boolean relative = m.group("y") == null;
            hits.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", y, from, y, to), relative, false, y, to, 0));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_DECADE, text, a.oneOrTwo); scan.find(); ) {
            Matcher m = scan.matcher();
            int y = Integer.parseInt(m.group("y"));
            hits.add(new Hit(m.start(), m.end(), y + "/" + (y + 9), false, false, y, 0, 0));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEAR, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        hits.addAll(EventYears.find(text, a.oneOrTwo)); // "2021中国国际…峰会", "“和平救援-2021”演习": the edition's year
        for (AnchoredScan scan = new AnchoredScan(EN_MONTH_DAY_YEAR, text, a.months); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")),
                    Integer.parseInt(m.group("d")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_DAY_MONTH_YEAR, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")),
                    Integer.parseInt(m.group("d")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_MONTH_YEAR, text, a.months); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group("y")), month(m.group("mon")), 0, false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_MONTH_RANGE_YEAR, text, a.fromMonths); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(range(m, Integer.parseInt(m.group("y")), month(m.group("m1")), month(m.group("m2")), false));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_YEAR, text, a.prepYears); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start("y"), m.end("y"), Integer.parseInt(m.group("y")), 0, 0, false));
        }
        citationYears(text, hits);
        for (AnchoredScan scan = new AnchoredScan(WORK_YEAR, text, a.digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(ymd(m.start(), m.end(), Integer.parseInt(m.group()), 0, 0, false));
        }
        if (anchorYear > 0) {
            for (AnchoredScan scan = new AnchoredScan(ZH_RELATIVE, text, a.zhRelative); scan.find(); ) {
                Matcher m = scan.matcher();
                int y = anchorYear + zhOffset(m.group("rel"));
                if (m.group("m1") != null) {
                    hits.add(range(m, y, zhMonth(m.group("m1")), zhMonth(m.group("m2")), true));
                } else {
                    hits.add(ymd(m.start(), m.end(), y, m.group("m") == null ? 0 : zhMonth(m.group("m")),
                            m.group("d") == null ? 0 : Integer.parseInt(m.group("d")), true));
                }
            }
            for (AnchoredScan scan = new AnchoredScan(EN_MONTH_RANGE_RELATIVE, text, a.fromMonthsAnyCase); scan.find(); ) {
                Matcher m = scan.matcher();
                hits.add(range(m, anchorYear + enOffset(m.group("rel")), month(m.group("m1")), month(m.group("m2")), true));
            }
            for (AnchoredScan scan = new AnchoredScan(EN_MONTH_RELATIVE, text, a.monthsAnyCase); scan.find(); ) {
                Matcher m = scan.matcher();
                hits.add(ymd(m.start(), m.end(), anchorYear + enOffset(m.group("rel")), month(m.group("mon")), 0, true));
            }
            for (AnchoredScan scan = new AnchoredScan(EN_END_OF_THIS_YEAR, text, a.end); scan.find(); ) {
                Matcher m = scan.matcher();
                hits.add(ymd(m.start(), m.end(), anchorYear, 12, 0, true));
            }
            for (AnchoredScan scan = new AnchoredScan(EN_RELATIVE_YEAR, text, a.thisLastNext); scan.find(); ) {
                Matcher m = scan.matcher();
                hits.add(ymd(m.start(), m.end(), anchorYear + enOffset(m.group("rel")), 0, 0, true));
            }
            for (AnchoredScan scan = new AnchoredScan(EN_MONTH_ALONE, text, a.wordMonths); scan.find(); ) {
                Matcher m = scan.matcher();
                String g = m.group("mon") != null ? "mon" : "mon2";
                String before = text.substring(m.start(), m.start(g)).trim().toLowerCase(Locale.ROOT);
                int mo = month(m.group(g));
                int told = yearOfMonthBefore(text, m.start(), mo);
                // "last February" written in November is this year's February, "next March" next year's
                int y = before.equals("last") ? (anchorMonth > mo ? anchorYear : anchorYear - 1)
                        : before.equals("next") ? (anchorMonth > 0 && anchorMonth < mo ? anchorYear : anchorYear + 1)
                        : told > 0 ? told : yearFor(text, m.start(), anchorYear, anchorMonth, mo);
                hits.add(ymd(m.start(g), m.end(), y, mo, 0, true));
            }
            for (AnchoredScan scan = new AnchoredScan(ZH_MONTH_ONLY, text, a.zhMonths); scan.find(); ) {
                Matcher m = scan.matcher();
                int mo = zhMonth(m.group("m"));
                hits.add(ymd(m.start(), m.end(), yearFor(text, m.start(), anchorYear, anchorMonth, mo), mo, 0, true));
            }
            for (AnchoredScan scan = new AnchoredScan(ZH_MONTH_PART, text, a.zhMonths); scan.find(); ) {
                Matcher m = scan.matcher();
                int mo = zhMonth(m.group("m"));
                hits.add(ymd(m.start(), m.end(), yearFor(text, m.start(), anchorYear, anchorMonth, mo), mo, 0, true));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_MONTH_DAY, text, a.zhMonths); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(yearless(text, m.start(), m.end(), anchorYear, anchorMonth, zhMonth(m.group("m")), zhMonth(m.group("d"))));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_MONTH_DAY, text, a.months); scan.find(); ) {
            Matcher m = scan.matcher();
            hits.add(yearless(text, m.start(), m.end(), anchorYear, anchorMonth, month(m.group("mon")), Integer.parseInt(m.group("d"))));
        }
        hits.addAll(MinguoYears.read(text)); // "民国111年3月5日": longer than the "3月5日" read above, so it wins
        yearsNextToAYear(text, hits);
        return nonOverlapping(hits);
    }

    /** An {@link #EN_YEAR_MODIFIER} match whose noun is singular and no unit, and no amount word comes between. */
    private static boolean yearModifiesItsNoun(String text, Matcher m) {
        String noun = m.group("noun");
        if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")) {
            return false; // "the 2000 delegates": a count
        }
        if (AMOUNT_OR_UNIT_WORD.matcher(noun).matches()) {
            return false;
        }
        int from = Math.max(0, m.start() - 40);
        String[] before = text.substring(from, m.start()).trim().split(" ");
        for (int i = before.length - 1; i >= Math.max(0, before.length - 2); i--) {
            if (AMOUNT_OR_UNIT_WORD.matcher(before[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "the previous year", "a year later": a year counted from another. */
    private static final Pattern EN_YEAR_BESIDE = Pattern.compile(
            "(?i)\\b(?:the (?<rel>previous|prior|preceding|following) year|a year (?<rel2>earlier|before|later|after))\\b");

    /**
     * "a disorder in 2017, marking an increase from the previous year": a year counted from a year the same sentence
     * states before it is that year's neighbour; with no year stated in the sentence it counts from an event, and is
     * left out (as "the previous week" is).
     */
    private static void yearsNextToAYear(String text, List<Hit> hits) {
        for (Matcher m = EN_YEAR_BESIDE.matcher(text); m.find(); ) {
            int from = stretchStart(text, m.start(), SENTENCE_END);
            Matcher y = ANY_YEAR.matcher(text).region(from, m.start());
            int last = 0;
            while (y.find()) {
                last = Integer.parseInt(y.group());
            }
            if (last == 0) {
                continue;
            }
            String rel = (m.group("rel") != null ? m.group("rel") : m.group("rel2")).toLowerCase(Locale.ROOT);
            int shift = rel.equals("following") || rel.equals("later") || rel.equals("after") ? 1 : -1;
            hits.add(ymd(m.start(), m.end(), last + shift, 0, 0, true));
        }
    }

    private static Hit yearless(String text, int start, int end, int anchorYear, int anchorMonth, int month, int day) {
        int context = contextYear(text, start, anchorYear);
        if (anchorYear > 0 || context > 0) {
            int y = yearFor(text, start, anchorYear, anchorMonth, month);
            return new Hit(start, end, String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day), true, false,
                    y, month, day);
        }
        return new Hit(start, end, String.format(Locale.ROOT, "--%02d-%02d", month, day), false, true, 0, month, day);
    }

    /**
     * A year the text states, in digits or Chinese numerals, or relative to the publication ("今年", "去年"; in
     * English "last year" is mostly an aside, not the narrative's frame, so it is not counted).
     * "2021年度" names an accounting year (an annual review), not the time the narrative is in.
     */
    private static final Pattern STATED_YEAR = Pattern.compile(
            "(?<![\\d.])(?<y>(?:1[89]|20)\\d\\d)\\s?年(?![代多余度])|(?<zy>[一二][零〇○OＯ一二三四五六七八九]{3})年"
                    + "|(?<rel>今年|去年|明年|前年)");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|would|is due|are due|scheduled|expected|plans?|go(?:es)? on sale|(?:is|are) set to|starts?)\\b"
                    + "|\\b(?:by|until)(?=\\s+(?:the end of\\s+|early\\s+|late\\s+|mid-?\\s*)?(?:" + MONTHS + ")\\b)|将|计划|预计|拟|将于");
    private static final Pattern PAST_CUE = Pattern.compile("(?i)\\b(?:since|was|were|had|ago|did|last)\\b|曾|已经|去年");
    /** How far back, in characters, a stated year still governs a date that gives none. */
    private static final int YEAR_CONTEXT = 1500;

    /**
     * The year stated last before {@code pos} in the same stretch of text ("2004年10月下旬……11月4日"), 0 when
     * none is or the last is "this year" (the publication year then decides), or -1 when the last one is
     * relative ("去年") and there is no publication year to resolve it.
     * A relative statement counts as much as a written year: "2004年9月……今年5月……6月21日" is this year's June.
     * With a publication year, a year in digits governs its own paragraph only (as a relative one always did);
     * a year in Chinese numerals frames a memoir across paragraphs.
     */
    /** "in November 2016": an English month with its year (and maybe a day between). */
    private static final Pattern EN_MONTH_WITH_YEAR = Pattern.compile("\\b(?<mon>January|February|March|April|May|June|July|"
            + "August|September|October|November|December)(?: \\d{1,2})?,? (?<y>(?:19|20)\\d\\d)\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.])(?:1[89]|20)\\d\\d(?![\\d.,]\\d)");
    /** How far back a story's "November 2016" still gives its year to a bare later month. */
    private static final int MONTH_YEAR_CONTEXT = 300;

    /**
     * "visited his doctor in November 2016 … But by December, they worsened": a bare month shortly after a month
     * written with its year, no other year between, and not before it in the calendar, is in that year; else 0.
     */
    static int yearOfMonthBefore(String text, int pos, int month) {
        int from = Math.max(0, pos - MONTH_YEAR_CONTEXT);
        Matcher m = EN_MONTH_WITH_YEAR.matcher(text).region(from, pos);
        int year = 0;
        int statedMonth = 0;
        int end = -1;
        while (m.find()) {
            year = Integer.parseInt(m.group("y"));
            statedMonth = month(m.group("mon"));
            end = m.end();
        }
        if (year == 0 || month < statedMonth || ANY_YEAR.matcher(text).region(end, pos).find()) {
            return 0;
        }
        return year;
    }

    private static int contextYear(String text, int pos, int anchorYear) {
        Matcher m = STATED_YEAR.matcher(text).region(Math.max(0, pos - YEAR_CONTEXT), pos);
        int year = 0;
        while (m.find()) {
            if (anchorYear > 0 && m.group("y") != null && hasLineBreak(text, m.end(), pos)) {
                // "2001年除夕夜中了大奖……⏎3月5日，我们来到": a year in digits names a past event in its own
                // paragraph; a later paragraph's yearless date is back in the publication's time frame
                continue;
            }
            if (m.group("y") != null && photographed(text, m.end())) {
                continue; // "安久2018年12月13日在青海拍摄的流星雨": an archive photograph's year is not the story's
            }
            if (m.group("y") != null) {
                year = Integer.parseInt(m.group("y"));
            } else if (m.group("zy") != null) {
                year = digitByDigit(m.group("zy"));
            } else if (!hasLineBreak(text, m.end(), pos)) {
                // "在去年工作的基础上……⏎⏎2月7日上午": a relative year sets the story's year for its own paragraph only
                String rel = m.group("rel");
                int shift = rel.equals("去年") ? -1 : rel.equals("明年") ? 1
                        : rel.equals("前年") ? -2 : 0;
                // "this year" hands the date back to the publication year and its tense cues; others move it
                year = anchorYear <= 0 ? -1 : shift == 0 ? 0 : anchorYear + shift;
            }
        }
        if (year == 0 && pos > YEAR_CONTEXT) {
            year = farChineseNumeralYear(text, pos - YEAR_CONTEXT);
        }
        return year;
    }

    /** How far back, in characters, a year written in Chinese numerals is still looked for. */
    private static final int FAR_YEAR_CONTEXT = 20_000;

    /**
     * A memoir's "一九八九年四月" frames the story that follows it, pages later too ("六月四日"): where nothing
     * states a year near a date, the last year written in Chinese numerals before {@code to} governs, unless a
     * year in digits or a relative year was written after it (then that one had the last word, and is too far).
     */
    private static int farChineseNumeralYear(String text, int to) {
        Matcher m = STATED_YEAR.matcher(text).region(Math.max(0, to - FAR_YEAR_CONTEXT), to);
        int year = 0;
        while (m.find()) {
            year = m.group("zy") != null ? digitByDigit(m.group("zy")) : 0;
        }
        return year;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean lastStatedYearIsRelative(String text, int pos) {
        Matcher m = STATED_YEAR.matcher(text).region(Math.max(0, pos - YEAR_CONTEXT), pos);
        boolean relative = false;
        while (m.find()) {
            relative = m.group("rel") != null;
        }
        return relative;
    }

    /**
     * The year of a month the text gives without one: the year stated just before it, else the
     * publication year, moved a year on for a month far behind the publication that the sentence puts in
     * the future ("goes on sale in late January" in November), or back for a month far ahead that it puts
     * in the past.
     */
    static int yearFor(String text, int pos, int anchorYear, int anchorMonth, int month) {
        int context = contextYear(text, pos, anchorYear);
        if (context > 0 && context == anchorYear - 1 && lastStatedYearIsRelative(text, pos)
                && FUTURE_CUE.matcher(sentenceAround(text, pos)).find()) {
            return anchorYear; // "去年GDP……下半年计划投资": a plan made now is for this year, whatever last year did
        }
        if (context != 0) {
            return Math.max(context, 0);
        }
        if (anchorMonth == 0) {
            return anchorYear;
        }
        String sentence = sentenceAround(text, pos);
        if (month < anchorMonth && anchorMonth - month >= 6 && FUTURE_CUE.matcher(sentence).find()) {
            return anchorYear + 1;
        }
        if (month > anchorMonth && month - anchorMonth >= 6 && PAST_CUE.matcher(sentence).find()) {
            return anchorYear - 1;
        }
        return anchorYear;
    }

    private static String sentenceAround(String text, int pos) {
        return text.substring(stretchStart(text, pos, SENTENCE_END), stretchEnd(text, pos, SENTENCE_END));
    }

    private static final String SENTENCE_END = ".。!?！？\n";

    /** Where the stretch of text holding {@code pos} starts: after the last of {@code ends}, at most 200 back. */
    static int stretchStart(String text, int pos, String ends) {
        int a = pos;
        while (a > 0 && ends.indexOf(text.charAt(a - 1)) < 0 && pos - a < 200) {
            a--;
        }
        return a;
    }

    /** Where the stretch of text holding {@code pos} ends: at the next of {@code ends}, at most 200 on. */
    static int stretchEnd(String text, int pos, String ends) {
        int b = pos;
        while (b < text.length() && ends.indexOf(text.charAt(b)) < 0 && b - pos < 200) {
            b++;
        }
        return b;
    }

    /** "一九八九" → 1989, "二O一五" → 2015. */
    static int digitByDigit(String s) {
        int v = 0;
        for (char c : s.toCharArray()) {
            v = v * 10 + ("零〇○OＯ".indexOf(c) >= 0 ? 0 : io.mixdoc.text.Chars.hanDigit(c));
        }
        return v;
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
    public static List<Hit> nonOverlapping(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        sorted.removeIf(h -> h.month() > 12 || h.end() <= h.start()); // never kept, so they block nothing
        List<Hit> kept = new ArrayList<>(io.mixdoc.NonOverlapping.greedy(sorted));
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
