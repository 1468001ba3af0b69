package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureStagesTest {
    private static List<StructureSpan> of(Document doc, StructureKind kind) {
        return doc.layer(FactsLayers.STRUCTURE).spans().stream().filter(s -> s.kind() == kind).toList();
    }

    private static String cover(Document doc, StructureSpan s) {
        return doc.text().substring(s.start(), s.end());
    }

    @Test
    void chineseAgencyArticleWithInterview() {
        String text = """
                新华社北京3月5日电（记者 王小明 李华）2024年2月28日，国家统计局发布公报，去年经济稳步回升。
                会场外景。新华社记者 张三 摄
                记者：您如何看待今年的经济形势？
                王毅：今年经济稳中向好，我们有信心。
                记者：下一步有何打算？
                王毅：继续推进改革开放。（完）
                冬季流感高发，专家提醒注意防护
                多地迎来降雪天气
                新能源汽车销量再创新高
                """;
        Document doc = TestData.run("zh", text);
        StructureSpan dateline = of(doc, StructureKind.DATELINE).get(0);
        assertEquals("新华社北京3月5日电", cover(doc, dateline));
        assertEquals("新华社", dateline.attribute("agency"));
        assertEquals("北京", dateline.attribute("place"));
        assertEquals(List.of("王小明", "李华"), of(doc, StructureKind.BYLINE).get(0).names());
        assertEquals("会场外景。新华社记者 张三 摄", cover(doc, of(doc, StructureKind.CAPTION).get(0)));
        List<StructureSpan> turns = of(doc, StructureKind.TURN);
        assertEquals(List.of("question", "answer", "question", "answer"), turns.stream().map(t -> t.attribute("role")).toList());
        assertEquals("王毅：", cover(doc, turns.get(1)));
        assertEquals("（完）", cover(doc, of(doc, StructureKind.END_MARK).get(0)));
        StructureSpan tail = of(doc, StructureKind.BOILERPLATE).get(0);
        assertTrue(cover(doc, tail).startsWith("冬季流感高发"), cover(doc, tail));
        assertEquals("related_headlines", tail.attribute("kind"));
        // the year comes from the latest dated event: 2024-02-28 is before March 5th
        assertEquals("2024-03-05", of(doc, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
    }

    @Test
    void xinhuaEnglishDatelineHeadlineAndCaption() {
        String text = """
                China, Kyrgyzstan vow closer ties
                BEIJING, Oct. 16 (Xinhua) -- Chinese and Kyrgyz officials met on Thursday to discuss railway cooperation.
                The two sides signed an agreement on Oct. 10, 2025, according to the ministry.
                A visitor views exhibits at a trade fair in Bishkek, Kyrgyzstan, Oct. 10, 2025. (Xinhua/Li Ming)
                Trade between the two countries keeps growing, officials said.
                """;
        Document doc = TestData.run("en", text);
        StructureSpan dateline = of(doc, StructureKind.DATELINE).get(0);
        assertEquals("BEIJING, Oct. 16 (Xinhua) --", cover(doc, dateline));
        assertEquals("Xinhua", dateline.attribute("agency"));
        assertEquals("BEIJING", dateline.attribute("place"));
        assertEquals("10", dateline.attribute("month"));
        assertEquals("16", dateline.attribute("day"));
        assertEquals("China, Kyrgyzstan vow closer ties", cover(doc, of(doc, StructureKind.HEADLINE).get(0)));
        assertEquals(1, of(doc, StructureKind.CAPTION).size());
        assertTrue(cover(doc, of(doc, StructureKind.CAPTION).get(0)).endsWith("(Xinhua/Li Ming)"));
        assertEquals("2025-10-16", of(doc, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        assertTrue(of(doc, StructureKind.TURN).isEmpty());
    }

    @Test
    void turnsAcrossLanguagesAndInTheMiddleOfALine() {
        String text = """
                Reporter: How do you see the cooperation between the two countries?
                张伟：合作成果丰硕。我们对未来充满信心。 记者：那么未来五年呢？
                Zhang Wei: We will keep working together.
                """;
        Document doc = TestData.run("mixed", text);
        List<StructureSpan> turns = of(doc, StructureKind.TURN);
        assertEquals(List.of("Reporter:", "张伟：", "记者：", "Zhang Wei:"), turns.stream().map(t -> cover(doc, t)).toList());
        assertEquals(List.of("question", "answer", "question", "answer"), turns.stream().map(t -> t.attribute("role")).toList());
        // the Chinese and the English label name the same speaker
        assertEquals(turns.get(1).attribute("speaker_key"), turns.get(3).attribute("speaker_key"));
    }

    @Test
    void agencyAsksTheQuestions() {
        String text = """
                Xinhua: How do you see the prospects of the railway?
                Kommasith: It will change the region.
                Xinhua: What comes next?
                Kommasith: More trains.
                """;
        Document doc = TestData.run("xinhua-qa", text);
        assertEquals(List.of("question", "answer", "question", "answer"),
                of(doc, StructureKind.TURN).stream().map(t -> t.attribute("role")).toList());
    }

    @Test
    void englishQandA() {
        String text = """
                Q: What is the biggest challenge?
                A: Funding. We need more of it.
                Q: And the next step?
                A: A new plant in the north.
                """;
        Document doc = TestData.run("qa", text);
        assertEquals(List.of("question", "answer", "question", "answer"),
                of(doc, StructureKind.TURN).stream().map(t -> t.attribute("role")).toList());
    }

    @Test
    void aProgrammesRoleLabelsAreNoTurns() {
        // team-written: a workshop programme whose lines name a host and discussants, nobody speaks
        String text = """
                青年学者研讨会议程
                9:00 开幕式
                主持人：东方大学商学院院长 林海教授
                第一组
                评论人：郑明（东方大学管理学院）许文（北江大学）
                第二组
                评论人：高远（北江大学经济系）
                主持人：许文（北江大学）
                """;
        Document doc = TestData.run("zh", text);
        assertTrue(of(doc, StructureKind.TURN).isEmpty(), "turns: " + of(doc, StructureKind.TURN));
    }

    @Test
    void articleWithoutStructureHasNoTurnsNoDatelineNoCaptions() {
        String text = """
                The city council met on Tuesday. Note: the meeting was public.
                他表示：这项计划将在明年实施。市长说：我们会认真听取意见。
                Officials said: the budget will grow. Critics said: it is not enough.
                一位居民说：“希望尽快落实。”
                """;
        Document doc = TestData.run("plain", text);
        for (StructureKind k : List.of(StructureKind.TURN, StructureKind.DATELINE, StructureKind.BYLINE, StructureKind.CAPTION,
                StructureKind.END_MARK, StructureKind.BOILERPLATE, StructureKind.PUBLICATION_DATE)) {
            assertTrue(of(doc, k).isEmpty(), k + ": " + of(doc, k));
        }
        assertEquals(4, of(doc, StructureKind.PARAGRAPH).size());
    }

    @Test
    @org.junit.jupiter.api.Tag(io.mixdoc.testkit.SharedData.TAG)
    void devDocumentsHaveNoFalseTurnsOrDatelines() throws Exception {
        // the dev set (../shared/eval/dev) is news without interviews or agency datelines: anything found there is a false alarm
        java.nio.file.Path dev = io.mixdoc.testkit.SharedData.dir("eval/dev");
        int turns = 0;
        int datelines = 0;
        for (int i = 0; i < 20; i++) {
            java.nio.file.Path file = dev.resolve(String.format("%04d.txt", i));
            Document doc = TestData.run(file.getFileName().toString(), java.nio.file.Files.readString(file));
            turns += of(doc, StructureKind.TURN).size();
            datelines += of(doc, StructureKind.DATELINE).size();
        }
        assertEquals(0, turns);
        assertEquals(0, datelines);
    }

    @Test
    void sampleDocumentsHaveNoFalseTurnsOrDatelines() throws Exception {
        // the team-written samples are news without interviews or agency datelines, as above
        for (java.nio.file.Path file : io.mixdoc.testkit.TestData.sampleDocs()) {
            Document doc = TestData.run(file.getFileName().toString(), java.nio.file.Files.readString(file));
            assertEquals(List.of(), of(doc, StructureKind.TURN), file.toString());
            assertEquals(List.of(), of(doc, StructureKind.DATELINE), file.toString());
        }
    }

    @Test
    void agencyDatelineTranslatedIntoEnglish() {
        String text = """
                China News Service, Urumqi, October 16th (Jia Zhipeng Chu Xu Liu Ying) Cooperation between the two countries is at its best.
                The ambassador visited a project on October 11, 2025. China News Service reporter Zhang San photo
                The Chinese side will keep supporting the railway. [End]
                """;
        Document doc = TestData.run("en-dateline", text);
        StructureSpan dateline = of(doc, StructureKind.DATELINE).get(0);
        assertEquals("China News Service", dateline.attribute("agency"));
        assertEquals("Urumqi", dateline.attribute("place"));
        assertEquals("16", dateline.attribute("day"));
        assertEquals(List.of("Jia Zhipeng", "Chu Xu", "Liu Ying"), of(doc, StructureKind.BYLINE).get(0).names());
        assertEquals("2025-10-16", of(doc, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        assertEquals(1, of(doc, StructureKind.CAPTION).size());
        assertEquals("[End]", cover(doc, of(doc, StructureKind.END_MARK).get(0)));
    }

    @Test
    void shareAndCreditLinesAreBoilerplateAndNamedReportersAskQuestions() {
        String text = """
                分享到：微信 微博
                记者 张三：您怎么看这个项目？
                李四：项目进展顺利。
                记者 张三：还有什么困难？
                李四：资金还需要落实。
                责任编辑：王五
                """;
        Document doc = TestData.run("share", text);
        assertEquals(List.of("share", "credits"), of(doc, StructureKind.BOILERPLATE).stream().map(b -> b.attribute("kind")).toList());
        assertEquals(List.of("question", "answer", "question", "answer"),
                of(doc, StructureKind.TURN).stream().map(t -> t.attribute("role")).toList());
    }

    @Test
    void speakerTitlesDoNotSplitASpeaker() {
        String text = """
                中新社记者：您如何评价两国关系？
                刘江平大使：两国关系处于历史最好时期。
                China News Service reporter: What do you expect next year?
                Ambassador Liu Jiangping: More cooperation.
                """;
        Document doc = TestData.run("titles", text);
        List<StructureSpan> turns = of(doc, StructureKind.TURN);
        assertEquals(4, turns.size());
        assertEquals(turns.get(1).attribute("speaker_key"), turns.get(3).attribute("speaker_key"));
    }

    @Test
    void englishDatelineWithoutDashNeedsAKnownAgency() {
        Document known = TestData.run("cns", "Urumqi, Oct. 16 (China News Service) Cooperation keeps growing.\nMore text follows here.\n");
        assertEquals("China News Service", of(known, StructureKind.DATELINE).get(0).attribute("agency"));
        Document unknown = TestData.run("plain", "Paris, May 3 (the day after) we met again.\nMore text follows here.\n");
        assertTrue(of(unknown, StructureKind.DATELINE).isEmpty());
    }

    @Test
    void plannedEventsDoNotMoveThePublicationYear() {
        String text = "新华社北京10月16日电 2025年9月20日，双方签署协议。2026年3月将举行下一届会议。\n更多内容。\n";
        Document doc = TestData.run("plan", text);
        assertEquals("2025-10-16", of(doc, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
    }

    @Test
    void eachPartIsItsOwnLayerAndTheStructureIsTheirUnion() {
        String text = "新华社北京3月5日电（记者 王小明）国家统计局发布公报，去年经济稳步回升。\n经济稳中向好。（完）\n"
                + "冬季流感高发，专家提醒注意防护\n多地迎来降雪天气\n新能源汽车销量再创新高\n";
        Document doc = TestData.run("parts", text);
        assertEquals(of(doc, StructureKind.BOILERPLATE), doc.layer(FactsLayers.BOILERPLATE).spans());
        assertEquals(of(doc, StructureKind.DATELINE), doc.layer(FactsLayers.DATELINE).spans());
        assertEquals(of(doc, StructureKind.PARAGRAPH), doc.layer(FactsLayers.PARAGRAPH).spans());
        assertEquals(1, doc.layer(FactsLayers.BOILERPLATE).spans().size());
        // the boilerplate needs only the end mark: asking for it runs two stages, not the whole structure
        assertEquals(List.of("end_mark", "boilerplate"),
                TestData.pipeline().producing(java.util.Set.of(FactsLayers.BOILERPLATE)).stageIds());
        Document boilerplateOnly = TestData.pipeline().producing(java.util.Set.of(FactsLayers.BOILERPLATE)).run("parts", text);
        assertEquals(doc.layer(FactsLayers.BOILERPLATE).spans(), boilerplateOnly.layer(FactsLayers.BOILERPLATE).spans());
        assertTrue(boilerplateOnly.find(FactsLayers.STRUCTURE).isEmpty());
    }

    @Test
    void aQuestionOrACreditOpeningTheTextIsNoHeadline() {
        Document interview = TestData.run("zh", "问：这项研究的主要发现是什么？\n答：我们发现气垫鞋并不能减少受伤。\n问：下一步做什么？\n答：继续观察。\n");
        assertTrue(of(interview, StructureKind.HEADLINE).isEmpty());
        Document byline = TestData.run("en", "By Jane Smith\nThe city council voted on Tuesday to close the bridge.\nResidents said they were surprised.\n");
        assertTrue(of(byline, StructureKind.HEADLINE).isEmpty());
        Document wrapped = TestData.run("zh", "二〇〇一年五月，我在杭州参加一个全省教学研讨\n\n会议。会议安排了一天时间游览西湖。那一天\n\n"
                + "正好下着小雨，我们都很高兴。\n");
        assertTrue(of(wrapped, StructureKind.HEADLINE).isEmpty());
        Document prose = TestData.run("zh", "雨会停的，但天未必放晴。晴天本来是等来的，但\n它有时不来。\n我们继续等待。\n");
        assertTrue(of(prose, StructureKind.HEADLINE).isEmpty());
        Document listed = TestData.run("zh", "一、招生对象：\n具有大学本科学历的在职人员。\n二、学习年限：三年。\n");
        assertTrue(of(listed, StructureKind.HEADLINE).isEmpty());
        Document titled = TestData.run("zh", "气垫鞋暗藏伤机\n早在今年2月，研究所就发出了警告。\n专家认为应当注意。\n");
        assertEquals("气垫鞋暗藏伤机", cover(titled, of(titled, StructureKind.HEADLINE).get(0)));
    }
}
