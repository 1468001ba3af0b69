package io.mixdoc.facts.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written with its last two digits in Chinese: "18年3月", "57年的整风运动". Two digits and 年 are
 * far more often a number of years ("15年的婚姻", "30年的运营权"), so only two contexts make them a year: a
 * month after them (a duration of months says 个月: "5年8个月"), or 的 and an event ("57年的整风运动",
 * "98年的洪水"): a number of years owns a history, a marriage or a right, but a campaign, a war or a flood
 * happened in a year. A word of duration before the number ("近", "长达", "了") keeps it a number of years.
 * A leading zero ("05年开始生产", "04年底") is a year in any context: nobody counts 05 years.
 * {@link DateReader} reads these as dates and {@code QuantityTagger} counts no years there.
 */
public final class ShortYears {
    /** Heads of events that happen at a time, which a span of years does not own. */
    private static final String EVENTS = "运动|事件|革命|战争|大选|选举|风波|起义|暴动|政变|洪水|水灾|地震|奥运会|世界杯|全会|危机|学潮|民运";
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\d.０-９近达了共整历这那每])(?<yy>0\\d(?=年)|\\d\\d(?=年(?:\\s?(?:1[0-2]|0?[1-9])\\s?月|的[\\p{IsHan}]{0,6}?(?:"
                    + EVENTS + "))))年");

    /** "1950-53年": a full year and a dash before two digits and 年 make the two digits the end of a span of years. */
    private static final Pattern SPAN_START = Pattern.compile("(?<![\\d.])(?:1[89]|20)\\d\\d\\s?[-－—–~～]\\s?$");

    private ShortYears() {
    }

    /** Whether the two digits at {@code start} end a span of years begun by a full year ("1950-53年"). */
    public static boolean endsSpan(String text, int start) {
        return SPAN_START.matcher(text).region(Math.max(0, start - 7), start).useTransparentBounds(true).find();
    }

    /** The full year that two digits ending a span from {@code fromYear} stand for: 1950-53 is 1953, 1998-02 is 2002. */
    public static int spanEnd(int fromYear, int twoDigits) {
        int y = fromYear / 100 * 100 + twoDigits;
        return y > fromYear ? y : y + 100;
    }

    /** The matcher of short years over {@code text} ({@code yy} is the two digits). */
    public static Matcher matcher(String text) {
        return SHORT_YEAR.matcher(text);
    }

    /** Whether a short year starts at {@code start} (its digits). */
    public static boolean at(String text, int start) {
        return SHORT_YEAR.matcher(text).region(start, text.length()).useTransparentBounds(true).lookingAt();
    }

    /**
     * The full year of two digits: the latest year with those digits no later than the publication year
     * ("57" in 2022 is 1957, "18" is 2018), 0 without a publication year (the century is then unknown).
     */
    public static int year(int twoDigits, int anchorYear) {
        if (anchorYear <= 0) {
            return 0;
        }
        int y = anchorYear / 100 * 100 + twoDigits;
        return y > anchorYear ? y - 100 : y;
    }
}
