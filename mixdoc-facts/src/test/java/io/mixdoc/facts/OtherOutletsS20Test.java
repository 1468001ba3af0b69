package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of session 20 (s20-zh), from Chinese news of other outlets; every text is written for the test. */
class OtherOutletsS20Test {
    private static List<String> dates(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream().map(d -> doc.cover(d) + "=" + d.value()).toList();
    }

    private static List<String> quantities(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream().map(q -> doc.cover(q) + "=" + q.value().toPlainString()).toList();
    }

    private static String publicationDate(Document doc) {
        return doc.layer(FactsLayers.STRUCTURE).spans().stream().filter(s -> s.kind() == StructureKind.PUBLICATION_DATE)
                .map(s -> s.attribute("value")).findFirst().orElse("");
    }

    @Test
    void fullWidthDigitsAreReadAsDigitsInDates() {
        Document doc = TestData.run("zh", "新华社南昌５月２２日电（记者王明）记者获悉，自２０１６年起，全省将新建两所学校。");
        assertEquals(List.of("５月２２日=--05-22", "２０１６年=2016"), dates(doc));
    }

    @Test
    void aBareDayRightAfterAYearlessDateTakesItsMonth() {
        // no year anywhere: 9日 follows 12月3日, so it is 9 December, not a day of the dateline's month before
        Document doc = TestData.run("zh", "新华社北京1月11日电 会谈11月29日在日内瓦开始，12月3日暂时休会，9日继续举行。");
        assertEquals(List.of("1月11日=--01-11", "11月29日=--11-29", "12月3日=--12-03", "9日=--12-09"), dates(doc));
    }

    @Test
    void theYearNamingAnEventsEditionIsADateAndFixesTheDatelinesYear() {
        Document doc = TestData.run("zh", "新华社河内12月12日电 12日上午，参加两军“和平救援-2021”联合演习的分队返回境内。");
        assertEquals(List.of("12月12日=2021-12-12", "12日=2021-12-12", "2021=2021"), dates(doc));
        assertEquals("2021-12-12", publicationDate(doc));
        // a year opening a summit's name, the summit opening the day before the dateline
        Document summit = TestData.run("zh", "本报12月10日讯 9日，2021中部地区人才峰会在长沙开幕。");
        assertEquals("2021-12-10", publicationDate(summit));
    }

    @Test
    void aRoundMagnitudeBefore名CountsPeopleButNotInAnIdiomOfVeryMany() {
        Document doc = TestData.run("zh", "全省将培训万名乡村教师，邀请百名专家。边境部署了成千上万名士兵。");
        assertEquals(List.of("万名=10000", "百名=100"), quantities(doc));
    }

    @Test
    void theTermOfACentralCommitteeOrACongressIsNoCount() {
        Document doc = TestData.run("zh", "会议学习党的十九届六中全会精神和十三届全国人大的决定，他连续当选三届。");
        assertEquals(List.of("三届=3"), quantities(doc));
    }

    @Test
    void documentsAreCountedBy份() {
        Document doc = TestData.run("zh", "两国企业签署了13份合作谅解备忘录，并发布了一份报告。");
        assertEquals(List.of("13份=13"), quantities(doc));
    }

    @Test
    void sitesAfterTheHeadlineOfAPageTitleAreOutlets() {
        java.util.Set<String> m = TestData.mentions("茶博会开幕 - 视点头条 - 湖南日报网 - 华声在线\n本报讯 今天上午，博览会开幕。");
        assertEquals(true, m.contains("ORG 华声在线"), m.toString());
        assertEquals(false, m.stream().anyMatch(s -> s.contains("视点头条")), m.toString());
    }

    @Test
    void twoSyllablesAfterACountrysHeadOfStateAreAPerson() {
        java.util.Set<String> m = TestData.mentions("伊朗总统莱希11日在德黑兰说，谈判可以达成协议。莱希当天还会见了使节。美国总统马上作出回应。");
        assertEquals(true, m.contains("PERSON 莱希"), m.toString());
        assertEquals(false, m.contains("PERSON 马上"), m.toString());
    }

    @Test
    void fundsArmiesAndDepartmentsAfterAPlaceAreOrganisations() {
        java.util.Set<String> m = TestData.mentions("沙特阿拉伯公共投资基金将投入50亿美元。记者从江西省教育厅获悉，越南人民军捐赠了物资。"
                + "北京饭店大厅里，美国当局表示关注。");
        assertEquals(true, m.containsAll(java.util.List.of("ORG 沙特阿拉伯公共投资基金", "ORG 江西省教育厅", "ORG 越南人民军")), m.toString());
        assertEquals(false, m.stream().anyMatch(s -> s.endsWith("大厅") || s.endsWith("当局")), m.toString());
    }

    @Test
    void anOutletsChannelThatPublishesIsOneName() {
        java.util.Set<String> m = TestData.mentions("尼尔森发布的报告及央视财经发布的《中国青年消费报告》显示，年轻人负债增加。");
        assertEquals(true, m.contains("ORG 央视财经"), m.toString());
    }

    @Test
    void threeCharactersAfterAJobTitleAreANameWhereTheSentenceGoesOnAfterThem() {
        java.util.Set<String> m = TestData.mentions("学院讲座教授孙艺风宣读赞辞。孙艺风随后致辞。总局副局长兼参谋长阮雄胜在仪式上讲话。"
                + "专家解释说，部长王昊说明天再谈。");
        assertEquals(true, m.containsAll(java.util.List.of("PERSON 孙艺风", "PERSON 阮雄胜")), m.toString());
        assertEquals(false, m.contains("PERSON 解释说") || m.contains("PERSON 王昊说"), m.toString());
    }

    @Test
    void anOrganisationsThreeCharacterShortNameStandsForItWhereTheTextNamesItInFull() {
        java.util.Set<String> m = TestData.mentions("危机在海湾合作委员会峰会上解决。外交紧张影响了海合会的团结。中国会在明年举办论坛。");
        assertEquals(true, m.contains("ORG 海合会"), m.toString());
        assertEquals(false, m.stream().anyMatch(s -> s.contains("中国会")), m.toString());
    }

    @Test
    void aForeignProvinceCutByTheSegmenterIsWholeAndAVariantIsNoPlace() {
        java.util.Set<String> m = TestData.mentions("随着奥密克戎变种在南非的传播，南非豪登省的医生发现病症比德尔塔变种更轻。要弘扬苏州精神。");
        assertEquals(true, m.containsAll(java.util.List.of("PLACE 豪登省", "PLACE 南非", "PLACE 苏州")), m.toString());
        assertEquals(false, m.stream().anyMatch(s -> s.endsWith("德尔塔") || s.endsWith(" 登省") || s.endsWith("扬苏州")), m.toString());
    }

    @Test
    void aConventionCentreIsAPlace() {
        java.util.Set<String> m = TestData.mentions("第十三届茶业博览会在湖南国际会展中心举行。");
        assertEquals(true, m.contains("PLACE 湖南国际会展中心") || m.contains("FACILITY 湖南国际会展中心"), m.toString());
    }

    @Test
    void aShortFeaturesBracketedDatelineNamesItsAgencyAndBasisPointsAreAUnit() {
        Document doc = TestData.run("zh", "【新华社微特稿】美联储将利率上调10至25个基点。");
        java.util.Set<String> m = TestData.mentions("【新华社微特稿】美联储将利率上调10至25个基点。");
        assertEquals(true, m.contains("ORG 新华社") && !m.contains("ORG 新华社微"), m.toString());
        assertEquals(List.of("10=10", "25个基点=25"), quantities(doc));
        assertEquals(List.of("basis_points", "basis_points"), doc.layer(FactsLayers.QUANTITY).spans().stream().map(Quantity::unit).toList());
    }
}
