package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDaysTest {
    private static List<String> read(String text, LocalDate anchor) {
        return DateReader.nonOverlapping(RelativeDays.read(text, anchor)).stream()
                .map(h -> text.substring(h.start(), h.end()) + "=" + h.value()).toList();
    }

    @Test
    void weekdaysAreTheNearestSuchDayAndLastOrNextStepAway() {
        LocalDate wednesday = LocalDate.of(2019, 11, 20);
        assertEquals(List.of("Tuesday=2019-11-19", "Friday=2019-11-22", "next Tuesday=2019-11-26", "Sunday=2019-11-17"),
                read("Shares closed on Tuesday. The show opens on Friday. A ceremony is due next Tuesday. It was unveiled Sunday night.", wednesday));
    }

    @Test
    void weeksWeekendsMonthsAndQuarters() {
        LocalDate monday = LocalDate.of(2019, 11, 18);
        assertEquals(List.of("over the weekend=2019-11-16/2019-11-17", "last week=2019-11-11/2019-11-17",
                        "this month=2019-11", "the first quarter=2019-01/2019-03", "the first half of next year=2020-01/2020-06"),
                read("A case over the weekend, two last week; this month, the first quarter and the first half of next year.", monday));
    }

    @Test
    void aCompanysOwnQuarterIsNoCalendarQuarter() {
        // team-written: a retailer's fiscal quarter beside a calendar one
        LocalDate monday = LocalDate.of(2019, 11, 18);
        assertEquals(List.of("the third quarter=2019-07/2019-09"),
                read("Our third quarter results were mixed, and Acme's fiscal second half looks weak; GDP grew in the third quarter.", monday));
    }

    @Test
    void chineseDaysWeeksAndWeekdays() {
        LocalDate sunday = LocalDate.of(2022, 2, 6);
        assertEquals(List.of("下星期=2022-02-07/2022-02-13", "星期一=2022-02-07", "星期五=2022-02-04", "上个星期三=2022-02-02", "昨日=2022-02-05"),
                read("马克龙下星期访问，星期一会面。星期五，克里姆林宫表示。上个星期三他说。昨日，记者看到。", sunday));
    }

    @Test
    void lastWeeksWeekdayFromASundayIsInTheWeekThatSundayCloses() {
        // team-written: a Sunday review of the week and a Thursday report use "last Wednesday" / 上周三
        LocalDate sunday = LocalDate.of(2024, 3, 10);
        assertEquals(List.of("last Wednesday=2024-03-06", "上周三=2024-03-06"),
                read("The minister resigned last Wednesday. 部长上周三辞职。", sunday));
        LocalDate thursday = LocalDate.of(2024, 3, 14);
        assertEquals(List.of("last Wednesday=2024-03-06", "上周三=2024-03-06"),
                read("The minister resigned last Wednesday. 部长上周三辞职。", thursday));
    }

    @Test
    void aBareWeekdayLiesWhereItsSentencePutsIt() {
        LocalDate tuesday = LocalDate.of(2019, 11, 19);
        assertEquals(List.of("Thursday=2019-11-14", "Thursday=2019-11-21", "Friday=2019-11-22"),
                read("Thursday night's fight led to suspensions. The teams will meet again on Thursday. The show opens on Friday.", tuesday));
        assertEquals(List.of("周四=2019-11-21", "周日=2019-11-17"), read("会议周四将举行。双方周日举行了会谈。", tuesday));
    }

    @Test
    void aCapitalisedTodayAfterANameIsPartOfIt() {
        LocalDate tuesday = LocalDate.of(2019, 11, 19);
        assertEquals(List.of("Today=2019-11-19"), read("Richardson told USA Today he disagreed. Today, the league ruled.", tuesday));
    }
}
