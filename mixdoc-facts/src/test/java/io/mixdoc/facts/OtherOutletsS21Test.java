package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of session 21 (s21-zh), from Chinese news of other outlets and translated news; every text is written for the test. */
class OtherOutletsS21Test {
    private static List<String> dates(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream().map(d -> doc.cover(d) + "=" + d.value()).toList();
    }

    private static List<String> quantities(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream().map(q -> doc.cover(q) + "=" + q.value().toPlainString()).toList();
    }

    @Test
    void arabicFiguresSetOffBySpacesStillTakeTheirUnit() {
        Document doc = TestData.run("zh", "昨晚在市中心有 12 人被捕，将近 500 人受伤，一名 35 岁的司机当场被抓。");
        assertEquals(List.of("12 人=12", "500 人=500", "35 岁=35"), quantities(doc));
    }

    @Test
    void aSpacedFigureAfterALatinWordOrAfter第IsNoCount() {
        Document doc = TestData.run("zh", "他买了三台 iPhone 11 部分机型不能升级，球队排在第 4 名。");
        assertEquals(List.of(), quantities(doc));
    }

    @Test
    void aSpanOfYearsMayEndInTwoDigits() {
        Document doc = TestData.run("zh", "他研究了1950-53年的那场战争，以及1998-02年的危机。");
        assertEquals(List.of("1950-53年=1950/1953", "1998-02年=1998/2002"), dates(doc));
        assertEquals(List.of(), quantities(doc));
    }

    @Test
    void aDateAfterAVerbEndingIn到OrAt至IsADateNotARangesEnd() {
        Document doc = TestData.run("zh", "部长提到6月12日的会谈，会议推迟至8月3日举行。展览从5月1日到5月9日开放。");
        // after a date, 到 closes a range whose end is no date of its own (as before)
        assertEquals(List.of("6月12日=--06-12", "8月3日=--08-03", "5月1日=--05-01"), dates(doc));
    }

    @Test
    void dottedForeignNamesTakeTheirWholeParts() {
        java.util.Set<String> m = TestData.mentions("律师迭戈·门多萨说，珍妮·史密斯和朱利叶斯·哈立德都来了，"
                + "安-洛尔·迪希特、黛博拉-李·弗内斯和卡迪·B也在场。");
        for (String name : List.of("迭戈·门多萨", "珍妮·史密斯", "朱利叶斯·哈立德", "安-洛尔·迪希特", "黛博拉-李·弗内斯", "卡迪·B")) {
            assertEquals(true, m.contains("PERSON " + name), name + " in " + m);
        }
    }

    @Test
    void anOutletJoinedToItsEditionByADotIsNoPerson() {
        java.util.Set<String> m = TestData.mentions("本文来自新闻·河南客户端，门户·李家村频道转载。");
        assertEquals(false, m.stream().anyMatch(s -> s.startsWith("PERSON") && s.contains("·")), m.toString());
    }

    @Test
    void aCountrysMinistryOrTopBodyIsOneOrganisation() {
        java.util.Set<String> m = TestData.mentions("美国财政部宣布制裁，台湾行政院表示反对。");
        assertEquals(true, m.contains("ORG 美国财政部"), m.toString());
        assertEquals(true, m.contains("ORG 台湾行政院"), m.toString());
        assertEquals(false, m.contains("PLACE 美国"), m.toString());
    }

    @Test
    void aConjunctionGluedAfterANameReadAloneElsewhereIsCutOff() {
        java.util.Set<String> m = TestData.mentions("政务委员唐凤和流亡英国的罗冠聪发言。唐凤在会上表示支持。");
        assertEquals(true, m.contains("PERSON 唐凤"), m.toString());
        assertEquals(false, m.contains("PERSON 唐凤和"), m.toString());
    }

    @Test
    void anOrdinalOrAPhraseClosedBy的IsNoPlace() {
        java.util.Set<String> m = TestData.mentions("罗冠聪也在第二天的峰会上发言，游客到处是的街道尘土遮天。");
        assertEquals(false, m.stream().anyMatch(s -> s.startsWith("PLACE")), m.toString());
    }

    @Test
    void aRoleNounBeforeABracketedForeignNameIsNoPartOfIt() {
        java.util.Set<String> m = TestData.mentions("法院将审理枪击案嫌疑人克罗夫特(Daniel Croft)的案件。克罗夫特拒不认罪，克罗夫特的律师表示失望。");
        assertEquals(true, m.contains("PERSON 克罗夫特"), m.toString());
        assertEquals(false, m.stream().anyMatch(s -> s.contains("嫌疑人")), m.toString());
    }

    @Test
    void unitedNationsOrgansAndPeninsulasNamedByAPlaceAreOneName() {
        java.util.Set<String> m = TestData.mentions("外长在联合国大会上发言，联合国安理会随后开会。他说朝鲜半岛局势缓和，联合国表示欢迎。");
        assertEquals(true, m.contains("ORG 联合国大会"), m.toString());
        assertEquals(true, m.contains("ORG 联合国安理会"), m.toString());
        assertEquals(true, m.contains("ORG 联合国"), m.toString());
        assertEquals(true, m.contains("PLACE 朝鲜半岛"), m.toString());
        assertEquals(false, m.contains("PLACE 朝鲜"), m.toString());
    }
}
