package io.mixdoc.facts.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday the text ties to a date in brackets, {@code 周六（12月11日）}: one date, and a day of known weekday that the
 * text's other weekdays of the week ({@code 周五结束后}) are read against when no full publication date dates them.
 * The bracketed date is read by {@link DateReader} (its hit is given), so it keeps the value it has alone.
 */
public final class TiedWeekdays {
    private static final String ZH_WEEKDAYS = "一二三四五六日天";
    private static final Pattern TIED = Pattern.compile("(?:星期|礼拜|周)(?<wd>[一二三四五六日天])\\s*[（(]\\s*");
    private static final Pattern CLOSE = Pattern.compile("\\s*[）)]");

    /** A weekday and its bracketed date as one hit, with the day it names (in a year that fits when none is given). */
    public record Tie(DateReader.Hit hit, LocalDate day, boolean yearless) {
    }

    private TiedWeekdays() {
    }

    /** Every weekday written with its date in brackets, in order; a date whose stated year gives another weekday is none. */
    public static List<Tie> read(String text, List<DateReader.Hit> dates) {
        List<Tie> ties = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(TIED, text, Anchors.chars(text, "星礼周")); scan.find(); ) {
            Matcher m = scan.matcher();
            DayOfWeek wd = DayOfWeek.of(Math.min(ZH_WEEKDAYS.indexOf(m.group("wd").charAt(0)), 6) + 1);
            for (DateReader.Hit d : dates) {
                Matcher close = CLOSE.matcher(text).region(d.end(), text.length());
                if (d.start() != m.end() || d.month() == 0 || d.day() == 0 || !close.lookingAt()) {
                    continue;
                }
                Optional<LocalDate> day = d.year() > 0 ? Optional.of(LocalDate.of(d.year(), d.month(), d.day()))
                        .filter(x -> x.getDayOfWeek() == wd) : yearFitting(d.month(), d.day(), wd);
                day.ifPresent(x -> ties.add(new Tie(new DateReader.Hit(m.start(), close.end(), d.value(), d.relative(), d.yearless(),
                        d.year(), d.month(), d.day()), x, d.year() == 0)));
            }
        }
        return ties;
    }

    /** A recent year in which the month's day falls on {@code wd}: days counted from it are right whatever the year. */
    private static Optional<LocalDate> yearFitting(int month, int day, DayOfWeek wd) {
        for (int y = 2000; y < 2028; y++) {
            if (java.time.YearMonth.of(y, month).isValidDay(day) && LocalDate.of(y, month, day).getDayOfWeek() == wd) {
                return Optional.of(LocalDate.of(y, month, day));
            }
        }
        return Optional.empty();
    }
}
