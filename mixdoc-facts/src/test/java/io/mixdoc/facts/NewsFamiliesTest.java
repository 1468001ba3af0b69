package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Datelines, bylines, turns, relative dates and quantities as families that hold for any news outlet, not for
 * the pages of our gold: every text here was written for this test, in the shapes agencies and papers use
 * (simplified and traditional Chinese, English wires). The page date stands in for the one the HTML reader finds.
 */
class NewsFamiliesTest {
    private static Document run(String pageDate, String text) {
        Document doc = Document.of("family", text);
        if (pageDate != null) {
            doc = doc.withMetadata("page_date", pageDate);
        }
        return TestData.pipeline().run(doc);
    }

    private static List<StructureSpan> of(Document doc, StructureKind kind) {
        return doc.layer(FactsLayers.STRUCTURE).spans().stream().filter(s -> s.kind() == kind).toList();
    }

    private static String dateline(Document doc) {
        List<StructureSpan> d = of(doc, StructureKind.DATELINE);
        return d.isEmpty() ? "" : doc.text().substring(d.get(0).start(), d.get(0).end());
    }

    private static List<String> byline(Document doc) {
        List<StructureSpan> b = of(doc, StructureKind.BYLINE);
        return b.isEmpty() ? List.of() : b.get(0).names();
    }

    /** Each date's surface and value. */
    private static Map<String, String> dates(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream()
                .collect(Collectors.toMap(d -> doc.text().substring(d.start(), d.end()), DateMention::value, (a, b) -> a));
    }

    /** Each quantity's surface and value. */
    private static Map<String, BigDecimal> quantities(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream()
                .collect(Collectors.toMap(q -> doc.text().substring(q.start(), q.end()), Quantity::value, (a, b) -> a));
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertTrue(actual != null && actual.compareTo(new BigDecimal(expected)) == 0, expected + " vs " + actual);
    }

    @Test
    void chineseAgencyDatelinesInEitherScript() {
        Document cns = run(null, "中新社香港5月12日电 （记者 王强 刘芳）香港特区政府今天公布最新数据。\n第二段。\n");
        assertEquals("中新社香港5月12日电", dateline(cns));
        assertEquals(List.of("王强", "刘芳"), byline(cns));
        // the dateline gives no year and nothing dates the text: the publication day and "today" stay year-less
        assertEquals("--05-12", of(cns, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        assertEquals("--05-12", dates(cns).get("今天"));

        Document crn = run("2021-06-01", "中評社台北6月1日電（記者 黃文杰）台灣本週新增確診病例300例。\n內容。\n");
        assertEquals("中評社台北6月1日電", dateline(crn));
        assertEquals(List.of("黃文杰"), byline(crn));
        assertEquals("2021-05-31/2021-06-06", dates(crn).get("本週"));

        Document xinhua = run(null, "新华社北京二O一五年三月五日电（记者 张三）今年上半年，全国有约1200万人次出境旅游。\n更多内容。\n");
        assertEquals("2015-03-05", of(xinhua, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        assertEquals("2015-01/2015-06", dates(xinhua).get("今年上半年"));
        assertTrue(quantities(xinhua).keySet().stream().noneMatch(k -> k.contains("半年")), "上半年 is a date, not half a year");
    }

    @Test
    void centralNewsAgencyNamesItsReporterInsideTheDayOnlyDateline() {
        Document doc = run("2019-11-05", "（中央社記者陳家倫台北5日電）立法院今天三讀通過法案，預計明年上路，受惠人數約120萬人。上週五，院長表示支持。\n內容。\n");
        assertEquals("（中央社記者陳家倫台北5日電）", dateline(doc));
        assertEquals("台北", of(doc, StructureKind.DATELINE).get(0).attribute("place"));
        assertEquals(List.of("陳家倫"), byline(doc));
        Map<String, String> dates = dates(doc);
        assertEquals("2019-11-05", dates.get("今天"));
        assertEquals("2020", dates.get("明年"));
        assertEquals("2019-11-01", dates.get("上週五"));
        assertValue("1200000", quantities(doc).get("120萬人"));
    }

    @Test
    void aPlaceAndADayInParenthesesAndBareDaysOfAYearlessDateline() {
        // the Chinese press of Malaysia: place and day, no outlet
        Document kk = run(null, "（古晋15日讯）州政府说，新的渡轮服务将于下月开始。\n内容。\n");
        assertEquals("（古晋15日讯）", dateline(kk));
        assertEquals("古晋", of(kk, StructureKind.DATELINE).get(0).attribute("place"));
        // a dateline without a year: the bare days of the story stay in its month, year-less
        Document xinhua = run(null, "新华社开罗3月9日电（记者 李明）展览于8日开幕。筹备工作始于28日。\n内容。\n");
        assertEquals("--03-09", of(xinhua, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        Map<String, String> dates = dates(xinhua);
        assertEquals("--03-08", dates.get("8日"));
        assertEquals("--02-28", dates.get("28日"), "a day later than the dateline's is of the month before");
        assertTrue(!dates.containsKey("9日"), "the dateline's own day is read once, with its month: " + dates);
    }

    @Test
    void anArchivePhotosDateFixesNoYearAndABareDayIsTheDayNamedInFull() {
        // written for this test, in the shape of a science story with archive photographs
        Document doc = run(null, "流星雨14日迎来极大\n新华社天津12月12日电（记者 李明）流星雨将在12月14日迎来极大。\n"
                + "天文爱好者王芳2020年12月13日在天津拍摄的流星雨。\n流星雨可以从12月4日持续到17日。\n14日为农历十一月十一，月光会干扰观测。\n");
        assertEquals("--12-12", of(doc, StructureKind.PUBLICATION_DATE).get(0).attribute("value"),
                "a photograph's date is when it was taken, not a dated event of the story");
        Map<String, String> dates = dates(doc);
        assertEquals("--12-14", dates.get("14日"), "the day the story names in full, not the 14th of the month before: " + dates);
        assertEquals("--12-04", dates.get("12月4日"), "the photograph's year does not carry to the story's dates: " + dates);
        // with a full publication date too
        Document full = run("2021-12-12", "新华社天津12月12日电 流星雨将在12月14日迎来极大。\n14日月光较亮。展览始于3日。\n");
        assertEquals("2021-12-14", dates(full).get("14日"));
        assertEquals("2021-12-03", dates(full).get("3日"));
    }

    @Test
    void bracketedAndUndatedOpeningsOfAnyOutlet() {
        Document epoch = run("2019-11-19", "【大紀元2019年11月19日訊】（大紀元記者李明報導）週二晚間，數千人聚集。\n內容。\n");
        assertEquals("【大紀元2019年11月19日訊】", dateline(epoch));
        assertEquals(List.of("李明"), byline(epoch));
        assertEquals("2019-11-19", dates(epoch).get("週二"));
        assertTrue(quantities(epoch).isEmpty(), "数千人 is vague: " + quantities(epoch));

        Document cctv = run("2021-06-01", "央视网消息（新闻联播）：今日，国务院召开常务会议。\n内容。\n");
        assertEquals("央视网消息", dateline(cctv));
        assertEquals(List.of(), byline(cctv), "a programme in brackets is no writer");
        assertEquals("2021-06-01", dates(cctv).get("今日"));

        Document local = run("2021-06-01", "本报讯（记者 王五 通讯员 赵六）昨日，市政府召开新闻发布会。\n内容。\n");
        assertEquals("本报讯", dateline(local));
        assertEquals(List.of("王五", "赵六"), byline(local));
        assertEquals("2021-05-31", dates(local).get("昨日"));
    }

    @Test
    void creditLinesAndPhotoCredits() {
        Document paper = run("2020-07-08", "澎湃新闻记者 张三 实习生 李四\n7月7日，上海发布通知，前三季度全市GDP同比增长5%。\n");
        assertEquals(List.of("张三", "李四"), byline(paper));
        assertEquals("2020-01/2020-09", dates(paper).get("前三季度"));
        Document credit = run("2021-06-01", "文/图 记者 孙七\n5月30日下午，活动在市中心举行，吸引了上千名市民参加。\n");
        assertEquals(List.of("孙七"), byline(credit));
        assertValue("1000", quantities(credit).get("上千名"));
        // a closing credit in traditional script whose verb ends the line: the verb is no writer
        Document closing = run("2021-06-01", "港府昨日公布最新數據，失業率回落。\n他表示會繼續留意形勢。\n記者 張家豪 報道\n");
        assertEquals(List.of("張家豪"), byline(closing));
    }

    @Test
    void englishWireDatelines() {
        assertEquals("WASHINGTON (Reuters) -", dateline(run("2019-11-19", "WASHINGTON (Reuters) - Lawmakers voted on Tuesday.\nMore.\n")));
        assertEquals("BEIJING, Nov. 19 (Xinhua) --", dateline(run("2019-11-19", "BEIJING, Nov. 19 (Xinhua) -- Exports rose.\nMore.\n")));
        assertEquals("TAIPEI (CNA) --", dateline(run("2019-11-19", "TAIPEI (CNA) -- Taiwan reported 12 new cases.\nMore.\n")));
        assertEquals("PARIS (AFP) -", dateline(run("2019-11-19", "PARIS (AFP) - Workers went on strike Tuesday.\nMore.\n")));
        // VOA writes a hyphen; a wire whose place the page cut still opens with its name
        assertEquals("WASHINGTON -", dateline(run("2019-11-19", "WASHINGTON - The Senate voted Tuesday to approve it.\nMore.\n")));
        assertEquals("(Reuters) —", dateline(run("2019-11-19", "(Reuters) — The company said it would cut jobs.\nMore.\n")));
        assertEquals("", dateline(run("2019-11-19", "BREAKING - The Senate voted Tuesday to approve it.\nMore.\n")));
        Document byName = run("2019-11-19", "By Jane Smith and Tom Brown\nNEW YORK, Nov 19 (Reuters) - Stocks rose on Tuesday.\nMore.\n");
        assertEquals(List.of("Jane Smith", "Tom Brown"), byline(byName));
        assertEquals("2019-11-19", of(byName, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
    }

    @Test
    void aColonAfterAKnownPlaceAndAPressReleasePlaceLineAreDatelines() {
        // written for this test: Indian and Gulf papers end the place with a colon, press releases give it a line of its own
        assertEquals("NEW DELHI:", dateline(run("2019-11-20", "NEW DELHI: The minister said on Wednesday that talks would resume.\nMore.\n")));
        assertEquals("Washington, DC, United States:", dateline(run("2019-11-20",
                "Washington, DC, United States: Getting a lander to the Moon is hard.\nMore.\n")));
        assertEquals("GENEVA, SWITZERLAND", dateline(run("2019-11-20", "GENEVA, SWITZERLAND\n\nAcme today announced a partnership.\n")));
        // a colon also ends labels and summaries: only a known place counts before it; a line in capitals needs one too
        assertEquals("", dateline(run("2019-11-20", "UPDATE: The minister said on Wednesday that talks would resume.\nMore.\n")));
        assertEquals("", dateline(run("2019-11-20", "SPOILER WARNING: The finale kills everyone.\nMore.\n")));
        assertEquals("", dateline(run("2019-11-20", "CLICK HERE, FRIENDS\n\nThe results are in.\n")));
    }

    @Test
    void aWireCreditClosingTheStoryNamesItsReporters() {
        // written for this test, in the shape Reuters closes its stories: reporters are authors, editors are not
        Document doc = run("2019-11-19", "WASHINGTON (Reuters) - Scientists unveiled a map on Monday.\nMore text.\n\n"
                + "(Reporting by Jane Smith in Washington and Tom Green; Editing by Mary Brown)\n");
        assertEquals(List.of("Jane Smith", "Tom Green"), byline(doc));
        assertEquals(List.of("Ann Lee"), byline(run("2019-11-19", "Prices rose.\n(Writing by Ann Lee; Editing by Bo Chan)\n")));
        // brackets that credit no list of names give no byline
        assertEquals(List.of(), byline(run("2019-11-19", "Prices rose.\n(Reporting by our staff; Editing by Bo Chan)\n")));
    }

    @Test
    void interviewLabels() {
        Document qa = run("2021-06-01", "问：今年的工作重点是什么？\n答：主要有三个方面。\n问：下一步怎么做？\n答：继续推进。\n");
        assertEquals(List.of("question", "answer", "question", "answer"),
                of(qa, StructureKind.TURN).stream().map(t -> t.attribute("role")).toList());
        // the points of an answer are counted things with their noun as the unit (the gold format's counted noun)
        assertEquals(Map.of("三个方面", BigDecimal.valueOf(3)), quantities(qa));
        Document press = run("2021-06-01", "路透社记者：请问中方对此有何评论？\n赵立坚：我们已多次表明立场。\n法新社记者：还有一个问题。\n赵立坚：请你提问。\n");
        List<StructureSpan> turns = of(press, StructureKind.TURN);
        assertEquals(List.of("question", "answer", "question", "answer"), turns.stream().map(t -> t.attribute("role")).toList());
        assertEquals(turns.get(1).attribute("speaker_key"), turns.get(3).attribute("speaker_key"));
        Document english = run("2019-11-19", "Q: What did you expect?\nA: Nothing like this.\nQ: And now?\nA: We will see.\n");
        assertEquals(4, of(english, StructureKind.TURN).size());
        Document dotted = run("2019-11-19", "Q. What did you expect?\nA. Nothing like this.\nQ. And now?\nA. We will see.\n");
        assertEquals(List.of("question", "answer", "question", "answer"),
                of(dotted, StructureKind.TURN).stream().map(t -> t.attribute("role")).toList());
    }

    @Test
    void speakersNamedOnceThenByNameOrSurname() {
        List<String> texts = List.of(
                "记者：请介绍一下情况。\n外交部发言人赵立坚：我们已多次表明立场。\n记者：还有什么补充？\n赵立坚：没有了。\n",
                "主持人：欢迎您来到节目。\n张教授：谢谢邀请。\n主持人：您怎么看？\n张：我认为还需要观察。\n",
                "Reporter: What happened next?\nDr. Jane Smith: We saw the results improve.\nReporter: Will it last?\nSmith: I think so.\n");
        for (String text : texts) {
            List<StructureSpan> turns = of(run("2021-06-01", text), StructureKind.TURN);
            assertEquals(List.of("question", "answer", "question", "answer"), turns.stream().map(t -> t.attribute("role")).toList(), text);
            assertEquals(turns.get(1).attribute("speaker_key"), turns.get(3).attribute("speaker_key"), text);
        }
    }

    @Test
    void aMonthLongPastThatTheSentenceSetsAheadIsNextYears() {
        // written for this test: "is set to" and "go on sale" put a month in the future, as "will" does
        Map<String, String> d = dates(run("2019-11-20", "The new hatchback is set to go on sale in Canada in late February.\n"));
        assertEquals("2020-02", d.get("February"), d.toString());
        Map<String, String> e = dates(run("2019-11-20", "Dealers say the wagon could go on sale in March.\n"));
        assertEquals("2020-03", e.get("March"), e.toString());
    }

    @Test
    void relativeDatesInEnglishResolveAgainstThePublicationDay() {
        Document doc = run("2019-11-20", "The company said on Tuesday that revenue in the first quarter rose 12%, and last week it hired 350 "
                + "engineers. Smith joined in March. Shares fell earlier this month. The plant will close by January. "
                + "It expects growth next year, as in fiscal 2018. Crews expect containment by mid-December. "
                + "The budget approved by lawmakers in April still holds. Sales began last Tuesday.\n");
        Map<String, String> d = dates(doc);
        assertEquals("2019-11-19", d.get("Tuesday"));
        assertEquals("2019-01/2019-03", d.get("the first quarter"));
        assertEquals("2019-11-11/2019-11-17", d.get("last week"));
        assertEquals("2019-03", d.get("March"));
        assertEquals("2019-11", d.get("this month"));
        assertEquals("2020-01", d.get("January"), "a month long past that the sentence puts ahead is next year's");
        assertEquals("2020", d.get("next year"));
        assertEquals("2018", d.get("2018"));
        assertEquals("2019-12", d.get("December"));
        assertEquals("2019-04", d.get("April"), "\"approved by lawmakers\" is no deadline");
        assertEquals("2019-11-12", d.get("last Tuesday"), "last week's Tuesday, as 上周二, not yesterday");
        Document game = run("2019-11-20", "The Eagles scored 24 points in the third quarter and led at the first half.\n");
        assertTrue(dates(game).isEmpty(), "periods of a game are no dates: " + dates(game));
        // written for this test: a fixture in the present tense is ahead (nearest would be the Saturday past, 11-16)
        Document fixture = run("2019-11-19", "The Gophers (9-1, 6-1) play Saturday against the Wildcats.\n");
        assertEquals("2019-11-23", dates(fixture).get("Saturday"));
        // written for this test: a trailing seven days and the week before a told event are no calendar weeks
        Document spans = run("2019-11-20", "The shares lost 9% in the past week. The founder had resigned the previous week. "
                + "Prices rose last week.\n");
        assertEquals(Map.of("last week", "2019-11-11/2019-11-17"), dates(spans));
        Document noYear = run(null, "He said on Tuesday that sales rose in March.\n");
        assertTrue(dates(noYear).isEmpty(), "without a publication date relative dates are not guessed: " + dates(noYear));
    }

    @Test
    void chineseRelativeDatesAndTheYearOfTheNarrative() {
        Document doc = run("2022-02-14", "去年全市GDP达到1.2万亿元。本周三将召开会议，昨晚已有代表报到。下半年计划投资。"
                + "2004年9月，公司成立。今年5月，双方签署协议。6月21日，代表团抵达广州。光明日报报道了此事。时至今日仍有影响。\n");
        Map<String, String> d = dates(doc);
        assertEquals("2021", d.get("去年"));
        assertEquals("2022-02-16", d.get("本周三"));
        assertEquals("2022-02-13", d.get("昨晚"));
        assertEquals("2022-07/2022-12", d.get("下半年"));
        // "今年5月" after "2004年9月" brings the narrative back to the publication year
        assertEquals("2022-06-21", d.get("6月21日"));
        assertTrue(!d.containsKey("明日") && !d.containsKey("今日"), "光明日报 and 时至今日 are no days: " + d);
        Document review = run("2022-02-14", "会议通报了2021年度考核结果。2月7日，全市召开大会。\n");
        assertEquals("2022-02-07", dates(review).get("2月7日"), "an annual review's year is not the narrative's");
    }

    @Test
    void quantitiesEnglish() {
        Document doc = run("2019-11-20", "Smith, 45, joined the plant, which employs 1,850. Some 2,000 of its 5,500 workers voted. "
                + "It plans to sell 20 to 30 stores. Analysts said 3 of the 10 largest banks agreed. The governor, 62, visited. "
                + "Nine of the 12 counties reported damage. Emirates ordered 30 of Boeing's 787-9 Dreamliner jets and 50 Airbus "
                + "A350-900 jets; its fleet of roughly 400 737 Max jets stays grounded. Officials received 911 calls. "
                + "It goes from 0-60 mph in 5 seconds on 22-inch wheels. A 8-year-old girl was rescued.\n");
        Map<String, BigDecimal> q = quantities(doc);
        assertValue("45", q.get("45"));
        assertValue("62", q.get("62"));
        assertValue("8", q.get("8-year-old"));
        assertValue("1850", q.get("1,850"));
        assertValue("2000", q.get("2,000"));
        assertValue("20", q.get("20"));
        assertValue("3", q.get("3"));
        assertValue("9", q.get("Nine"));
        assertValue("30", q.get("30"));
        assertTrue(q.keySet().stream().anyMatch(k -> k.startsWith("50 Airbus")), q.toString());
        assertTrue(q.keySet().stream().anyMatch(k -> k.startsWith("400 737")), q.toString());
        assertTrue(q.keySet().stream().noneMatch(k -> k.startsWith("737") || k.startsWith("900") || k.startsWith("911")
                || k.equals("0")), q.toString());
        assertEquals("in", doc.layer(FactsLayers.QUANTITY).spans().stream()
                .filter(x -> doc.text().startsWith("22-inch", x.start())).findFirst().orElseThrow().unit());
    }

    @Test
    void yearsThatCloseARangeOrNameAStudyOrAnEarliestDate() {
        // written for this test: bare years are dates only where the words around them say so
        Document doc = run("2019-11-20", "The probe flew from 2004 to 2017. A 2018 study found ice, and a lander may "
                + "go as soon as 2023. The streak, dating back to 2007, ended. Sales rose to 2019 units.\n");
        Map<String, String> d = dates(doc);
        assertEquals("2004", d.get("2004"));
        assertEquals("2017", d.get("2017"));
        assertEquals("2018", d.get("2018"));
        assertEquals("2023", d.get("2023"));
        assertEquals("2007", d.get("2007"));
        assertTrue(!d.containsKey("2019"), "\"to\" makes a year only after \"from\" and a year: " + d);
    }

    @Test
    void peopleCountedByTheirNationality() {
        // written for this test: a count of people named by their country, not a count of teams or birds
        Document doc = run("2019-11-20", "Nearly 150 Indians flew home, after 300 Nigerians and 12 Pakistanis had left. "
                + "The 3 Pelicans won.\n");
        Map<String, BigDecimal> q = quantities(doc);
        assertValue("150", q.get("150 Indians"));
        assertValue("300", q.get("300 Nigerians"));
        assertValue("12", q.get("12 Pakistanis"));
        assertEquals("people", doc.layer(FactsLayers.QUANTITY).spans().stream()
                .filter(x -> doc.text().startsWith("150", x.start())).findFirst().orElseThrow().unit());
        assertTrue(q.keySet().stream().noneMatch(k -> k.contains("Pelicans")), q.toString());
    }

    @Test
    void indianAmountsInLakhsAndCroresAndThousandsWrittenK() {
        // written for this test, in the way Indian papers and US headlines write money
        Document doc = run("2019-11-20", "Each family paid agents Rs 24 lakh, and the firm raised Rs. 3.5 crore; "
                + "the ad campaign cost $449K. The unit, RS 10, was sold.\n");
        Map<String, BigDecimal> q = quantities(doc);
        assertValue("2400000", q.get("Rs 24 lakh"));
        assertValue("35000000", q.get("Rs. 3.5 crore"));
        assertValue("449000", q.get("$449K"));
        assertEquals("INR", doc.layer(FactsLayers.QUANTITY).spans().stream()
                .filter(x -> doc.text().startsWith("Rs 24", x.start())).findFirst().orElseThrow().unit());
        assertTrue(q.keySet().stream().noneMatch(k -> k.contains("RS 10")), q.toString());
    }

    @Test
    void quantitiesChineseInEitherScript() {
        Document doc = run("2021-06-01", "前三季度累计盈利3.5亿元，总额兩萬億元。市委五届二次全会提出“两个维护”。数十年来，这里发生了三个方面的变化，"
                + "有两个孩子和3名老人获救，上亿元资金到位，共进行了4轮谈判，他获得前三名。\n");
        Map<String, BigDecimal> q = quantities(doc);
        assertValue("350000000", q.get("3.5亿元"));
        assertValue("2000000000000", q.get("兩萬億元"));
        assertValue("2", q.get("两个"));
        assertValue("3", q.get("3名"));
        assertValue("100000000", q.get("上亿元"));
        assertValue("4", q.get("4轮"));
        assertValue("3", q.get("三个方面"));
        assertEquals(7, q.size(), "五届, 二次, “两个维护”, 数十年, 前三名 are no counts: " + q);
    }

    @Test
    void daysOfARelativeMonthAndDatesAsOfWhichAFigureStands() {
        // written for this test: 截至/截止到 ("as of") and 直到 close with 至/到 but open no range; 本月8日 is a day, not the month
        Document doc = run("2024-03-12", "截至3月10日，全市已接种疫苗120万剂。截止到2月底，贷款余额为10亿元。本月8日，国防部宣布了军售计划。"
                + "上月20日，该公司发布公告。新规下月1日起施行。1月至3月，出口增长。本月中旬将公布结果。\n");
        Map<String, String> d = dates(doc);
        assertEquals("2024-03-10", d.get("3月10日"), d.toString());
        assertEquals("2024-02", d.get("2月底"), d.toString());
        assertEquals("2024-03-08", d.get("本月8日"), d.toString());
        assertEquals("2024-02-20", d.get("上月20日"), d.toString());
        assertEquals("2024-04-01", d.get("下月1日"), d.toString());
        assertEquals("2024-03", d.get("本月"), d.toString());
        assertTrue(!d.containsKey("3月"), "the end of a range stays out: " + d);
    }

    @Test
    void distancesBackInTimeAreDatesNotDurations() {
        // written for this test: "two months ago" is a point in time (the gold's convention), "barely a week ago" too rough for one
        Document doc = run("2024-03-12", "In January, the city spent $1.5 million. The mayor took office two months ago, and the "
                + "report came out a week ago. Two years ago the plant closed. Barely a week ago, the team had lost three games. "
                + "The deal runs through 2026. It fits the 2012 through 2015 models. Since the two countries established ties "
                + "33 years ago, trade has grown.\n");
        Map<String, String> d = dates(doc);
        assertEquals("2024-01", d.get("January"), "a sentence may open with its preposition: " + d);
        assertEquals("2024-01", d.get("two months ago"), d.toString());
        assertEquals("2024-03-05", d.get("a week ago"), d.toString());
        assertEquals("2022-03", d.get("Two years ago"), "a distance in years points at a month too: " + d);
        assertEquals("2026", d.get("2026"), d.toString());
        assertTrue(!d.containsKey("2015"), "model years are no dates: " + d);
        assertTrue(d.keySet().stream().noneMatch(k -> k.contains("Barely") || k.equals("week ago")), d.toString());
        Map<String, BigDecimal> q = quantities(doc);
        assertTrue(q.keySet().stream().noneMatch(k -> k.contains("months") || k.contains("Two years")), "no durations: " + q);
        // "since … 33 years ago" counts the years since: a duration, no date
        assertValue("33", q.get("33 years"));
        assertTrue(!d.containsKey("33 years ago"), d.toString());
        assertValue("3", q.get("three games"));
    }

    @Test
    void agesNamedByTheWordAge() {
        // written for this test: an age after "aged" or set off as ", age N"; "people age 12 and older" names no one's age
        Map<String, BigDecimal> q = quantities(run("2024-03-12", "The victim, aged 23, died. Smith, age 60, retired. A man aged 45 "
                + "was arrested. The poll counted 12,000 people age 12 and older.\n"));
        assertValue("23", q.get("23"));
        assertValue("60", q.get("60"));
        assertValue("45", q.get("45"));
        assertTrue(!q.containsKey("12") && !q.containsKey("2"), q.toString());
    }

    @Test
    void anAgeThresholdIsAnAgeWithItsBound() {
        // written for this test: "aged 30 or over" is at least 30 years, as "at least" is more_than in the gold's rules
        Document doc = run("2024-03-12", "Half of the riders were aged 30 or over, and a tenth were aged 18 or under.\n");
        Map<String, Quantity> byText = doc.layer(FactsLayers.QUANTITY).spans().stream()
                .collect(Collectors.toMap(x -> doc.text().substring(x.start(), x.end()), x -> x, (a, b) -> a));
        assertValue("30", byText.get("30").value());
        assertEquals(Approx.MORE_THAN, byText.get("30").approx());
        assertEquals("years", byText.get("30").unit());
        assertValue("18", byText.get("18").value());
        assertEquals(Approx.LESS_THAN, byText.get("18").approx());
    }

    @Test
    void anEnglishPlaceOpeningBelowAHeadlineOrByline() {
        // written for this test: web pages keep the headline, the byline and a time stamp above the dateline
        Document doc = run("2024-03-12", "Storm hits coast\nBy Anna Lee, CNN\nUpdated 10:15 AM EDT, Tue March 12, 2024\n"
                + "MIAMI — A storm hit the coast on Monday.\nMore text.\n");
        assertEquals("MIAMI —", dateline(doc));
        assertEquals(List.of("Anna Lee"), byline(doc), "the outlet after the name writes nothing");
        assertEquals("LOS ANGELES —", dateline(run("2024-03-12", "By Maria Garcia and David Chen\nLOS ANGELES — Home prices rose 6%.\nMore.\n")));
        assertEquals("HAYWARD, Calif. —", dateline(run("2024-03-12", "Teachers strike\nHAYWARD, Calif. — Teachers walked out.\nMore.\n")));
        // below a headline a subhead in capitals is no place, and nothing below a paragraph of prose is an opening
        assertEquals("", dateline(run("2024-03-12", "League news\nNFL — The league said on Monday.\nMore text.\n")));
        assertEquals("", dateline(run("2024-03-12", "The council met on Monday.\nMIAMI — A storm hit the coast.\nMore text.\n")));
    }

    @Test
    void bylinesOfOtherOutletsShapes() {
        // written for this test, in the shapes wires, papers and journals credit their writers
        assertEquals(List.of("John Miller"), byline(run("2024-03-12", "Senate passes bill\nJohn Miller, Reuters\nLawmakers voted.\n")));
        assertEquals(List.of(), byline(run("2024-03-12", "Senate passes bill\nNew York, Reuters\nLawmakers voted.\n")));
        assertEquals(List.of("Tom Brown"), byline(run("2024-03-12", "By Tom Brown, Staff Writer\nLawmakers voted.\n")));
        assertEquals(List.of("Kevin Yao", "Ella Cao"), byline(run("2024-03-12",
                "Chinese shares fell on Tuesday.\n\nReporting by Kevin Yao and Ella Cao; Editing by Sam Holmes\n")));
        assertEquals(List.of("Kevin Yao", "Ella Cao", "Ann Wang"), byline(run("2024-03-12", "Chinese shares fell on Tuesday.\n\n"
                + "(Reporting by Kevin Yao in Beijing and Ella Cao in Shanghai; Additional reporting by Joe Cash; Writing by Ann Wang; "
                + "Editing by Sam Holmes)\n")), "reporters and writers, not additional reporters or editors");
        assertEquals(List.of("钱伟", "毛佳"), byline(run("2024-03-12", "（记者 钱伟 见习记者 毛佳）3月11日，市民王女士向本报反映。\n内容。\n")));
        assertEquals(List.of(), byline(run("2024-03-12", "（图文无关）3月11日，市民王女士向本报反映。\n内容。\n")),
                "brackets opening the text must call the names reporters");
        assertEquals(List.of("周明", "吴芳", "郑强"), byline(run("2024-03-12",
                "某报3月11日讯（全媒体记者 周明 吴芳 通讯员 郑强 摄影 孙亮）今天上午，展会开幕。\n内容。\n")),
                "a photographer after 摄影 credits the photographs, not the writing");
        assertEquals(List.of("王磊"), byline(run("2024-03-12", "来源：人民日报 作者：王磊\n内容在此。\n")));
        assertEquals(List.of("赵培"), byline(run("2024-03-12", "物流配送研究\n作者: 赵 培：某物资学院，北京\n摘要: 本文研究物流。\n")));
    }

    @Test
    void bracketedOpeningsCompiledOrFeatured() {
        // written for this test: 综合报道 ("compiled") and 特稿 ("feature") close an outlet's opening in brackets too
        Document global = run("2024-03-12", "【环球时报综合报道】据美国媒体11日报道，美国国防部本月8日宣布了一项军售计划。\n更多内容。\n");
        assertEquals("【环球时报综合报道】", dateline(global));
        assertEquals("环球时报", of(global, StructureKind.DATELINE).get(0).attribute("agency"));
        assertEquals("2024-03-08", dates(global).get("本月8日"));
        assertEquals("【新华社特稿】", dateline(run("2024-03-12", "【新华社特稿】美国一名男子日前被判处5年监禁。\n内容。\n")));
    }
}
