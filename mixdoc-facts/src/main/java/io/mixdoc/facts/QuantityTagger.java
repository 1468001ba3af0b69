package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.internal.AnchoredScan;
import io.mixdoc.facts.internal.Anchors;
import io.mixdoc.facts.internal.Boilerplate;
import io.mixdoc.facts.internal.ChineseNumbers;
import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.facts.internal.RelativeDays;
import io.mixdoc.facts.internal.ShortYears;
import io.mixdoc.facts.internal.SpacedFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code quantity} layer: Chinese and English numbers with their magnitude and unit,
 * normalised ({@code 227亿美元} → 22700000000 USD, {@code 800多名} → 800 people, more than;
 * {@code US $ 94.8 billion} → 94800000000 USD). Currencies become ISO 4217 codes, measures SI
 * symbols, counted things the English plural noun. Years written as dates ({@code 1992年}) are left
 * to the date stage, and boilerplate (related headlines) is skipped. Offsets are UTF-16 indices, half-open, from the number to the end of its unit.
 */
public final class QuantityTagger implements Stage {
    /** Chinese units, longest first, with their normal form. */
    private static final Map<String, String> ZH_UNITS = zhUnits();
    private static final Map<String, String> EN_UNITS = enUnits();
    private static final Map<String, String> CURRENCY_SIGNS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("U.S.$", "USD"), Map.entry("$", "USD"), Map.entry("USD", "USD"),
            Map.entry("RMB", "CNY"), Map.entry("CNY", "CNY"), Map.entry("€", "EUR"), Map.entry("EUR", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "CNY"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"),
            Map.entry("₹", "INR"), Map.entry("INR", "INR"),
            // Taiwan, Hong Kong and Macao write their dollars with a letter prefix: NT$, HK$, MOP$
            Map.entry("NT$", "TWD"), Map.entry("HK$", "HKD"), Map.entry("MOP$", "MOP"), Map.entry("MOP", "MOP"));

    /** English number words a count is written with ("fifteen minutes"); "one" is mostly an article or a pronoun. */
    private static final String NUMBER_WORD = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    /** "twenty-five", "Fifty-one": tens joined to units by a hyphen. */
    private static final String TENS_AND_UNITS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final Pattern TENS_UNITS_START = Pattern.compile("(?i)" + TENS_AND_UNITS + "\\b");
    private static final Pattern ZH = Pattern.compile(
            // "有 6 人", "将近 1000 人", "68 岁": typesetters set Arabic figures off by spaces inside Chinese (SpacedFigures)
            "(?:(?<pre>约为|约|近|超过|逾|大约|将近|不到|不足|超)" + SpacedFigures.GAP_BEFORE + ")?"
                    + "(?<num>[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+|半)"
                    + "(?<gap>" + SpacedFigures.gapAfter("(?:多|余)?(?:万亿|亿|万|千|百)?(?:多|余)?(?:" + alternation(ZH_UNITS) + ")") + ")?"
                    // "2万4801张": digits written after 万 are the amount's lower four places
                    + "(?<approx1>多|余)?(?<mag>万亿|亿|万|千|百)?(?:(?<=[0-9]万)(?<low>[0-9]{1,4})(?![0-9.．,，]))?"
                    + "(?<approx>多|余)?(?<unit>" + alternation(ZH_UNITS) + ")?(?<half>半)?");
    private static final Pattern EN_CURRENCY = Pattern.compile(
            "(?<cur>U\\.?S\\.?\\s?\\$|(?<![A-Za-z])(?:NT|HK|MOP)\\$|\\$|USD|(?<![A-Za-z])MOP(?![A-Za-z])|RMB|CNY|€|EUR|£|¥|(?<![A-Za-z])Rs\\.?|₹|INR)\\s?(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
                    // "$40-50 billion": the first end of a range takes the magnitude written after the second
                    + "(?<rangeTo>\\s?[-–]\\s?\\$?(?<num2>\\d+(?:\\.\\d+)?)(?=\\s*(?:trillion|billion|million|bn|mn)\\b))?"
                    // Indian papers count in lakhs (100,000) and crores (10 million); "$449K" is thousands, "$300M" and
                    // the British "£40m" millions, "$1.2B" billions
                    + "(?:\\s*(?<mag>trillion|billion|million|thousand|bn|mn|lakhs?|crores?)\\b|(?<mag2>[KMB]|m)\\b"
                    // "HK$5亿", "NT$3万": Chinese writes its own magnitude after the sign's figure
                    + "|(?<zhmag>万亿|亿|万)(?:元)?)?");
    private static final Pattern EN = Pattern.compile(
            "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|approximately|less than|up to)\\s+)?"
                    + "(?<![\\w.,])(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?<mag>trillion|billion|million|thousand)\\b)?"
                    + "(?:\\s*(?<unit>" + alternation(EN_UNITS) + "))?(?![\\w])");

    /**
     * A number, then perhaps a model ("400 737 Max jets", "50 A350-900 jets"), then up to one modifier (perhaps graded by
     * an adverb), then a plural noun: "800 cataract patients", "four main aspects", "two highly critical reports".
     */
    private static final String EN_COUNTED_NUMBER = "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|approximately|less than|up to)\\s+)?"
            + "(?<![\\w.,$/-])(?<num>\\d+(?:,\\d{3})*|(?i:" + TENS_AND_UNITS + "|" + NUMBER_WORD + "))"
            + "(?:\\s+(?<mag>trillion|billion|million|thousand))?\\s+";
    private static final String EN_COUNTED_NOUN = "(?<noun>[a-z]{3,}s|people|men|women|children|aircraft)\\b";
    private static final Pattern EN_COUNTED = Pattern.compile(EN_COUNTED_NUMBER
                    + "(?<model>(?:[A-Z][a-z]+\\s+)?[A-Z]{0,2}\\d{3,4}(?:-\\d{1,3})?[A-Za-z]?\\s+(?:[A-Z][a-z]+\\s+)?)?"
                    // an adverb may grade the modifier: "two highly critical reports", "two relatively smaller organisations"
                    + "(?:[a-z]{3,}ly\\s+(?=[a-z]+\\s+[a-z]))?"
                    // a proper adjective may come first: "six Democratic presidential candidates"
                    + "(?:(?<proper>[A-Z][a-z]{3,})\\s+(?=[a-z]{3,}\\s+[a-z]{3,}s\\b))?"
                    + "(?:(?<mod>[A-Za-z][a-z\\-]+|[A-Z]{2,4})\\s+)?" + EN_COUNTED_NOUN);
    /** {@link #EN_COUNTED} with no modifier: "four times this month", where the greedy modifier took the noun. */
    private static final Pattern EN_COUNTED_BARE = Pattern.compile(EN_COUNTED_NUMBER + "(?<mod>)" + EN_COUNTED_NOUN);
    /**
     * "Fifty-one percent", "five-and-a-half points", "four times": an amount in words before a unit (a word number
     * before a plural noun is {@link #EN_COUNTED}'s; this one reads the tens joined to units and the halves too).
     */
    private static final Pattern EN_WORD_AMOUNT = Pattern.compile(
            "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|approximately|less than|up to)\\s+)?"
                    + "(?<![\\w.,$/-])(?<num>(?i:" + TENS_AND_UNITS + "|" + NUMBER_WORD + "))(?<half>[- ]and[- ]a[- ]half)?"
                    + "\\s+(?<unit>percent|per cent|percentage points|points|times)\\b");
    /** "a year and a half", "more than an hour and a half": one unit of time and half another. */
    private static final Pattern EN_UNIT_AND_A_HALF = Pattern.compile(
            "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|less than|up to)\\s+)?"
                    + "(?<![\\w.,$/-])(?i:an?|one) (?<unit>year|month|week|day|hour) and a half\\b");
    /** "150 Indians", "nearly 300 Nigerians": a count of a country's people, written by their nationality. */
    private static final Pattern EN_NATIONALS = Pattern.compile(
            "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|approximately|less than|up to)\\s+)?"
                    + "(?<![\\w.,$/-])(?<num>\\d+(?:,\\d{3})*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
                    + "\\s+(?<noun>[A-Z][a-z]+(?:ns|is|ese))\\b(?!\\s+[A-Z])");
    /**
     * "30 of Boeing's 787-9 Dreamliner jets", "eight of its Hong Kong shares", "three of its commanders": a number
     * taking its part of a group of plural things.
     */
    private static final Pattern EN_PART_OF = Pattern.compile(
            "(?<![\\w.,$/-])(?<num>\\d+(?:,\\d{3})*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
                    + " of (?:the|its|their|his|her|our|these|those|[A-Z][\\w\\-]*\\s?['’]s)\\s+(?:[\\w\\-]+\\s+){0,3}?(?<noun>[a-z]{3,}s|people|men|women|children)\\b");
    /**
     * "242 to 330 passengers", "5-10 percent": the first number of a range takes the noun or unit of the second
     * (which the other patterns read).
     */
    private static final Pattern EN_RANGE_FIRST = Pattern.compile(
            "(?<![\\w.,$/-])(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?|(?i:" + NUMBER_WORD + "))(?:\\s*(?:-|–)\\s*|\\s+(?:to|and|or)\\s+)"
                    + "(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|(?i:" + NUMBER_WORD + "))"
                    + "(?:\\s*(?<mag>trillion|billion|million|thousand)\\b)?\\s*(?:(?<unit>" + alternation(enUnits()) + ")(?![\\w])|(?<noun>[a-z]{3,}s|people)\\b"
                    // "aged between 12 to 17-years-old": the second end written as an age
                    + "|-(?<aged>year|month|week|day)s?-old\\b)");
    /** "a near 1-1/2 year trade war", "2 1/2 hours": a whole number and a fraction before a unit. */
    private static final Pattern EN_MIXED_FRACTION = Pattern.compile(
            "(?<![\\w.,$/-])(?<whole>\\d{1,3})[- ](?<n>\\d)/(?<d>\\d{1,2})[- ](?<unit>" + alternation(enUnits()) + ")(?![\\w])");
    /** "Parise, 35, had scored", "Patrick W. Carlineo Jr., 55, of Addison", "the governor, 62,": an age set off by commas after a name. */
    private static final Pattern EN_AGE = Pattern.compile("(?<name>\\b[A-Z][a-z]+\\.?|(?<=\\b(?i:the|a|an|his|her|their) )[a-z]{3,}"
            // "The former “Dawson’s Creek” star, 42,": a noun for a person stands for the name
            + "|\\b(?:star|actor|actress|singer|rapper|musician|player|athlete|driver|suspect|victim|man|woman|boy|girl|mother|"
            + "father|son|daughter|wife|husband|teacher|student|doctor|nurse|resident|comedian|host|author|founder|executive)), (?<age>\\d{1,3}),");
    /** "John Jones (34) was", "Amy Lee (19), of Leeds": a British age in brackets after a first name and a surname. */
    private static final Pattern EN_AGE_BRACKET = Pattern.compile(
            "(?<=\\b(?<first>[A-Z][a-z]{1,15}) [A-Z][A-Za-z'’-]{1,20} )\\((?<age>[1-9]\\d?)\\)(?=[\\s,.;:]|$)");
    /** "The victim, aged 23,", "Smith, age 60,", "a man aged 45": an age after the word that names it. */
    private static final Pattern EN_AGE_WORD = Pattern.compile("(?:(?<=, )(?i:aged|age)|\\b(?i:aged))\\s+(?<age>\\d{1,3})(?!\\d|[\\w.,]\\d|\\s*%|-)"
            // "aged 26 or above": a threshold is an age too, bounded as "at least" is ("people age 12 and older" has no
            // comma before "age", so it names no one's age and is no match)
            + "(?:\\s+(?:and|or)\\s+(?<bound>older|over|up|above|younger|under)\\b)?");
    /**
     * "two months ago", "a week ago": a point in time told by its distance from the publication, no duration; after
     * "since" in its sentence ("Since the establishment of relations 33 years ago, trade grew") it is the time since, a
     * duration.
     */
    private static final Pattern EN_AGO = Pattern.compile("^\\s+ago\\b");
    /** "a one-game suspension", "a one-year deal": "one" joined to a unit of time or play is a count of one. */
    private static final Pattern EN_ONE_UNIT = Pattern.compile(
            "(?<![\\w.,$-])(?i:one)-(?<unit>game|match|race|year|season|month|week|day|hour|minute|goal|point|run|stroke|seat)\\b(?!-)");
    /** "in front of 15,522", "Roughly 13,000": a figure grouped in thousands is a count even with its noun left out. */
    private static final Pattern EN_GROUPED = Pattern.compile(
            "(?i:(?<pre>more than|over|about|around|nearly|almost|some|roughly|approximately|less than|up to)\\s+)?"
                    + "(?<![\\w.,$£€¥/-])(?<num>\\d{1,3}(?:,\\d{3})+)(?![\\w%]|[.,]\\d|\\s*(?:-|–|to)\\s*\\d)");
    /** Plurals not made with -s, and the singular the lexicon lists. */
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("people", "person", "men", "man", "women", "woman",
            "children", "child", "aircraft", "aircraft");
    /** "two-goal", "10-year", "2.5-liter", "275-horsepower": a number joined to its unit by a hyphen. */
    private static final Pattern EN_HYPHENATED = Pattern.compile(
            "(?<![\\w.,$-])(?<num>\\d+(?:\\.\\d+)?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
                    + "-(?<unit>[a-z]{3,})\\b(?!-)");
    /** "a 8-year-old girl", "the 60-year-old": an age written as one word. */
    private static final Pattern EN_AGED = Pattern.compile(
            "(?<![\\w.,$-])(?<num>\\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
                    + "-(?<unit>(?i:year|month|week|day))(?i:s)?-(?i:old)\\b"); // a headline's "9-Month-Old" too
    /** "27,934.02": a figure with thousands and decimals, an index level or a price, never a year or an id. */
    private static final Pattern EN_FIGURE = Pattern.compile("(?<![\\w.,$-])\\d{1,3}(?:,\\d{3})+\\.\\d+(?!\\w|[.,]\\d)");
    /**
     * "THE HOME DEPOT INC. 225.86 -12.99 -5.44%": a quote line gives a price, its signed change and the change
     * in percent (which the percent pattern reads). The currency is not written, so none is guessed.
     */
    private static final Pattern EN_QUOTE = Pattern.compile(
            "(?<![\\w.,$-])(?<price>\\d+(?:,\\d{3})*\\.\\d{2,4}) (?<change>[-+−]\\d+(?:,\\d{3})*\\.\\d{2,4}) [-+−]\\d+(?:\\.\\d+)?%");
    private static final Map<String, Integer> EN_NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100));

    private static Map<String, String> zhUnits() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {
                {"美元", "USD"}, {"欧元", "EUR"}, {"日元", "JPY"}, {"英镑", "GBP"}, {"港元", "HKD"}, {"港币", "HKD"}, {"元港币", "HKD"},
                {"新台币", "TWD"}, {"台币", "TWD"}, {"元新台币", "TWD"}, {"元台币", "TWD"}, {"澳门元", "MOP"}, {"澳门币", "MOP"},
                {"卢布", "RUB"}, {"韩元", "KRW"}, {"索姆", "KGS"}, {"坚戈", "KZT"}, {"元人民币", "CNY"}, {"人民币", "CNY"},
                {"元", "CNY"}, {"%", "percent"}, {"％", "percent"}, {"个百分点", "percentage_points"},
                {"平方公里", "km2"}, {"平方千米", "km2"}, {"平方米", "m2"}, {"立方米", "m3"}, {"公里", "km"}, {"千米", "km"},
                {"厘米", "cm"}, {"毫米", "mm"}, {"米", "m"}, {"公斤", "kg"}, {"千克", "kg"}, {"吨", "t"}, {"公顷", "ha"},
                {"千瓦时", "kWh"}, {"千瓦", "kW"}, {"兆瓦", "MW"}, {"吉瓦", "GW"}, {"升", "L"},
                {"周年", "anniversary"}, {"名", "people"}, {"元美金", "USD"}, {"美金", "USD"}, {"美分", "USD_cents"},
                {"个小时", "hours"}, {"个多小时", "hours"}, {"个多月", "months"}, {"个多星期", "weeks"}, {"个星期", "weeks"}, {"星期", "weeks"}, {"周", "weeks"}, {"秒", "s"}, {"毫升", "mL"},
                {"公分", "cm"}, {"克", "g"}, {"磅", "lb"}, {"英尺", "ft"}, {"英寸", "in"}, {"英里", "mi"}, {"海里", "nmi"},
                {"赫兹", "Hz"}, {"马赫", "Mach"}, {"斤", "jin"}, {"亩", "mu"}, {"英亩", "acres"}, {"码", "mph"},
                {"支", "items"}, {"本", "copies"}, {"套", "sets"}, {"注", "tickets"}, {"间", "rooms"},
                {"针", "stitches"}, {"粒", "grains"}, {"株", "plants"}, {"例", "cases"}, {"部", "works"}, {"只", "animals"}, {"人次", "person_times"}, {"人", "people"}, {"位", "people"},
                {"年", "years"}, {"个月", "months"}, {"个人", "people"}, {"天", "days"}, {"小时", "hours"}, {"分钟", "minutes"}, {"岁", "years_old"},
                {"次", "times"}, {"倍", "times"}, {"对", "pairs"}, {"轮", "rounds"}, {"所", "institutes"}, {"家", "companies"},
                {"个国家", "countries"}, {"个省份", "provinces"}, {"个省", "provinces"}, {"个城市", "cities"},
                {"个基点", "basis_points"}, {"基点", "basis_points"}, {"项", "items"}, {"种", "kinds"}, {"届", "sessions"}, {"场", "events"}, {"批", "batches"}, {"架", "aircraft"},
                {"辆", "vehicles"}, {"方面", "aspects"}, {"门", "courses"}, {"件", "items"}, {"份", "documents"}, {"艘", "ships"}, {"条", "lines"}, {"座", "structures"}, {"个", "items"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return m;
    }

    private static Map<String, String> enUnits() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {
                {"U.S. dollars", "USD"}, {"US dollars", "USD"}, {"dollars", "USD"}, {"yuan", "CNY"}, {"euros", "EUR"},
                {"pounds", "GBP"}, {"rubles", "RUB"}, {"percentage points", "percentage_points"}, {"percent", "percent"},
                {"per cent", "percent"}, {"%", "percent"}, {"square kilometers", "km2"}, {"square kilometres", "km2"},
                {"kilometers", "km"}, {"kilometres", "km"}, {"km", "km"}, {"miles", "mi"}, {"meters", "m"}, {"metres", "m"},
                {"tons", "t"}, {"tonnes", "t"}, {"kilograms", "kg"}, {"kg", "kg"}, {"years", "years"}, {"year", "years"},
                {"months", "months"}, {"days", "days"}, {"hours", "hours"}, {"people", "people"}, {"persons", "people"},
                {"times", "times"}, {"countries", "countries"}, {"companies", "companies"}, {"students", "students"},
                {"pairs", "pairs"}, {"projects", "projects"}, {"Hong Kong dollars", "HKD"}, {"horsepower", "hp"}, {"hp", "hp"},
                {"mph", "mph"}, {"kph", "km/h"}, {"seconds", "s"}, {"inches", "in"}, {"points", "points"}, {"weeks", "weeks"},
                {"minutes", "min"}, {"acres", "acres"}, {"miles per gallon", "mpg"}, {"kilometers per liter", "km/L"},
                // a measure before its noun is singular without a hyphen too: "the 200 yard freestyle", "a 180 page book"
                {"yards", "yd"}, {"yard", "yd"}, {"feet", "ft"}, {"foot", "ft"}, {"inch", "in"}, {"mile", "mi"},
                {"page", "pages"}, {"euro", "EUR"}, {"Euro", "EUR"}, {"Euros", "EUR"},
                // an engine's output and torque as car news write them: "151 PS", "197 Nm", "110 kW" (case as written)
                {"PS", "PS"}, {"Nm", "Nm"}, {"kW", "kW"},
                // an electric car's battery, torque in US writing and a trunk's volume (s21-en): "71 kWh", "414 lb-ft", "21.7 cu.ft."
                {"kWh", "kWh"}, {"lb-ft", "lb-ft"}, {"cu.ft.", "cu ft"}, {"cu. ft.", "cu ft"}, {"cu ft", "cu ft"},
                {"cubic feet", "cu ft"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return m;
    }

    /** A regex alternation of the keys, longest first so 平方公里 wins over 公里. */
    private static String alternation(Map<String, String> units) {
        List<String> keys = new ArrayList<>(units.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            if (!b.isEmpty()) {
                b.append('|');
            }
            b.append(Pattern.quote(k));
        }
        return b.toString();
    }

    @Override
    public String id() {
        return "quantities";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.STRUCTURE); // for the boilerplate to skip
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.QUANTITY;
    }

    @Override
    public Document apply(Document doc) {
        // traditional text read as simplified, index for index: 兩萬億 is 两万亿, 個 is 个
        String text = io.mixdoc.text.Simplified.of(doc);
        List<Quantity> found = new ArrayList<>();
        // each pattern is tried only where a match can start: at a number, or the words and signs before one
        BitSet digitRuns = Anchors.digitRuns(text);
        BitSet numbers = Anchors.numbers(text);
        BitSet currencyStarts = Anchors.before(digitRuns, 7); // "U.S. $ 5"
        BitSet enStarts = Anchors.afterWord(text, digitRuns, 13); // "approximately 5"
        BitSet countedStarts = Anchors.afterWord(text, numbers, 13);
        BitSet nameStarts = namesBeforeAges(text, digitRuns);
        BitSet zhStarts = Anchors.chars(text, ZH_START_CHARS);
        BitSet upwardsStarts = Anchors.chars(text, "上");
        for (AnchoredScan scan = new AnchoredScan(EN_CURRENCY, text, currencyStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            doc.deadline().check();
            BigDecimal v = ChineseNumbers.parseAny(m.group("num"));
            if (v == null) {
                continue;
            }
            String sign = m.group("cur").replaceAll("\\s", "");
            // "$40-50 billion": the second end is read on its own ("50 billion"), so the first keeps its own span
            int end = m.group("rangeTo") != null ? m.end("num") : m.end();
            String currency = CURRENCY_SIGNS.getOrDefault(sign, "USD");
            BigDecimal amount = m.group("zhmag") != null ? scaleZh(v, m.group("zhmag"))
                    : scaleEn(v, m.group("mag") != null ? m.group("mag") : m.group("mag2"));
            found.add(new Quantity(m.start(), end, amount, currency, Approx.EXACT));
            if (m.group("rangeTo") != null) {
                // the second end in the currency of the first; added before the plain reading of "50 billion", it wins the tie
                found.add(new Quantity(m.start("num2"), m.end(), scaleEn(ChineseNumbers.parseAny(m.group("num2")), m.group("mag")),
                        currency, Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN, text, enStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            doc.deadline().check();
            String unit = m.group("unit") == null ? "" : EN_UNITS.get(unit(m.group("unit")));
            if (unit.isEmpty() && m.group("mag") == null) {
                continue; // a bare number: too often a year, a list number or an id
            }
            BigDecimal v = ChineseNumbers.parseAny(m.group("num"));
            if (v == null) {
                continue;
            }
            if (COUNTED_UNITS.contains(unit) && m.group("mag") == null && m.group("pre") == null && m.start("num") >= 2
                    && Character.isUpperCase(text.charAt(wordStartBefore(text, m.start("num")))) && listNamedByNumber(text, m.start("num"))) {
                continue; // "Fortune 500 companies": the number is part of a list's name
            }
            found.add(new Quantity(m.start("num"), m.end(), scaleEn(v, m.group("mag")), unit, approxEn(m.group("pre"))));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_COUNTED, text, countedStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            doc.deadline().check();
            java.util.Optional<Quantity> q = counted(text, m);
            if (q.isEmpty() && m.group("mod") != null) {
                Matcher bare = EN_COUNTED_BARE.matcher(text).region(m.start(), text.length());
                q = bare.lookingAt() ? counted(text, bare) : q;
            }
            q.ifPresent(found::add);
        }
        for (AnchoredScan scan = new AnchoredScan(EN_WORD_AMOUNT, text, countedStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = englishNumber(m.group("num"));
            if (m.group("half") != null) {
                v = v.add(new BigDecimal("0.5"));
            }
            found.add(new Quantity(m.start("num"), m.end(), v, EN_UNITS.get(unit(m.group("unit"))), approxEn(m.group("pre"))));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_UNIT_AND_A_HALF, text, Anchors.afterWord(text, Anchors.words(text, new String[] {"a ", "an ", "one "}, true), 13));
                scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start(), m.end(), new BigDecimal("1.5"), m.group("unit").toLowerCase(Locale.ROOT) + "s", approxEn(m.group("pre"))));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_NATIONALS, text, countedStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = englishNumber(m.group("num"));
            if (v != null && !isYear(m.group("num")) && nationality(m.group("noun"))) {
                found.add(new Quantity(m.start("num"), m.end(), v, "people", approxEn(m.group("pre"))));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_PART_OF, text, numbers); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = englishNumber(m.group("num"));
            if (v != null && !isYear(m.group("num"))) {
                found.add(new Quantity(m.start("num"), m.end("num"), v, m.group("noun"), Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_RANGE_FIRST, text, numbers); scan.find(); ) {
            Matcher m = scan.matcher();
            boolean word = !Character.isDigit(m.group("num").charAt(0));
            if (word && (m.group().contains(" or ") || m.group().contains(" and ") || TENS_UNITS_START.matcher(m.group()).lookingAt())) {
                continue; // "two or three people": a vague range, no amount; "twenty-five people" is one number
            }
            BigDecimal v = word ? englishNumber(m.group("num").toLowerCase(Locale.ROOT)) : ChineseNumbers.parseAny(m.group("num"));
            String unit = m.group("unit") != null ? EN_UNITS.get(unit(m.group("unit")))
                    : m.group("aged") != null ? EN_UNITS.get(unit(m.group("aged"))) : m.group("noun");
            // "0-60 mph" is how a car's acceleration is named, not a range of speeds
            if (v != null && v.signum() > 0 && !isYear(m.group("num"))
                    && (m.group("unit") != null || m.group("aged") != null || lexiconPlural(m.group("noun")))) {
                found.add(new Quantity(m.start("num"), m.end("num"), scaleEn(v, m.group("mag")), unit, Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_MIXED_FRACTION, text, digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal d = new BigDecimal(m.group("d"));
            if (d.signum() > 0) {
                BigDecimal v = new BigDecimal(m.group("whole")).add(new BigDecimal(m.group("n")).divide(d, 6, java.math.RoundingMode.HALF_UP))
                        .stripTrailingZeros();
                found.add(new Quantity(m.start(), m.end(), v, EN_UNITS.get(unit(m.group("unit"))), Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_AGE, text, nameStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            String name = m.group("name");
            int age = Integer.parseInt(m.group("age"));
            boolean dateWord = DateReader.month(name) > 0 || WEEKDAY.matcher(name).matches();
            if (!dateWord && age > 0 && age < 120) {
                found.add(new Quantity(m.start("age"), m.end("age"), BigDecimal.valueOf(age), "years", Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_AGE_BRACKET, text, Anchors.chars(text, "(")); scan.find(); ) {
            Matcher m = scan.matcher();
            if (io.mixdoc.facts.internal.GivenNames.get().contains(m.group("first"))) {
                found.add(new Quantity(m.start("age"), m.end("age"), new BigDecimal(m.group("age")), "years", Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_AGE_WORD, text, Anchors.words(text, new String[] {"age"}, true)); scan.find(); ) {
            Matcher m = scan.matcher();
            int age = Integer.parseInt(m.group("age"));
            if (age > 0 && age < 120) {
                String bound = m.group("bound");
                Approx approx = bound == null ? Approx.EXACT
                        : bound.equals("younger") || bound.equals("under") ? Approx.LESS_THAN : Approx.MORE_THAN;
                found.add(new Quantity(m.start("age"), m.end("age"), BigDecimal.valueOf(age), "years", approx));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_GROUPED, text, enStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start("num"), m.end("num"), ChineseNumbers.parseAny(m.group("num")), "", approxEn(m.group("pre"))));
        }
        var lexicon = io.mixdoc.text.EnglishLexicon.get();
        for (AnchoredScan scan = new AnchoredScan(EN_HYPHENATED, text, numbers); scan.find(); ) {
            Matcher m = scan.matcher();
            String unit = m.group("unit");
            if (!lexicon.contains(unit) || EN_NUMBER_WORDS.containsKey(unit) || unit.equals("one") || unit.equals("old") || unit.equals("based") || unit.equals("long") || unit.equals("class")
                    || unit.equals("way")) {
                continue;
            }
            String num = m.group("num").toLowerCase(Locale.ROOT);
            BigDecimal v = Character.isDigit(num.charAt(0)) ? ChineseNumbers.parseAny(num) : BigDecimal.valueOf(EN_NUMBER_WORDS.get(num));
            if (v != null) {
                String plural = unit.endsWith("ch") || unit.endsWith("sh") || unit.endsWith("x") ? unit + "es" : unit.endsWith("s") ? unit : unit + "s";
                found.add(new Quantity(m.start(), m.end(), v, EN_UNITS.getOrDefault(plural, plural), Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_ONE_UNIT, text, Anchors.words(text, new String[] {"one-"}, true)); scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start(), m.end(), BigDecimal.ONE, m.group("unit").toLowerCase(Locale.ROOT) + "s", Approx.EXACT));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_AGED, text, numbers); scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start(), m.end(), englishNumber(m.group("num")), m.group("unit").toLowerCase(java.util.Locale.ROOT) + "s", Approx.EXACT));
        }
        for (AnchoredScan scan = new AnchoredScan(EN_QUOTE, text, digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start("price"), m.end("price"), ChineseNumbers.parseAny(m.group("price")), "", Approx.EXACT));
            String change = m.group("change");
            BigDecimal delta = ChineseNumbers.parseAny(change.substring(1));
            if (delta != null) {
                found.add(new Quantity(m.start("change"), m.end("change"), change.charAt(0) == '+' ? delta : delta.negate(), "",
                        Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EN_FIGURE, text, digitRuns); scan.find(); ) {
            Matcher m = scan.matcher();
            found.add(new Quantity(m.start(), m.end(), ChineseNumbers.parseAny(m.group()), "", Approx.EXACT));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH, text, zhStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            doc.deadline().check();
            zh(text, m).ifPresent(found::add);
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_UPWARDS, text, upwardsStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            String mag = m.group("mag");
            BigDecimal v = mag.length() == 2 ? scaleZh(scaleZh(BigDecimal.ONE, mag.substring(0, 1)), mag.substring(1))
                    : scaleZh(BigDecimal.ONE, mag);
            found.add(new Quantity(m.start(), m.end(), v, ZH_UNITS.get(m.group("unit")), Approx.MORE_THAN));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_TENTHS, text, zhStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            if (m.group("pre") == null && m.group("post") == null && m.end() < text.length() && "的，。、；：,.）)”".indexOf(text.charAt(m.end())) < 0) {
                continue; // with neither a hedge nor a bound only a clause's end or 的 tells a share: 的八成是 is "most likely"
            }
            // 四成以上 is over 40 percent, 近八成 under 80: 成 counts tenths
            BigDecimal v = ChineseNumbers.parseAny(m.group("num")).multiply(BigDecimal.TEN);
            Approx approx = m.group("post") == null ? approxZh(m.group("pre"))
                    : m.group("post").equals("以下") ? Approx.LESS_THAN : m.group("post").equals("左右") ? Approx.ABOUT : Approx.MORE_THAN;
            found.add(new Quantity(m.start(), m.end(), v, "percent", approx));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEARS_ZAI, text, zhStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = ChineseNumbers.parseAny(m.group("num"));
            if (v != null) {
                // 40余载, 十载: 载 is a year in written Chinese
                found.add(new Quantity(m.start(), m.end(), v, "years", m.group("approx") != null ? Approx.MORE_THAN : Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_YEARS_MONTHS, text, zhStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal years = ChineseNumbers.parseAny(m.group("y"));
            BigDecimal months = ChineseNumbers.parseAny(m.group("mo"));
            if (years != null && months != null && !precededBy(text, m.start(), "第")) {
                // 5年8个月 (a sentence, a term): one duration, counted in its smaller unit
                found.add(new Quantity(m.start(), m.end(), years.multiply(BigDecimal.valueOf(12)).add(months), "months", Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_LISTED_RANGE, text, zhStarts); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal low = ChineseNumbers.parseAny(m.group("a"));
            BigDecimal high = ChineseNumbers.parseAny(m.group("b"));
            if (low != null && high != null && high.subtract(low).compareTo(BigDecimal.ONE) == 0 && !precededBy(text, m.start(), "第", "、")
                    && !nextIs(text, m.end(), "级", "代", "前", "后")) {
                // 4、5名: two neighbouring numbers share the unit; the first is read, as in "242 to 330 passengers"
                found.add(new Quantity(m.start(), m.end(), low, ZH_UNITS.get(m.group("unit")), Approx.EXACT));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_PERCENT_WORDS, text, Anchors.chars(text, "百")); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = ChineseNumbers.parseAny(m.group("num"));
            if (v == null) {
                continue;
            }
            if (m.group("frac") != null) {
                BigDecimal frac = ChineseNumbers.parseAny(m.group("frac"));
                if (frac == null) {
                    continue;
                }
                v = v.add(frac.movePointLeft(m.group("frac").length()));
            }
            String of = m.group("of");
            // 百分之三十 is 30 percent; 百分之一秒 is a hundredth of the unit after it
            found.add(of == null ? new Quantity(m.start(), m.end(), v, "percent", Approx.EXACT)
                    : new Quantity(m.start(), m.end(), v.movePointLeft(2).stripTrailingZeros(), ZH_UNITS.get(of), Approx.EXACT));
        }
        for (AnchoredScan scan = new AnchoredScan(ZH_AGE_PAST, text, Anchors.chars(text, "年")); scan.find(); ) {
            Matcher m = scan.matcher();
            BigDecimal v = ChineseNumbers.parseAny(m.group("num"));
            if (v != null && v.compareTo(BigDecimal.TEN) >= 0 && v.compareTo(BigDecimal.valueOf(120)) < 0) {
                // 年过五十: an age passed ("over fifty"), 年近七旬 is left to others
                found.add(new Quantity(m.start("num"), m.end(), v, "years_old", m.group("w").equals("近") ? Approx.LESS_THAN : Approx.MORE_THAN));
            }
        }
        rangeStarts(text, found);
        found.removeIf(q -> EN_TIME_UNITS.contains(q.unit()) && EN_AGO.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 6)).lookingAt()
                && !RelativeDays.sinceBefore(text, q.start()));
        Boilerplate boilerplate = Boilerplate.of(doc);
        found.removeIf(boilerplate::contains); // related headlines and share lines are not the article's figures
        found.replaceAll(q -> signed(text, q));
        for (DateReader.Hit minguo : io.mixdoc.facts.internal.MinguoYears.read(text)) {
            found.removeIf(q -> q.start() >= minguo.start() && q.start() < minguo.end()); // 民国111年 is 2022, not 111 years
        }
        found.replaceAll(q -> inCurrencyNamedBefore(text, q));
        return doc.with(FactsLayers.QUANTITY, nonOverlapping(found));
    }

    /** Words between a number and a plural that cannot qualify the plural ("30 after investors", "10 to 20 years"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "to", "or", "after", "before", "as", "at", "by", "for",
            "from", "in", "into", "on", "than", "that", "the", "with", "when", "while", "since", "until", "per", "are", "were", "was",
            "is", "have", "had", "has", "will", "would");
    /** Units a distance in time is counted in ("two months ago"). */
    private static final Set<String> EN_TIME_UNITS = Set.of("days", "weeks", "months", "years", "day", "week", "month", "year");
    private static final Pattern WEEKDAY = Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|2[01])\\d\\d");
    private static final Pattern NAME_AT_END = Pattern.compile("[A-Z][A-Za-z]+$");
    private static final Pattern ROUGH_RANGE = Pattern.compile(".*[一二两三四五六七八九]{2}.*");

    /** What a {@link #ZH} match can start with: a digit, a numeral, 半, or the first character of its approximation word. */
    private static final String ZH_START_CHARS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿半约近超逾大将不";

    /**
     * Where an {@link #EN_AGE} match can start: in the run of ASCII letters (and a full stop) that ends just
     * before ", 35,".
     */
    private static BitSet namesBeforeAges(String text, BitSet digitRuns) {
        BitSet b = new BitSet(text.length());
        for (int p = digitRuns.nextSetBit(2); p >= 0; p = digitRuns.nextSetBit(p + 1)) {
            if (text.charAt(p - 1) != ' ' || text.charAt(p - 2) != ',') {
                continue;
            }
            int end = p - 2;
            if (end > 0 && text.charAt(end - 1) == '.') {
                end--;
            }
            int start = end;
            while (start > 0 && Anchors.asciiLetter(text.charAt(start - 1))) {
                start--;
            }
            b.set(start, end);
        }
        return b;
    }

    /** "passengers": a plural whose singular the lexicon knows. */
    private static boolean lexiconPlural(String noun) {
        var lexicon = io.mixdoc.text.EnglishLexicon.get();
        return noun.equals("people") || lexicon.contains(noun.substring(0, noun.length() - 1))
                || noun.endsWith("ies") && lexicon.contains(noun.substring(0, noun.length() - 3) + "y");
    }

    private static BigDecimal englishNumber(String written) {
        String num = written.toLowerCase(Locale.ROOT);
        int hyphen = num.indexOf('-');
        if (hyphen > 0 && !Character.isDigit(num.charAt(0))) {
            // "fifty-one": the tens and the units; "one" is no key of the number words
            String units = num.substring(hyphen + 1);
            return BigDecimal.valueOf(EN_NUMBER_WORDS.get(num.substring(0, hyphen)) + (units.equals("one") ? 1 : EN_NUMBER_WORDS.get(units)));
        }
        return Character.isDigit(num.charAt(0)) ? ChineseNumbers.parseAny(num) : BigDecimal.valueOf(EN_NUMBER_WORDS.get(num));
    }

    /**
     * Whether the capitalised word right before the number at {@code at} names something with it: inside a sentence, no
     * month or weekday ("on March 3 people"), no sentence opener ("About 100 people") and no headline in title case.
     */
    private static boolean listNamedByNumber(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
            return false;
        }
        int ws = wordStartBefore(text, at);
        String word = text.substring(ws, at - 1);
        int before = ws - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean insideSentence = before >= 0 && (Character.isLetterOrDigit(text.charAt(before)) || text.charAt(before) == ',');
        return insideSentence && DateReader.month(word) == 0 && !WEEKDAY.matcher(word).matches()
                && !io.mixdoc.facts.internal.EnglishNames.titleCaseLine(text, ws);
    }

    /** Where the word ending one space before {@code at} starts. */
    private static int wordStartBefore(String text, int at) {
        int ws = Math.max(0, at - 1);
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        return ws;
    }

    /** Units that count things rather than measure them. */
    private static final java.util.Set<String> COUNTED_UNITS = java.util.Set.of("people", "countries", "companies", "students", "projects");

    /** "2019": four digits from 1800 to 2199 with no thousands comma. */
    private static boolean isYear(String written) {
        return YEAR.matcher(written).matches();
    }

    /** "800 cataract patients" → 800 patients; the noun must be an English plural, the number no year. */
    private static java.util.Optional<Quantity> counted(String text, Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        String noun = m.group("noun").toLowerCase(Locale.ROOT);
        String mod = m.group("mod") == null || m.group("mod").isEmpty() ? null : m.group("mod");
        if (EN_UNITS.containsKey(noun) && mod == null && Character.isDigit(num.charAt(0))) {
            return java.util.Optional.empty(); // "800 people": the unit pattern has it
        }
        boolean afterName = m.start("num") >= 2 && text.charAt(m.start("num") - 1) == ' '
                && Character.isLetter(text.charAt(m.start("num") - 2))
                && NAME_AT_END.matcher(text.substring(Math.max(0, m.start("num") - 30), m.start("num") - 1)).find();
        boolean knownModifier = mod != null && (io.mixdoc.facts.internal.Gazetteer.get().demonym(mod).isPresent()
                || io.mixdoc.facts.internal.Gazetteer.get().en(mod).isPresent());
        if (mod == null && m.group("pre") == null && afterName && Character.isDigit(num.charAt(0)) && listNamedByNumber(text, m.start("num"))) {
            return java.util.Optional.empty(); // "leading Fortune 100 brands", "FTSE 100 firms": the number is part of a list's name
        }
        if (num.equals("911") && noun.startsWith("call")) {
            return java.util.Optional.empty(); // the emergency number
        }
        if (mod != null && Character.isUpperCase(mod.charAt(0)) && Character.isDigit(num.charAt(0)) && num.length() >= 3 && !num.contains(",")
                && (afterName || !knownModifier && !io.mixdoc.facts.internal.EnglishNames.isCommon(mod))) {
            return java.util.Optional.empty(); // "787 Dreamliner sales", "Boeing 737 Max jets": a model number
        }
        if (!IRREGULAR_PLURALS.containsKey(noun) && (noun.endsWith("ss") || noun.endsWith("us") || noun.endsWith("is"))
                || mod != null && (EN_UNITS.containsKey(mod.toLowerCase(Locale.ROOT)) || FUNCTION_WORDS.contains(mod.toLowerCase(Locale.ROOT))
                || mod.equalsIgnoreCase("percent"))) {
            return java.util.Optional.empty(); // "September 30 after investors": a word that qualifies no noun
        }
        if (text.startsWith("out of ", Math.max(0, m.start("num") - 7)) && m.start("num") >= 7) {
            return java.util.Optional.empty(); // "eight out of ten companies": a proportion, no count of its own
        }
        var lexicon = io.mixdoc.text.EnglishLexicon.get();
        String singular = IRREGULAR_PLURALS.containsKey(noun) ? IRREGULAR_PLURALS.get(noun)
                : noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y" : noun.substring(0, noun.length() - 1);
        if (!lexicon.contains(singular) && !lexicon.contains(noun.substring(0, noun.length() - 2))) {
            return java.util.Optional.empty(); // "was", "has", "its": not a counted noun
        }
        BigDecimal v;
        if (Character.isDigit(num.charAt(0))) {
            v = ChineseNumbers.parseAny(num);
            if (v == null || num.length() == 4 && v.intValue() >= 1800 && v.intValue() <= 2199 && m.group("mag") == null) {
                return java.util.Optional.empty();
            }
        } else {
            v = englishNumber(num);
        }
        return java.util.Optional.of(new Quantity(m.start("num"), m.end(), scaleEn(v, m.group("mag")), EN_UNITS.getOrDefault(noun, noun),
                approxEn(m.group("pre"))));
    }

    private static String unit(String written) {
        for (String k : EN_UNITS.keySet()) {
            if (k.equalsIgnoreCase(written)) {
                return k;
            }
        }
        return written;
    }

    private static java.util.Optional<Quantity> zh(String text, Matcher m) {
        String num = m.group("num");
        boolean arabic = Character.isDigit(num.charAt(0));
        String unitWritten = m.group("unit");
        String mag = m.group("mag");
        if (!arabic && mag != null) {
            // 两千 / 三百: the magnitude belongs to the Chinese numeral itself
            num = num + mag;
            mag = null;
        }
        if (SpacedFigures.charBefore(text, m.start("num")) == '第') {
            return java.util.Optional.empty(); // an ordinal ("第3", "第 3 名")
        }
        if ((m.group("gap") != null || SpacedFigures.spacedBefore(text, m.start("num"))) && SpacedFigures.afterLatin(text, m.start("num"))) {
            return java.util.Optional.empty(); // "iPhone 11 部", "COVID 19 例": a figure spaced after a Latin word belongs to it
        }
        if (precededBy(text, m.start("num"), "数", "几") && m.group("pre") == null) {
            return java.util.Optional.empty(); // 数十年, 几百万元: vague amounts
        }
        if (!arabic && precededBy(text, m.start("num"), "“", "\"", "「") && quotationClosesSoon(text, m.end())) {
            // “两个维护”, “三个最”: a slogan, not a count; “一个星期都没睡好觉……” is quoted speech and counts
            return java.util.Optional.empty();
        }
        if (!arabic && num.equals("二") && unitWritten != null && (unitWritten.equals("次") || unitWritten.equals("元"))) {
            return java.util.Optional.empty(); // 二次处理, 二元经济: "secondary", "dual"; a count of two is written 两次, 两元
        }
        if (!arabic && unitWritten != null && unitWritten.equals("个") && precededBy(text, m.start("num"), "这", "那")
                && m.end() < text.length() && "是都也共就，。、；,;".indexOf(text.charAt(m.end())) >= 0) {
            return java.util.Optional.empty(); // 这两个是……, 这三个共同构成: a pronoun for things named before, no count
        }
        if (unitWritten != null && (unitWritten.equals("名") || unitWritten.equals("位")) && precededBy(text, m.start("num"), "前", "后")) {
            return java.util.Optional.empty(); // 前三名: a ranking
        }
        if (unitWritten != null && (unitWritten.equals("届") || unitWritten.equals("次"))
                && (SESSION_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 4)).lookingAt()
                || unitWritten.equals("次") && precededBy(text, m.start("num"), "届"))) {
            return java.util.Optional.empty(); // 五届二次全会: the name of a party plenum
        }
        if (unitWritten != null && unitWritten.equals("门") && nextIs(text, m.end(), "峡", "口", "户", "前", "外", "内", "下", "派", "徒", "生")) {
            return java.util.Optional.empty(); // 三门峡 (a city), 两门外, 门下: no classifier of courses
        }
        if (unitWritten != null && (unitWritten.equals("方面") || unitWritten.equals("门")) && !arabic && num.equals("一")) {
            return java.util.Optional.empty(); // 一方面……另一方面: "on the one hand"
        }
        if (arabic && m.start("num") > 0 && text.charAt(m.start("num") - 1) == '%') {
            return java.util.Optional.empty(); // "#%E5%89%8D": a byte of a percent-encoded address, no percentage
        }
        if (arabic && num.length() > 1 && num.charAt(0) == '0' && Character.isDigit(num.charAt(1))) {
            return java.util.Optional.empty(); // "5\n00万元": the rest of a number broken by a line; nobody writes 00万元
        }
        if (m.start("num") > 0 && (Character.isLetterOrDigit(text.charAt(m.start("num") - 1)) && arabic
                && text.charAt(m.start("num") - 1) < 0x80)) {
            return java.util.Optional.empty(); // inside a Latin token such as A320
        }
        BigDecimal v = num.equals("半") ? new BigDecimal("0.5") : ChineseNumbers.parseAny(num);
        if (v == null) {
            return java.util.Optional.empty();
        }
        boolean timeUnit = unitWritten != null && TIME_UNITS.contains(unitWritten);
        if (num.equals("半") && (!timeUnit || precededBy(text, m.start("num"), "上", "下"))) {
            return java.util.Optional.empty(); // 上半年: the first half of a year, a date
        }
        if (m.group("half") != null && timeUnit) {
            v = v.add(new BigDecimal("0.5"));
        }
        if (unitWritten == null) {
            if (mag == null || !arabic) {
                return java.util.Optional.empty();
            }
            unitWritten = "";
        }
        if (!arabic && num.length() == 1 && "百千万亿".indexOf(num.charAt(0)) >= 0
                && (!"名".equals(unitWritten) || precededBy(text, m.start("num"), "上", "成", "千", "百", "数", "几"))) {
            // 百年, 千年, 万人: idioms for "a century", "many", not counts; 名 counts people only (万名教师, 百名专家),
            // unless the 万 ends an idiom of "very many" (成千上万名)
            return java.util.Optional.empty();
        }
        if (!arabic && v.compareTo(BigDecimal.ONE) == 0 && num.length() == 1) {
            // 一 is mostly "a", "one of", "once"; with a unit of time it is a duration ("整整一天", "一个小时"),
            // unless a demonstrative makes it a day ("那一天", "有一天")
            // 有一天 is "one day" (a story's), but 有一个小时 "an hour"
            String demonstratives = unitWritten.startsWith("个") ? "那这每同某哪第" : "那这有每同某哪第";
            boolean demonstrative = m.start("num") > 0 && demonstratives.indexOf(text.charAt(m.start("num") - 1)) >= 0;
            boolean counted = unitWritten.startsWith("个") || m.group("half") != null || nextIs(text, m.end(), "多", "半");
            // a word of approximation before it makes it an amount: 不到一天, 近一年
            if (!timeUnit || demonstrative || m.group("pre") == null && !counted
                    && !precededBy(text, m.start("num"), "整整", "近", "用了", "花了", "历时", "长达", "为期") && !durationByPlace(text, m.start("num"), m.end())) {
                return java.util.Optional.empty();
            }
        }
        if (rangeEnd(text, m.start("num")) && ordinalRange(text, m.start("num") - 1)) {
            return java.util.Optional.empty(); // 第1-3名, 第3-5章: a range of ranks, no amount
        }
        if (!arabic && ROUGH_RANGE.matcher(num).matches()) {
            return java.util.Optional.empty(); // 十三四岁, 两三个月, 四五千元: a rough range; 一九八九年: a year
        }
        if (unitWritten.equals("年") && nextIs(text, m.end(), "代")) {
            return java.util.Optional.empty(); // 80年代: a decade
        }
        if (unitWritten.equals("只") || unitWritten.equals("本") || unitWritten.equals("部") || unitWritten.equals("个")) {
            // a bare classifier counts only after a digit or a numeral above one ("6个学生", "两个表姐")
            if (!arabic && v.compareTo(BigDecimal.ONE) <= 0 || nextIs(text, m.end(), "人", "月", "国", "省", "城")) {
                return java.util.Optional.empty();
            }
        }
        if (unitWritten.equals("年") && arabic && m.group("approx") == null && m.group("approx1") == null && mag == null && num.length() == 4
                && v.intValue() >= 1800 && v.intValue() <= 2199) {
            return java.util.Optional.empty(); // 1992年: a date
        }
        if (unitWritten.equals("年") && arabic && (ShortYears.at(text, m.start("num"))
                || num.length() == 2 && ShortYears.endsSpan(text, m.start("num")))) {
            return java.util.Optional.empty(); // "57年的整风运动", "18年3月", "1950-53年": a year in two digits
        }
        if (unitWritten.equals("年") && nextIs(text, m.end(), "月")) {
            return java.util.Optional.empty();
        }
        if (unitWritten.equals("轮") && nextIs(text, m.end(), "车", "椅", "摩托")) {
            return java.util.Optional.empty(); // 三轮车: a tricycle
        }
        if (unitWritten.equals("元") && nextIs(text, m.end(), "首", "素", "旦", "年")) {
            return java.util.Optional.empty(); // 元首, 元素, 元旦
        }
        if ((unitWritten.equals("人") || unitWritten.equals("名")) && !arabic && nextIs(text, m.end(), "民", "类", "员", "义", "字")) {
            return java.util.Optional.empty();
        }
        BigDecimal value = scaleZh(v, mag);
        if (m.group("low") != null) {
            value = value.add(new BigDecimal(m.group("low")));
        }
        if (unitWritten.equals("美分")) {
            return java.util.Optional.of(new Quantity(m.start("num"), m.end(), value.movePointLeft(2), "USD", Approx.EXACT));
        }
        Approx approx = m.group("approx") != null || m.group("approx1") != null || unitWritten.startsWith("个多") ? Approx.MORE_THAN
                : approxZh(m.group("pre"));
        String unit = unitWritten.isEmpty() ? "" : ZH_UNITS.get(unitWritten);
        if (unitWritten.equals("个")) {
            // 三个阶段, 两个方面: the classifier counts the abstract noun after it, which is the unit
            Matcher head = COUNTED_HEAD_AFTER_GE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 2));
            if (head.lookingAt()) {
                return insideQuotation(text, m.start("num")) ? java.util.Optional.empty() : java.util.Optional.of(new Quantity(m.start("num"), head.end(), value, COUNTED_HEADS.get(head.group()), approx));
            }
        }
        if (TIME_UNITS.contains(unitWritten) && TIME_POINT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 2)).lookingAt()) {
            return java.util.Optional.empty(); // 四年前的风光, 4年后的今天: a point in time told by its distance, no duration
        }
        if (TIME_UNITS.contains(unitWritten) && text.startsWith("前", m.end())
                && TIME_POINT_BEFORE.matcher(text).region(Math.max(0, m.start() - 1), m.start()).find()) {
            return java.util.Optional.empty(); // 在2个月前就出现: a moment that long ago, no duration ("在30秒后恢复" is one)
        }
        return java.util.Optional.of(new Quantity(m.start("num"), m.end(), value, unit, approx));
    }

    /** "-5.44%": a change written with a minus sign is a negative figure (a hyphen after a word is no sign). */
    /**
     * "新台币50亿元", "港币20亿", "澳门币3亿": Taiwan, Hong Kong and Macao name the currency before the amount and
     * close it with a bare 元 (or nothing), which alone reads as yuan. Longest names first.
     */
    private static final List<Map.Entry<String, String>> CURRENCY_NAMED_BEFORE = List.of(
            Map.entry("新台币", "TWD"), Map.entry("台币", "TWD"), Map.entry("港币", "HKD"), Map.entry("港元", "HKD"),
            Map.entry("澳门币", "MOP"), Map.entry("澳门元", "MOP"));

    private static Quantity inCurrencyNamedBefore(String text, Quantity q) {
        if (!q.unit().equals("CNY") && !q.unit().isEmpty()) {
            return q;
        }
        for (Map.Entry<String, String> name : CURRENCY_NAMED_BEFORE) {
            int s = q.start() - name.getKey().length();
            if (s >= 0 && text.startsWith(name.getKey(), s)) {
                // the name's reading of the amount: without a unit, only an amount written with 万/亿 is money
                boolean money = q.unit().equals("CNY") || q.value().compareTo(BigDecimal.valueOf(10_000)) >= 0;
                return money ? new Quantity(q.start(), q.end(), q.value(), name.getValue(), q.approx()) : q;
            }
        }
        return q;
    }

    private static Quantity signed(String text, Quantity q) {
        int s = q.start();
        boolean percent = q.unit().equals("percent") || q.unit().equals("percentage_points");
        if (percent && s > 0 && "-−".indexOf(text.charAt(s - 1)) >= 0 && q.value().signum() > 0
                && (s == 1 || Character.isWhitespace(text.charAt(s - 2)) || "(（,，:：".indexOf(text.charAt(s - 2)) >= 0)) {
            return new Quantity(s - 1, q.end(), q.value().negate(), q.unit(), q.approx());
        }
        return q;
    }

    /**
     * "待了一年", "合同期一年。", "保存一天": 一 with a unit of time is a duration where a completed verb comes
     * before it or the clause ends right after it; "一年四季", "一天晚上" go on with the words they qualify.
     */
    private static boolean durationByPlace(String text, int numStart, int end) {
        boolean afterCompletedVerb = numStart > 0 && text.charAt(numStart - 1) == '了';
        boolean closesClause = end == text.length() || "，。；！？、,;!?\n\r".indexOf(text.charAt(end)) >= 0;
        boolean oneOfMany = numStart > 0 && text.charAt(numStart - 1) == '的'; // "下旬的一天", "不平凡的一年": a day, a year
        // "……，一天，亚历山大来了": a clause of its own is a story's "one day"
        boolean opensClause = numStart == 0 || "，。；！？、,;!?\n\r“\"".indexOf(text.charAt(numStart - 1)) >= 0;
        return !oneOfMany && (afterCompletedVerb || closesClause && !opensClause);
    }

    /**
     * Whether {@code pos} lies inside a “quotation” opened earlier on its line: 市委“凝聚一种精神、把握两个特征”
     * names a slogan's points, no things counted.
     */
    private static boolean insideQuotation(String text, int pos) {
        for (int i = pos - 1; i >= Math.max(0, pos - 40); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '\n') {
                return false;
            }
            if (c == '“') {
                return true;
            }
        }
        return false;
    }

    /** Whether a closing quotation mark follows within four characters: the quotation is a short slogan. */
    private static boolean quotationClosesSoon(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + 5); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' || c == '」') {
                return true;
            }
        }
        return false;
    }

    private static final String RANGE_NUMERALS = "0123456789.零〇一二两三四五六七八九十百千万亿";
    private static final String MAGNITUDES = "百千万亿";

    /**
     * "100亿～120亿元", "8—10个单位", "5-10万元": both ends of a range are amounts, as in English ("242 to 330
     * passengers"); the start, written bare, takes the unit of the end and, when it has none of its own, the end's
     * magnitude (5-10万元 starts at 50000 yuan). Run once the ends are found, over Chinese ranges only.
     */
    private static void rangeStarts(String text, List<Quantity> found) {
        List<Quantity> starts = new ArrayList<>();
        for (Quantity end : found) {
            if (end.unit().isEmpty() || end.start() < 2 || "—–-－~～至到".indexOf(text.charAt(end.start() - 1)) < 0
                    || !ChineseNumbers.isNumeralChar(text.charAt(end.start())) && !Character.isDigit(text.charAt(end.start()))) {
                continue;
            }
            int to = end.start() - 1;
            int from = to;
            while (from > 0 && RANGE_NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
                from--;
            }
            if (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1)) && text.charAt(from - 1) < 0x80
                    || "-－—–~～至到.$€£¥".indexOf(text.charAt(from - 1)) >= 0) || !writtenInChinese(text, end)) {
                continue; // 022-2350-143, A3-5: a code; $40-50 billion: English ranges are read by the English patterns
            }
            BigDecimal low = runValue(text.substring(from, to));
            BigDecimal scale = endMagnitude(text, end);
            if (low == null || scale == null || from == to || !rangeEnd(text, end.start())) {
                continue;
            }
            if (MAGNITUDES.indexOf(text.charAt(to - 1)) < 0) {
                low = low.multiply(scale).stripTrailingZeros();
            }
            if (low.compareTo(end.value()) < 0) { // a range climbs; "2-1" is a score, a date or a code
                starts.add(new Quantity(from, to, low, end.unit(), end.approx()));
            }
        }
        found.removeIf(q -> starts.stream().anyMatch(st -> q.start() < st.end() && st.start() < q.end()));
        found.addAll(starts);
    }

    /** Whether a quantity's unit is written in Chinese (or is a percent sign after Chinese-range digits). */
    private static boolean writtenInChinese(String text, Quantity q) {
        for (int i = q.start(); i < q.end(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 || c == '%') {
                return true;
            }
        }
        return false;
    }

    /** Whether the number run ending at {@code dash} (a range's start) follows 第: the range counts ranks. */
    private static boolean ordinalRange(String text, int dash) {
        int from = dash;
        while (from > 0 && RANGE_NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        return from > 0 && text.charAt(from - 1) == '第';
    }

    /** The value of a run of numerals, digits with a magnitude included ("120亿", "十五"), or null. */
    private static BigDecimal runValue(String run) {
        BigDecimal v = ChineseNumbers.parseAny(run);
        int k = run.length();
        while (v == null && k > 0 && MAGNITUDES.indexOf(run.charAt(k - 1)) >= 0) {
            k--;
        }
        if (v != null || k == 0 || k == run.length()) {
            return v;
        }
        BigDecimal digits = ChineseNumbers.parseAny(run.substring(0, k));
        return digits == null ? null : scaleZh(digits, run.substring(k));
    }

    /** What the end's written magnitude multiplies its digits by: 10000 for "10万元", 1 for "10个". */
    private static BigDecimal endMagnitude(String text, Quantity end) {
        int i = end.start();
        while (i < end.end() && RANGE_NUMERALS.indexOf(text.charAt(i)) >= 0 && MAGNITUDES.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        int j = i;
        while (j < end.end() && MAGNITUDES.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j == i) {
            return BigDecimal.ONE;
        }
        BigDecimal digits = ChineseNumbers.parseAny(text.substring(end.start(), i));
        BigDecimal whole = runValue(text.substring(end.start(), j));
        return digits == null || whole == null || digits.signum() == 0 ? null : whole.divide(digits, java.math.MathContext.DECIMAL64);
    }

    /** Whether the number at {@code numStart} closes a range: a dash, tilde or 至 right after another number. */
    private static boolean rangeEnd(String text, int numStart) {
        if (numStart < 2 || "—–-－~～至到".indexOf(text.charAt(numStart - 1)) < 0) {
            return false;
        }
        char before = text.charAt(numStart - 2);
        return Character.isDigit(before) || ChineseNumbers.isNumeralChar(before);
    }

    private static boolean precededBy(String text, int pos, String... options) {
        for (String o : options) {
            if (pos >= o.length() && text.startsWith(o, pos - o.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * After "五届": "二次全会", another numbered session; "十九届六中全会", "十三届全国人大": the term of a central
     * committee or a congress, an ordinal of its name.
     */
    private static final Pattern SESSION_AFTER = Pattern.compile("[一二三四五六七八九十]+(?:次|中全会)|全会|全体会议|中央|全国人大|全国政协");
    /**
     * Abstract nouns counted after 个 (三个阶段, 两个方面), with the English plural that names them: the gold format
     * counts things with their counted noun as the unit, the points of a plan included (a slogan in quotes is not).
     */
    private static final Map<String, String> COUNTED_HEADS = Map.ofEntries(Map.entry("方面", "aspects"), Map.entry("问题", "issues"),
            Map.entry("指标", "indicators"), Map.entry("特征", "features"), Map.entry("原因", "reasons"), Map.entry("阶段", "stages"),
            Map.entry("层面", "levels"), Map.entry("环节", "links"), Map.entry("重点", "priorities"), Map.entry("领域", "fields"),
            Map.entry("目标", "goals"), Map.entry("任务", "tasks"), Map.entry("作用", "roles"), Map.entry("角度", "angles"),
            Map.entry("条件", "conditions"), Map.entry("标准", "standards"), Map.entry("原则", "principles"), Map.entry("特点", "features"),
            Map.entry("优势", "advantages"), Map.entry("步骤", "steps"), Map.entry("因素", "factors"), Map.entry("方向", "directions"),
            Map.entry("项目", "projects"), Map.entry("变量", "variables"));
    private static final Pattern COUNTED_HEAD_AFTER_GE = Pattern.compile(String.join("|", COUNTED_HEADS.keySet()));
    /** Before 2个月前: 在/于/自/从 place something at that moment, so long ago ("在2个月前就出现"). */
    private static final Pattern TIME_POINT_BEFORE = Pattern.compile("(?:在|于|自|从)$");
    /** After 四年, 两个月: 前的/后的 make the span a point in time ("四年前的风光"). */
    private static final Pattern TIME_POINT_AFTER = Pattern.compile("[前后]的");
    /**
     * "四成以上", "近八成", "三成的": tenths (成) after a hedge, or after a word that can introduce a share and before a
     * bound, 的 or the clause's end; not 一成不变, 三五成群 (a digit before), 统一成为 (a verb after).
     */
    private static final Pattern ZH_TENTHS = Pattern.compile(
            "(?:(?<pre>超过|将近|不到|不足|大约|近|逾|约|超)|(?<=^|[占有达到了的过仅，。、；：:,（(“\\s]))"
                    + "(?<num>[一二两三四五六七八九])成(?<post>以上|以下|左右|多)?(?![为是立功员本不就了型熟品])");
    /** "40余载", "十载", "三十多载": years counted in 载; not 千载难逢, 数十载 or the idiom 三年五载. */
    private static final Pattern ZH_YEARS_ZAI = Pattern.compile(
            "(?<![0-9零〇一二两三四五六七八九十百千万数几上年])(?<num>[1-9][0-9]?|[一二两三四五六七八九十]{1,3})(?<approx>余|多)?载"
                    + "(?![人客货重体入])");
    /** "5年8个月", "一年零三个月": years and months of one duration. */
    private static final Pattern ZH_YEARS_MONTHS = Pattern.compile(
            "(?<![0-9零〇一二两三四五六七八九十])(?<y>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年零?(?<mo>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个月");
    /** "4、5名", "三、四个": neighbouring numbers listed with an enumeration comma before one unit, a rough count. */
    private static final Pattern ZH_LISTED_RANGE = Pattern.compile(
            "(?<![0-9零〇一二两三四五六七八九十])(?<a>[0-9]|[一二两三四五六七八九])、(?<b>[0-9]|[一二两三四五六七八九])"
                    + "(?<unit>名|人|位|家|次|天|岁|倍|个月|个小时|小时|分钟|年)");
    /** "百分之三十", "百分之二点五", "百分之一秒": a percentage written in words, or a hundredth of a unit. */
    private static final Pattern ZH_PERCENT_WORDS = Pattern.compile(
            "百分之(?<num>[0-9]+|[零〇一二两三四五六七八九十百]+)(?:[点.](?<frac>[0-9]+|[零〇一二三四五六七八九]+))?(?<of>秒|米|公里)?");
    /** "年过五十", "年逾六十岁", "年近八十": an age by the years passed. */
    private static final Pattern ZH_AGE_PAST = Pattern.compile("年(?<w>过|逾|近)(?<num>[一二三四五六七八九十]{1,3}|[1-9][0-9])岁?");
    /** "上亿元", "上千人": upwards of a round amount; "成千上万名", "上千上万" are idioms for "very many", no amount. */
    private static final Pattern ZH_UPWARDS = Pattern.compile(
            "(?<![成上][百千])上(?<mag>千万|百万|亿|万|千|百)(?<unit>元|美元|人|名|家|个|次|辆|吨|亩)");

    private static final Set<String> TIME_UNITS = Set.of("年", "个月", "天", "小时", "个小时", "分钟", "周", "星期", "个星期", "秒",
            "个多小时", "个多月", "个多星期");

    private static boolean nextIs(String text, int pos, String... options) {
        for (String o : options) {
            if (text.startsWith(o, pos)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal scaleZh(BigDecimal v, String mag) {
        if (mag == null) {
            return v;
        }
        long f = switch (mag) {
            case "万亿" -> 1_000_000_000_000L;
            case "亿" -> 100_000_000L;
            case "万" -> 10_000L;
            case "千" -> 1_000L;
            case "百" -> 100L;
            default -> 1L;
        };
        return v.multiply(BigDecimal.valueOf(f)).stripTrailingZeros();
    }

    /**
     * Whether a plural names the people of a country: a known demonym ("Chinese"), or a country's name with "n"
     * or "i" added ("Indians", "Nigerians", "Pakistanis"); "Pelicans" or "Cardinals" name no country.
     */
    private static boolean nationality(String plural) {
        io.mixdoc.facts.internal.Gazetteer g = io.mixdoc.facts.internal.Gazetteer.get();
        String one = plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        if (g.demonym(one).isPresent() || g.demonym(plural).isPresent()) {
            return true;
        }
        String country = one.endsWith("n") || one.endsWith("i") ? one.substring(0, one.length() - 1) : "";
        return !country.isEmpty() && g.en(country).filter(e -> e.type() == io.mixdoc.facts.EntityType.PLACE).isPresent();
    }

    private static BigDecimal scaleEn(BigDecimal v, String mag) {
        if (mag == null) {
            return v;
        }
        long f = switch (mag.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1_000_000_000_000L;
            case "billion", "bn", "b" -> 1_000_000_000L;
            case "million", "mn", "m" -> 1_000_000L;
            case "thousand", "k" -> 1_000L;
            case "lakh", "lakhs" -> 100_000L;
            case "crore", "crores" -> 10_000_000L;
            default -> 1L;
        };
        return v.multiply(BigDecimal.valueOf(f)).stripTrailingZeros();
    }

    private static Approx approxZh(String pre) {
        if (pre == null) {
            return Approx.EXACT;
        }
        return switch (pre) {
            case "超过", "逾", "超" -> Approx.MORE_THAN;
            case "近", "将近", "不到", "不足" -> Approx.LESS_THAN;
            case "约为", "约", "大约" -> Approx.ABOUT;
            default -> Approx.ABOUT;
        };
    }

    private static Approx approxEn(String pre) {
        if (pre == null) {
            return Approx.EXACT;
        }
        return switch (pre.toLowerCase(Locale.ROOT)) {
            case "more than", "over" -> Approx.MORE_THAN;
            case "nearly", "almost", "less than", "up to" -> Approx.LESS_THAN;
            default -> Approx.ABOUT;
        };
    }

    /** Longest first; a quantity overlapping one already kept is dropped. */
    private static List<Quantity> nonOverlapping(List<Quantity> found) {
        List<Quantity> sorted = new ArrayList<>(found);
        // longest first; on a tie the reading that caught an approximation word (约6%) wins
        sorted.sort(Comparator.comparingInt((Quantity q) -> -(q.end() - q.start()))
                .thenComparing(q -> q.approx() == Approx.EXACT).thenComparingInt(Quantity::start));
        return io.mixdoc.NonOverlapping.greedy(sorted);
    }
}
