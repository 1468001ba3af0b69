package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTaggerTest {
    private static List<String> render(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream().map(d -> doc.cover(d) + "=" + d.value()).toList();
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        String text = """
                中新网北京10月16日电 2025年10月11日，代表团抵达。今年2月，总统访华。今年1-8月贸易额增长。明年将举办峰会。
                The railway started construction in June this year. On April 26, 2025, an exhibition opened. In May 2023 a summit was held.
                """;
        Document doc = TestData.run("mixed", text);
        assertEquals(List.of("10月16日=2025-10-16", "2025年10月11日=2025-10-11", "今年2月=2025-02", "今年1-8月=2025-01/2025-08",
                "明年=2026", "June this year=2025-06", "April 26, 2025=2025-04-26", "May 2023=2023-05"), render(doc));
    }

    @Test
    void compactSpansOfYearsAndDaysAreRangesButTwoYearsWrittenInFullAreTwoDates() {
        // team-written: a workshop notice with a span of days, paper titles with spans of years, and a phone number
        String text = "青年学者研讨会（2019年5月17－18日，东方大学）。5月17日－18日 分组讨论。"
                + "论文：城市人口变迁（1978-2008）；区域差距：1990~2010年的证据。他在1955年至1969年间任教。电话：022-2350143";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("2019年5月17－18日=2019-05-17/2019-05-18", "5月17日－18日=2019-05-17/2019-05-18",
                "1978-2008=1978/2008", "1990~2010年=1990/2010", "1955年=1955", "1969年=1969"), render(doc));
    }

    @Test
    void twoDigitYearsBeforeAMonthOrAnEventTakeTheirCenturyFromThePublicationYear() {
        // team-written: a month or an event after "NN年" makes it a year; a marriage or a history after it, a span
        String text = "中新网北京3月2日电 2021年3月1日，回顾往事。98年的洪水冲毁了堤坝，05年7月大桥重建。他们15年的婚姻，近30年的历史。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("3月2日=2021-03-02", "2021年3月1日=2021-03-01", "98年=1998", "05年=2005"), render(doc).stream()
                .filter(d -> !d.startsWith("7月")).toList());
        List<String> quantities = doc.layer(FactsLayers.QUANTITY).spans().stream().map(doc::cover).toList();
        assertEquals(List.of("15年", "30年"), quantities);
    }

    @Test
    void twoDigitsWithALeadingZeroAreAYearInAnyContext() {
        // team-written: nobody counts "05 years"; "12年" with no month or event after it stays a number of years
        String text = "中新网北京3月2日电 2021年3月1日，这家工厂03年开始生产，07年底扩建，已经运营12年了。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("3月2日=2021-03-02", "2021年3月1日=2021-03-01", "03年=2003", "07年=2007"), render(doc));
        List<String> quantities = doc.layer(FactsLayers.QUANTITY).spans().stream().map(doc::cover).toList();
        assertEquals(List.of("12年"), quantities);
    }

    @Test
    void aYearThatOwnsSomethingOrNamesAPlanIsAYearButADecadeIsNot() {
        // written for this test: a possessive year and a year before "plan" or "film" are dates; "the 1980's" a decade
        Document doc = TestData.run("en", "The sequel follows 2014’s Harbor Lights. The 2015 plan was dropped, and the "
                + "1980's were another age.");
        assertEquals(List.of("2014=2014", "2015=2015"), render(doc));
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreLeftOut() {
        Document doc = TestData.run("zh", "今年3月5日，会议召开。1992年两国建交。2023年5月举行首届峰会。");
        assertEquals(List.of("1992年=1992", "2023年5月=2023-05"), render(doc));
    }

    @Test
    void englishOnlyWithXinhuaDateline() {
        String text = """
                BEIJING, Oct. 16 (Xinhua) -- Officials met on Thursday. The plan was adopted on Sept. 30, 2025 and takes effect next year.
                Last year's figures were published in March.
                """;
        Document doc = TestData.run("en", text);
        // the dateline's day, 2025-10-16, was a Thursday: "on Thursday" is that day
        assertEquals(List.of("Oct. 16=2025-10-16", "Thursday=2025-10-16", "Sept. 30, 2025=2025-09-30", "next year=2026", "Last year=2024",
                "March=2025-03"), render(doc));
    }

    @Test
    void aBareMonthSoonAfterAMonthWithItsYearIsInThatYear() {
        // written for this test: "by December" continues the story of "November 2016"; "in March", earlier in the
        // calendar than November, cannot, and takes the dateline's year
        String text = "BEIJING, Oct. 16 (Xinhua) -- The plan was adopted on Sept. 30, 2025. The farmer first fell ill in "
                + "November 2016, and by December he could not walk. Doctors now say he will recover in March.";
        Document doc = TestData.run("en", text);
        assertEquals(List.of("Oct. 16=2025-10-16", "Sept. 30, 2025=2025-09-30", "November 2016=2016-11", "December=2016-12",
                "March=2026-03"), render(doc));
    }

    @Test
    void aRelativeYearGovernsItsOwnParagraphOnly() {
        String text = "中新网南京2月13日电 2022年2月12日，书记强调，要在去年工作的基础上进一步加大投入力度。\n\n2月7日上午，市里召开大会。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("2月13日=2022-02-13", "2022年2月12日=2022-02-12", "去年=2021", "2月7日=2022-02-07"), render(doc));
    }

    @Test
    void aYearInDigitsGovernsItsOwnParagraphOnly() {
        // team-written: a feature that recalls a past year, then reports its visit in the publication's year
        String text = "中新网杭州3月8日电 2025年3月7日，市里公布了获奖名单。\n2019年春节，老李中了大奖，3月2日领奖。\n\n3月5日，记者来到他的农庄。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("3月8日=2025-03-08", "2025年3月7日=2025-03-07", "2019年=2019", "3月2日=2019-03-02",
                "3月5日=2025-03-05"), render(doc));
    }

    @Test
    void aYearCountedFromAYearOfItsSentence() {
        // team-written: "the previous year" after a stated year; one counted from an event alone stays out
        String text = "Exports rose in 2023, up from the previous year. "
                + "The plant opened a year later than planned.";
        Document doc = TestData.run("en", text);
        assertEquals(List.of("2023=2023", "the previous year=2022"), render(doc));
    }

    @Test
    void englishMonthRanges() {
        String text = "BEIJING, Oct. 16 (Xinhua) -- The plan was adopted on Sept. 30, 2025. Trade from January to August this year rose, "
                + "as it did in March-May 2024.";
        Document doc = TestData.run("en", text);
        assertEquals(List.of("Oct. 16=2025-10-16", "Sept. 30, 2025=2025-09-30", "from January to August this year=2025-01/2025-08",
                "March-May 2024=2024-03/2024-05"), render(doc));
    }

    @Test
    void bareDaysOfChineseNewsTakeThePublicationMonth() {
        String text = "中新社阿拉木图5月20日电 托卡耶夫19日会见代表团。代表团28日抵达。2025年5月18日参观工业园。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("5月20日=2025-05-20", "19日=2025-05-19", "28日=2025-04-28", "2025年5月18日=2025-05-18"), render(doc));
    }

    @Test
    void chineseNumeralDatesAndTheYearStatedBeforeAYearlessDate() {
        Document doc = TestData.run("zh", "一九八九年四月，我在湖南开会。4月23日，商店被砸。2004年10月下旬的一天，他来了。11月4日，他又来了。");
        assertEquals(List.of("一九八九年四月=1989-04", "4月23日=1989-04-23", "2004年10月=2004-10", "11月4日=2004-11-04"), render(doc));
    }


    @Test
    void aYearInChineseNumeralsFramesAMemoirPagesLater() {
        String text = "一九八九年四月，我在长沙开会。" + "那时候大家都很忙，会上讨论了很多事情。".repeat(90) + "六月四日，消息传来。";
        Document doc = TestData.run("zh", text);
        List<String> dates = render(doc);
        assertTrue(dates.contains("六月四日=1989-06-04"), dates.toString());
    }

    @Test
    void theYearsOfAReferenceListAreDates() {
        // team-written: a reference list in both scripts; a year in a running sentence without a preposition stays out
        String text = "参考文献\n[1] 王明. 城市物流研究[J]. 物流学报, 2012(4): 10-15.\n[2] 李华. 电子商务概论[M]. 北京: 东方出版社, 2009.\n"
                + "[3] Smith J, Lee K. Alarm design. J Clin Care. 2016; 31: 100-104.\nThe team counted 2016 alarms.";
        Document doc = TestData.run("mixed", text);
        assertEquals(List.of("2012=2012", "2009=2009", "2016=2016"), render(doc));
    }

    @Test
    void aMonthAfterAPrepositionOpeningTheSentenceIsATime() {
        // team-written: "In May," opens the sentence; "May" the verb and a name stay out
        String text = "NEW YORK, Oct. 3, 2025 (Reuters) - In May, the council approved the plan. Officials may review it. Theresa May spoke.";
        Document doc = TestData.run("en", text);
        assertTrue(render(doc).contains("May=2025-05"), render(doc).toString());
        assertEquals(1, render(doc).stream().filter(d -> d.contains("May")).count(), render(doc).toString());
    }

    @Test
    void aYearBeforeASingularNounModifiesItButCountsUnitsAndModelYearsDoNot() {
        // team-written: years as modifiers (an event, a plan, a season) beside counts, units and model years
        String text = "The agency defended a crewed 2027 lunar landing. Its planned 2026 robotic rover faces delays. "
                + "Fans remember the 2011 season. The club sold 2000 tickets and the 1900 delegates voted. "
                + "She wrote a 2000 word essay about an estimated 1950 mile trail. Dealers cut the price of the 2020 Corolla "
                + "and of the 2019 model. The 2016 through 2019 laptop and the 2015 design had shallow keys.";
        Document doc = TestData.run("en", text);
        assertEquals(List.of("2027=2027", "2026=2026", "2011=2011"), render(doc));
    }

    @Test
    void aWeekdayTiedToABracketedDateIsOneDateAndDatesTheOtherWeekdaysOfItsWeek() {
        // written for this test: no publication date; 周三（3月9日） ties Wednesday to 9 March (no year: written --03-09),
        // so 周一 of a past clause is the 7th and 本周五 the 11th; 上周二 counts from the publication, unknown, and is left out
        String text = "工会周三（3月9日）宣布罢工结束。谈判周一已经破裂，本周五将复工，上周二曾有接触。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("周三（3月9日）=--03-09", "周一=--03-07", "本周五=--03-11"), render(doc));
    }

    @Test
    void aWeekdayWhoseBracketedDateHasAnotherWeekdayInItsYearTiesNothing() {
        // written for this test: 2022-03-09 was a Wednesday, so 周五（2022年3月9日） is a slip and dates no weekday
        String text = "会议于周五（2022年3月9日）举行，周四已有代表抵达。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("2022年3月9日=2022-03-09"), render(doc));
    }

    @Test
    void aYearAloneInBracketsAfterAWorksTitleIsItsYear() {
        // written for this test: a film's and a painting's year in brackets; a count in brackets after a title is none
        String text = "他先后拍摄了《远山》（1998）和《归途》 （ 2015），画作《春潮》（12）幅。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("1998=1998", "2015=2015"), render(doc));
    }

    @Test
    void aDatelineOfADayOnlyTakesTheMonthOfTheStorysNearbyDates() {
        // written for this test: 11月10日 lies 7 days after a 3 November, so the dateline's 3日 is --11-03 and the story's
        // bare and relative days count from it
        String text = "（吉隆坡3日讯）警方说，嫌犯于本月1日被捕，昨日被提控，案件将于11月10日再审。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("3日=--11-03", "本月1日=--11-01", "昨日=--11-02", "11月10日=--11-10"), render(doc));
    }

    @Test
    void aDatelineOfADayOnlyWhoseNearbyDatesDisagreeOnTheMonthDatesNothing() {
        // written for this test: 11月10日 puts a 3rd in November, 12月1日 in December: no month, so no bare day is read
        String text = "（吉隆坡3日讯）案件于11月10日开审，法官12月1日宣判，被告于2日上诉。";
        Document doc = TestData.run("zh", text);
        assertEquals(List.of("11月10日=--11-10", "12月1日=--12-01"), render(doc));
    }
}
