package io.mixdoc.facts.structure;

import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.DateReader;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The month of a dateline that gives only its day ({@code （亚庇11日讯）}, the Chinese press of Malaysia): the story's
 * own days with a month ({@code 12月20日}) lie close to the day it was filed, so the month that puts the dateline's day
 * within {@link #MAX_DAYS} days of each of them, when they all agree; none when no such date is told or they disagree.
 */
final class DatelineMonth {
    /** A week and a half: news dates its follow-ups and the events it reports around the day it is filed. */
    static final int MAX_DAYS = 10;
    /** A year with no 29 February: the month-day dates here have no year, and a dateline's day is counted in it. */
    private static final int COMMON_YEAR = 2001;

    private DatelineMonth() {
    }

    static Optional<Integer> of(String zh, StructureSpan dateline, int day) {
        Integer month = null;
        for (DateReader.Hit h : DateReader.read(zh, 0)) {
            if (h.month() == 0 || h.day() == 0 || h.relative() || h.start() < dateline.end() && h.end() > dateline.start()
                    || h.month() == 2 && h.day() == 29) {
                continue;
            }
            LocalDate told = LocalDate.of(COMMON_YEAR, h.month(), h.day());
            for (int shift = -1; shift <= 1; shift++) {
                LocalDate monthOf = told.plusMonths(shift);
                if (day > monthOf.lengthOfMonth()) {
                    continue;
                }
                LocalDate filed = monthOf.withDayOfMonth(day);
                if (Math.abs(filed.toEpochDay() - told.toEpochDay()) <= MAX_DAYS) {
                    if (month != null && month != filed.getMonthValue()) {
                        return Optional.empty();
                    }
                    month = filed.getMonthValue();
                }
            }
        }
        return Optional.ofNullable(month);
    }
}
