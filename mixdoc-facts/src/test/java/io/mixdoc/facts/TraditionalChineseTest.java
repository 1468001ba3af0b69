package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Deadline;
import io.mixdoc.Document;
import io.mixdoc.text.Simplified;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every stage that reads Chinese finds in traditional characters what it finds in simplified ones, at the same
 * offsets into the original text, and names what it found as the text writes it. Each text is written twice for
 * this test, by hand: once in simplified characters, once in traditional ones, character for character.
 */
class TraditionalChineseTest {
    private static Document run(String text) {
        return TestData.pipeline().run(Document.of("t", text).withMetadata("page_date", "2015-03-08"));
    }

    /** Runs both writings and checks that every layer of facts agrees; returns the traditional document. */
    private static Document sameFacts(String simplified, String traditional) {
        assertEquals(simplified.length(), traditional.length(), "the two writings must align character for character");
        assertEquals(simplified, Simplified.sameLength(traditional, Deadline.none()), "the test's simplified text is HanLP's reading");
        Document s = run(simplified);
        Document t = run(traditional);
        assertEquals(structure(s, simplified), structure(t, traditional));
        assertEquals(mentions(s), mentions(t));
        assertEquals(entities(s), entities(t));
        assertEquals(spans(s.layer(FactsLayers.QUANTITY).spans(), q -> q.value().stripTrailingZeros().toPlainString() + " " + q.unit()),
                spans(t.layer(FactsLayers.QUANTITY).spans(), q -> q.value().stripTrailingZeros().toPlainString() + " " + q.unit()));
        assertEquals(spans(s.layer(FactsLayers.DATE).spans(), DateMention::value), spans(t.layer(FactsLayers.DATE).spans(), DateMention::value));
        return t;
    }

    /**
     * Each structure span with its offsets, kind, attributes and names read in simplified characters; a name
     * or attribute the traditional document reports must be written in its text as reported.
     */
    private static List<String> structure(Document doc, String text) {
        return doc.layer(FactsLayers.STRUCTURE).spans().stream().map(sp -> {
            for (String n : sp.names()) {
                assertTrue(text.contains(n), n + " is not written in the text");
            }
            for (String key : List.of("agency", "place", "reporter", "speaker")) {
                assertTrue(text.contains(sp.attribute(key)), sp.attribute(key) + " is not written in the text");
            }
            Map<String, String> a = new TreeMap<>();
            sp.attributes().forEach((k, v) -> a.put(k, Simplified.sameLength(v, Deadline.none())));
            return sp.start() + "-" + sp.end() + " " + sp.kind() + " " + a + " "
                    + sp.names().stream().map(n -> Simplified.sameLength(n, Deadline.none())).toList();
        }).toList();
    }

    private static List<String> mentions(Document doc) {
        return spans(doc.layer(FactsLayers.ENTITY_MENTION).spans(), m -> m.type().toString());
    }

    /** The mentions grouped by the entity they were linked to, as offsets. */
    private static List<List<String>> entities(Document doc) {
        return doc.layer(FactsLayers.ENTITY).spans().stream()
                .collect(Collectors.groupingBy(EntityMention::entity, TreeMap::new, Collectors.mapping(m -> m.start() + "-" + m.end(), Collectors.toList())))
                .values().stream().toList();
    }

    private static <T extends io.mixdoc.Span> List<String> spans(List<T> spans, java.util.function.Function<T, String> what) {
        return spans.stream().map(x -> x.start() + "-" + x.end() + " " + what.apply(x)).toList();
    }

    private static List<StructureSpan> of(Document doc, StructureKind kind) {
        return doc.layer(FactsLayers.STRUCTURE).spans().stream().filter(s -> s.kind() == kind).toList();
    }

    private static String surface(Document doc, io.mixdoc.Span s) {
        return doc.text().substring(s.start(), s.end());
    }

    private static boolean mentioned(Document doc, String surface, EntityType type) {
        return doc.layer(FactsLayers.ENTITY_MENTION).spans().stream().anyMatch(m -> surface(doc, m).equals(surface) && m.type() == type);
    }

    @Test
    void xinhuaDatelineBylineEndMarkAndCredits() {
        Document t = sameFacts(
                "新华社北京3月5日电（记者 王小明 李华）国务院总理在人民大会堂会见了来访的法国总统。双方就两国关系交换了意见。\n"
                        + "会见后，两国签署了三项合作文件，涉及金额约二十亿元。（完）\n责任编辑：张伟\n",
                "新華社北京3月5日電（記者 王小明 李華）國務院總理在人民大會堂會見了來訪的法國總統。雙方就兩國關係交換了意見。\n"
                        + "會見後，兩國簽署了三項合作文件，涉及金額約二十億元。（完）\n責任編輯：張偉\n");
        StructureSpan dateline = of(t, StructureKind.DATELINE).get(0);
        assertEquals("新華社北京3月5日電", surface(t, dateline));
        assertEquals("新華社", dateline.attribute("agency"));
        assertEquals(List.of("王小明", "李華"), of(t, StructureKind.BYLINE).get(0).names());
        assertEquals("（完）", surface(t, of(t, StructureKind.END_MARK).get(0)));
        assertEquals("責任編輯：張偉", surface(t, of(t, StructureKind.BOILERPLATE).get(0)));
        assertEquals("2015-03-05", of(t, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        assertTrue(mentioned(t, "新華社", EntityType.ORG) && mentioned(t, "北京", EntityType.PLACE) && mentioned(t, "李華", EntityType.PERSON));
        assertEquals(2, t.layer(FactsLayers.QUANTITY).spans().size(), "三項, 二十億元");
    }

    @Test
    void crnDatelineInChineseNumeralsAndTheDatesOfTheText() {
        Document t = sameFacts(
                "中评社香港二〇一五年三月八日电（记者 陈思远）香港特区政府昨日公布，去年全港共有约六万名旅客到访。\n"
                        + "政府表示，二〇一五年三月起将推出新措施。\n",
                "中評社香港二〇一五年三月八日電（記者 陳思遠）香港特區政府昨日公佈，去年全港共有約六萬名旅客到訪。\n"
                        + "政府表示，二〇一五年三月起將推出新措施。\n");
        StructureSpan dateline = of(t, StructureKind.DATELINE).get(0);
        assertEquals("中評社", dateline.attribute("agency"));
        assertEquals("香港", dateline.attribute("place"));
        assertEquals(List.of("陳思遠"), of(t, StructureKind.BYLINE).get(0).names());
        assertEquals("2015-03-08", of(t, StructureKind.PUBLICATION_DATE).get(0).attribute("value"));
        Map<String, String> dates = t.layer(FactsLayers.DATE).spans().stream()
                .collect(Collectors.toMap(d -> surface(t, d), DateMention::value, (a, b) -> a));
        assertEquals("2015-03-07", dates.get("昨日"));
        assertEquals("2015-03", dates.get("二〇一五年三月"));
        assertTrue(mentioned(t, "陳思遠", EntityType.PERSON));
    }

    @Test
    void interviewTurnsAndNoHeadlineOverAQuestion() {
        Document t = sameFacts(
                "问：您对今年的发展有什么看法？\n答：我们会继续扩大投资，预计增长两成。\n问：还有哪些计划？\n答：加强与欧洲企业的合作。\n",
                "問：您對今年的發展有什麼看法？\n答：我們會繼續擴大投資，預計增長兩成。\n問：還有哪些計劃？\n答：加強與歐洲企業的合作。\n");
        List<StructureSpan> turns = of(t, StructureKind.TURN);
        assertEquals(4, turns.size());
        assertEquals("問", turns.get(0).attribute("speaker"));
        assertEquals("question", turns.get(0).attribute("role"));
        assertEquals("answer", turns.get(1).attribute("role"));
        assertTrue(of(t, StructureKind.HEADLINE).isEmpty(), "a question opening the text is no headline");
    }

    @Test
    void aSpeakerNamedInFullThenBySurname() {
        Document t = sameFacts(
                "记者：这次展览有什么特点？\n陈国华：展品来自三个国家。\n记者：观众反应如何？\n陈：非常热烈。\n",
                "記者：這次展覽有什麼特點？\n陳國華：展品來自三個國家。\n記者：觀眾反應如何？\n陳：非常熱烈。\n");
        List<StructureSpan> turns = of(t, StructureKind.TURN);
        assertEquals(List.of("記者", "陳國華", "記者", "陳"), turns.stream().map(s -> s.attribute("speaker")).toList());
        assertEquals(turns.get(1).attribute("speaker_key"), turns.get(3).attribute("speaker_key"));
    }

    @Test
    void photoCreditIsACaptionNotAByline() {
        Document t = sameFacts(
                "市民周末走进博物馆参观新展。\n图为市民在展厅里参观。记者 王小明 摄\n本次展览将持续到五月底。\n",
                "市民週末走進博物館參觀新展。\n圖為市民在展廳裏參觀。記者 王小明 攝\n本次展覽將持續到五月底。\n");
        assertEquals("圖為市民在展廳裏參觀。記者 王小明 攝", surface(t, of(t, StructureKind.CAPTION).get(0)));
        assertTrue(of(t, StructureKind.BYLINE).isEmpty(), "a photo credit names no writer");
    }

    @Test
    void namesPlacesAndTheirLinkAcrossScripts() {
        Document t = sameFacts(
                "张学友昨晚在台北举行演唱会，吸引了来自台湾（Taiwan）各地的歌迷。张学友说，他很感谢歌迷的支持。",
                "張學友昨晚在臺北舉行演唱會，吸引了來自臺灣（Taiwan）各地的歌迷。張學友說，他很感謝歌迷的支持。");
        assertTrue(mentioned(t, "張學友", EntityType.PERSON));
        assertTrue(mentioned(t, "臺北", EntityType.PLACE));
        List<EntityMention> ms = t.layer(FactsLayers.ENTITY).spans();
        EntityMention zh = ms.stream().filter(m -> surface(t, m).equals("臺灣")).findFirst().orElseThrow();
        EntityMention en = ms.stream().filter(m -> surface(t, m).equals("Taiwan")).findFirst().orElseThrow();
        assertEquals(zh.entity(), en.entity(), "臺灣 and Taiwan are one place");
    }
}
