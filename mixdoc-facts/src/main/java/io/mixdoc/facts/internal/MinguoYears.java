package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of the Republic of China (民国纪年), as Taiwan writes its dates: 民国111年 is 2022 (year + 1911), 民国前1年
 * is 1911 (1912 - year), 中华民国111年3月5日 is 2022-03-05. Without 民国 only a three-digit year with its month
 * ("111年3月5日") is read so: no Gregorian date in the news has three digits, while "99年" may be 1999 or 99 years.
 * Reads simplified text (traditional text is read through {@code Simplified}, offset for offset).
 */
public final class MinguoYears {
    private static final String MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String MONTH_DAY = "(?:\\s?(?<m>" + MONTH + ")\\s?月(?:\\s?(?<d>" + DAY + ")\\s?[日号])?)";
    static final Pattern NAMED = Pattern.compile(
            "(?:中华)?民国(?<before>前)?\\s?(?<y>\\d{1,3}|[一二三四五六七八九十百零〇]{1,5}|元)\\s?年(?![代])" + MONTH_DAY + "?");
    static final Pattern THREE_DIGITS_WITH_MONTH = Pattern.compile(
            // after a word, a count of years ("建党100年7月1日" would be 100 years and a day): only a clause's start or a preposition
            "(?<![\\d.,，\\-/A-Za-z]|[\\p{IsHan}&&[^在于自从至到迄即和与及]])(?<y>1[0-4]\\d)\\s?年" + MONTH_DAY);

    private MinguoYears() {
    }

    /** The Gregorian year of Minguo year {@code y}, before the Republic when {@code before} (民国前). */
    public static int gregorian(int y, boolean before) {
        return before ? 1912 - y : y + 1911;
    }

    /** The Minguo dates in {@code text}, as date hits in the Gregorian calendar (they may overlap each other). */
    public static List<DateReader.Hit> read(String text) {
        List<DateReader.Hit> hits = new ArrayList<>();
        if (text.indexOf('年') < 0) {
            return hits;
        }
        // tried only where a match can start: both patterns' find() over the whole text cost as much as the rest of
        // the quantities stage (the look-behind of the bare year is tried at every character), once a text has a 年
        for (AnchoredScan scan = new AnchoredScan(NAMED, text, namedStarts(text)); scan.find(); ) {
            Matcher named = scan.matcher();
            String y = named.group("y");
            java.math.BigDecimal numeral = y.equals("元") ? java.math.BigDecimal.ONE
                    : Character.isDigit(y.charAt(0)) ? new java.math.BigDecimal(y) : ChineseNumbers.parse(y);
            int year = numeral == null ? 0 : numeral.intValue();
            if (year > 0 && year < 200) {
                hits.add(hit(named, gregorian(year, named.group("before") != null)));
            }
        }
        // the year's look-behind refuses a digit before it: a match starts at the first digit of a run
        for (AnchoredScan scan = new AnchoredScan(THREE_DIGITS_WITH_MONTH, text, Anchors.digitRuns(text)); scan.find(); ) {
            Matcher bare = scan.matcher();
            hits.add(hit(bare, gregorian(Integer.parseInt(bare.group("y")), false)));
        }
        return hits;
    }

    /** Where {@link #NAMED} can start: at each 民国, and at the 中华 right before one. */
    static BitSet namedStarts(String text) {
        BitSet b = new BitSet(text.length());
        for (int i = text.indexOf("民国"); i >= 0; i = text.indexOf("民国", i + 1)) {
            b.set(i);
            if (text.startsWith("中华", i - 2)) {
                b.set(i - 2);
            }
        }
        return b;
    }

    private static DateReader.Hit hit(Matcher m, int year) {
        int month = m.group("m") == null ? 0 : DateReader.zhMonth(m.group("m"));
        int day = m.group("d") == null ? 0 : DateReader.zhMonth(m.group("d"));
        String v = month == 0 ? String.format(Locale.ROOT, "%04d", year)
                : day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
        return new DateReader.Hit(m.start(), m.end(), v, false, false, year, month, day);
    }
}
