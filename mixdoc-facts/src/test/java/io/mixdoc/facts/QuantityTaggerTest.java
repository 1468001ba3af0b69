package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTaggerTest {
    private static List<String> render(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream()
                .map(q -> doc.cover(q) + "=" + q.value().stripTrailingZeros().toPlainString() + " " + q.unit()
                        + (q.approx() == Approx.EXACT ? "" : " " + q.approx().json()))
                .toList();
    }

    @Test
    void chineseNumbersMagnitudesAndUnits() {
        Document doc = TestData.run("zh", "去年两国贸易额达到227亿美元，今年前8个月达到196.6亿美元，同比增长52.6%。"
                + "为800多名患者提供手术，两国有两千多年的交往，边界长3300多公里，两国元首七次会晤，建立了29对友好城市，约5万吨粮食。");
        assertEquals(List.of("227亿美元=22700000000 USD", "8个月=8 months", "196.6亿美元=19660000000 USD",
                "52.6%=52.6 percent", "800多名=800 people more_than", "两千多年=2000 years more_than",
                "3300多公里=3300 km more_than", "七次=7 times", "29对=29 pairs", "5万吨=50000 t about"), render(doc));
    }

    @Test
    void digitsAfterWanAndADurationAfterWeiqi() {
        Document doc = TestData.run("zh", "全州今年共发出3万2560张执照。双方将展开为期一年的合作，另有2万名志愿者参加。");
        assertEquals(List.of("3万2560=32560 ", "一年=1 years", "2万名=20000 people"), render(doc)); // 张 is no unit of the table: the amount alone
    }

    @Test
    void englishCurrenciesPercentAndCounts() {
        Document doc = TestData.run("en", "Bilateral trade reached US $ 94.8 billion in 2024, up 3.5 percent, "
                + "and more than 1,200 people attended. The road is 20 km long and was built 33 years ago.");
        // "33 years ago" is a point in time (a date once the publication year is known), no duration: the gold's "two months ago"
        assertEquals(List.of("US $ 94.8 billion=94800000000 USD", "3.5 percent=3.5 percent", "1,200 people=1200 people more_than",
                "20 km=20 km"), render(doc));
    }

    @Test
    void yearsOrdinalsAndArticlesAreNotQuantities() {
        Document doc = TestData.run("zh", "1992年两国建交。第三次会议上，一个代表团来访，百年变局加速演进。The year 2019 was hard.");
        assertTrue(render(doc).isEmpty(), render(doc).toString());
    }

    @Test
    void mixedDocumentKeepsOffsetsOnTheOriginalText() {
        String text = "中国和中亚国家有3300多公里的共同边界。 Since then trade grew to $5 million.";
        Document doc = TestData.run("mixed", text);
        Quantity km = doc.layer(FactsLayers.QUANTITY).spans().get(0);
        assertEquals(text.indexOf("3300"), km.start());
        assertEquals(new BigDecimal("3300"), km.value());
        assertEquals("$5 million", doc.cover(doc.layer(FactsLayers.QUANTITY).spans().get(1)));
    }

    @Test
    void englishCountedNouns() {
        Document doc = TestData.run("en", "The program served more than 800 cataract patients and rests on four main aspects. "
                + "It was built in 2019 and has its own rules.");
        assertEquals(List.of("800 cataract patients=800 patients more_than", "four main aspects=4 aspects"), render(doc));
    }

    @Test
    void approximationWordsAndModifiedNouns() {
        Document doc = TestData.run("mixed", "中哈双边贸易额约为438亿美元，同比增长约6%。 More than 600 Chinese companies operate there.");
        assertEquals(List.of("438亿美元=43800000000 USD about", "6%=6 percent about", "600 Chinese companies=600 companies more_than"),
                render(doc));
    }

    @Test
    void irregularPluralsQuoteLinesAndModelNumbers() {
        Document doc = TestData.run("en", "Two people were hurt and two Dutch women left. The airline flies 120 aircraft, "
                + "none of them Airbus 350 Neo jets. ACME ACME CORP. 41.20 -0.35 -0.84%\nThe index rose to 12,345.67, a record.");
        assertEquals(List.of("Two people=2 people", "two Dutch women=2 women", "120 aircraft=120 aircraft", "41.20=41.2 ",
                "-0.35=-0.35 ", "-0.84%=-0.84 percent", "12,345.67=12345.67 "), render(doc));
    }

    @Test
    void durationsWithOneMeasuresAndRangeEnds() {
        Document doc = TestData.run("zh", "他在杭州待了一年，合同期一年。一年四季都有游客，有一天他来了，度过了不平凡的一年。"
                + "引擎可产生23450磅的推力，在5000英尺高度上飞行，声音为900赫兹，速度达2.5马赫。加速时选择8—10个单位攻角。");
        assertEquals(List.of("一年=1 years", "一年=1 years", "23450磅=23450 lb", "5000英尺=5000 ft", "900赫兹=900 Hz",
                "2.5马赫=2.5 Mach", "8=8 items", "10个=10 items"), render(doc));
    }

    @Test
    void numberWordsRangeEndsAgesAfterANounAndOneJoinedToAUnit() {
        // written for this test
        Document doc = TestData.run("en", "The session lasts fifteen minutes. Between four to six options remain, "
                + "two or three at most. The former quiz star, 51, got a one-game ban and a one-time bonus.");
        assertEquals(List.of("fifteen minutes=15 min", "four=4 options", "six options=6 options",
                "51=51 years", "one-game=1 games"), render(doc));
    }

    @Test
    void chineseClassifiersCountTheNounAfterThem() {
        // team-written: the points of a plan counted with their noun, courses by 门, a slogan in quotes left out
        Document doc = TestData.run("zh", "改革分三个阶段推进，主要包括2个方面，考试含两门专业课。一方面要稳，另一方面要快。"
                + "他提出“把握两个特征”。");
        assertEquals(List.of("三个阶段=3 stages", "2个方面=2 aspects", "两门=2 courses"), render(doc));
    }

    @Test
    void bothEndsOfAChineseRangeAreAmountsWithTheEndsUnitAndMagnitude() {
        // team-written: ranges of money, people and minutes; years, days, a phone number and a score are no ranges of amounts
        Document doc = TestData.run("zh", "项目投资80亿～95亿元，资助3-8万元，招收20-30名学员，每人发言5-8分钟。"
                + "数据覆盖1995-2005年，会议5月11－12日举行，电话010-6231234，比分3-1，他排名第1-3名。");
        assertEquals(List.of("80亿=8000000000 CNY", "95亿元=9500000000 CNY", "3=30000 CNY", "8万元=80000 CNY", "20=20 people",
                "30名=30 people", "5=5 minutes", "8分钟=8 minutes"), render(doc));
    }

    @Test
    void upwardsOfARoundAmountButNotTheIdiomForVeryMany() {
        // team-written: 上万名 is "more than ten thousand"; 成千上万名 and 上千上万 only say "very many"
        Document doc = TestData.run("zh", "广场上聚集了上万名观众。边境部署了成千上万名士兵，上千上万名难民在等待。");
        assertEquals(List.of("上万名=10000 people more_than"), render(doc));
    }

    @Test
    void chineseDurationsJoinedRangesAndPointsInTime() {
        // team-written: years and months of one sentence, two neighbouring numbers before one unit, and a distance
        // in time that names a moment (年前的, 年后的) rather than a duration
        Document doc = TestData.run("zh", "法院判处他5年8个月徒刑，另有4、5名同伴在场。三年前的今天他还在读书，四年后的冬天他回来了，又住了两年。");
        assertEquals(List.of("5年8个月=68 months", "4、5名=4 people", "两年=2 years"), render(doc));
    }

    @Test
    void aDistanceInTimeAfterZaiOrYuIsAMomentNotADuration() {
        // written for this test: 在/于 before "N ago" place what follows at a moment; "在30秒后" still counts the wait
        Document doc = TestData.run("zh", "有关问题在2个月前就出现，系统在30秒后恢复。两年后，他又工作了两个月。");
        assertEquals(List.of("30秒=30 s", "两年=2 years", "两个月=2 months"), render(doc));
    }

    @Test
    void englishRangesOfMoneyAndMixedFractions() {
        // team-written: both ends of a money range take the magnitude written once; a whole number and a fraction
        Document doc = TestData.run("en", "Buyers pledged $40-50 billion a year to end a 1-1/2 year dispute.");
        assertEquals(List.of("$40=40000000000 USD", "50 billion=50000000000 USD", "1-1/2 year=1.5 years"), render(doc));
    }

    @Test
    void chineseOneWithAUnitOfTimeIsADurationInQuotedSpeechAfterHaveOrApproximation() {
        // team-written: quoted speech (no slogan), 有一个小时 "have an hour", 不到一天, 一个多小时; but a story's
        // "一天，" standing as its own clause, a pronoun 这两个, and 二次/二元 ("secondary", "dual") are no counts
        Document doc = TestData.run("zh", "他说“一个星期都没睡好觉，整天想着这笔钱。”每天能有一个小时练琴，面包不到一天就卖完了，"
                + "她花了一个多小时排队。传说很有名，一天，国王来到城外。价格和服务这两个是关键，投诉要二次处理，二元结构仍在。");
        assertEquals(List.of("一个星期=1 weeks", "一个小时=1 hours", "一天=1 days less_than", "一个多小时=1 hours more_than"),
                render(doc));
    }

    @Test
    void chinesePercentagesInWordsAgesPassedAndPiecesOfItems() {
        // team-written: 百分之 with a number in words, a hundredth of a second, an age passed, 件 counting things,
        // and a number broken by a line whose second half ("00万元") is no amount, nor a byte of a percent-encoded address
        Document doc = TestData.run("zh", "出口增长了百分之三十，差距只有百分之一秒。年过六十的他办成了两件大事，奖金5\n00万元。见[前言](#%E5%89%8D%E8%A8%80)");
        assertEquals(List.of("百分之三十=30 percent", "百分之一秒=0.01 s", "六十=60 years_old more_than", "两件=2 items"), render(doc));
    }

    @Test
    void englishCountsNeedANounQualifiedByAWordThatCanQualifyIt() {
        // team-written: a day of a month before "after", a proportion "out of", but "10 more engineers" still counts
        Document doc = TestData.run("en", "The listing was pulled on September 30 after investors balked, and seven out of ten companies "
                + "now wait. The firm hired 10 more engineers.");
        assertEquals(List.of("10 more engineers=10 engineers"), render(doc));
    }

    @Test
    void moneyWithALetterForItsMagnitudeAndSingularMeasuresBeforeANoun() {
        // written for this test
        Document doc = TestData.run("en", "The studio was sold for $300M and its rival for £45m, a $2B market. "
                + "She won the 400 yard relay, he signed a 96 page deal and paid 12.50 Euro for it.");
        assertEquals(List.of("$300M=300000000 USD", "£45m=45000000 GBP", "$2B=2000000000 USD", "400 yard=400 yd",
                "96 page=96 pages", "12.50 Euro=12.5 EUR"), render(doc));
    }

    @Test
    void aHeadlinesAgeAGradedModifierAndAnEnginesOutput() {
        // team-written: a title-case age, counts whose modifier an adverb grades, an engine's output and torque
        Document doc = TestData.run("en", "6-Month-Old Puppy Rescued From Drain\n\nThe board read two deeply flawed audits. "
                + "The engine makes 118 PS and 160 Nm.");
        assertEquals(List.of("6-Month-Old=6 months", "two deeply flawed audits=2 audits", "118 PS=118 PS", "160 Nm=160 Nm"),
                render(doc));
    }

    @Test
    void aBritishAgeInBracketsAfterAFirstNameAndSurname() {
        // team-written: ages in brackets after a person; a score after a club and a footnote after a title are none
        String text = "Police said Daniel Hughes (34) and Emma Clarke (27), of Leeds, were arrested. "
                + "Leeds United (2) beat Hull City (1). Annual Report (3) follows.";
        Document doc = TestData.run("en", text);
        assertEquals(List.of("34=34 years", "27=27 years"), render(doc));
    }

    @Test
    void tenthsWrittenWithChengAndYearsWrittenWithZai() {
        // written for this test: 成 counts tenths only between a word that introduces a share and a bound or a clause's end
        // (not 一成不变, 三五成群, 统一成为, 他八成是); 载 is a year after a number (not 千载难逢, 数十载)
        Document doc = TestData.run("zh", "进口车占销量的三成以上，近八成受访者表示满意，其余约两成。政策一成不变，游客三五成群，"
                + "两网统一成为一网，他八成是忘了。她执教20余载，历经十载寒窗，这是千载难逢的机会，数十载如一日。");
        assertEquals(List.of("三成以上=30 percent more_than", "近八成=80 percent less_than", "约两成=20 percent about",
                "20余载=20 years more_than", "十载=10 years"), render(doc));
    }
}
