package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is particular to news from Taiwan, Hong Kong and Macao, in traditional characters (team-written sentences). */
class TaiwanHongKongNewsTest {
    private static List<String> quantities(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream()
                .map(q -> doc.cover(q) + "=" + q.value().stripTrailingZeros().toPlainString() + " " + q.unit()).toList();
    }

    @Test
    void taiwanHongKongAndMacaoDollarsAreNotYuan() {
        Document doc = TestData.run("zh", "公司將投入新台幣12億元，另撥台幣5萬元；港府撥款港幣20億，又有澳門幣300萬及人民幣8億元。"
                + "門票每張150元港幣。");
        assertEquals(List.of("12億元=1200000000 TWD", "5萬元=50000 TWD", "20億=2000000000 HKD", "300萬=3000000 MOP",
                "8億元=800000000 CNY", "150元港幣=150 HKD"), quantities(doc));
    }

    @Test
    void dollarSignsWithALetterPrefixNameTheirCurrency() {
        Document doc = TestData.run("mixed", "The group raised NT$4.5 billion and HK$200 million, and paid MOP$30. 另有HK$5億。");
        assertEquals(List.of("NT$4.5 billion=4500000000 TWD", "HK$200 million=200000000 HKD", "MOP$30=30 MOP",
                "HK$5億=500000000 HKD"), quantities(doc));
    }

    @Test
    void aCurrencyNameBeforeASmallBareNumberIsNoAmount() {
        // "港币3" with no unit and no magnitude: too small to be read as money on the name's word alone
        Document doc = TestData.run("zh", "這是港幣3號文件。");
        assertEquals(List.of(), quantities(doc).stream().filter(q -> q.endsWith("HKD")).toList());
    }

    private static List<String> dates(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream().map(d -> doc.cover(d) + "=" + d.value()).toList();
    }

    @Test
    void yearsOfTheRepublicOfChinaAreGregorianYearsPlus1911() {
        Document doc = TestData.run("zh", "政府將在民國111年推出新計畫，條例自中華民國112年3月5日起施行；該校創立於民國前2年，"
                + "新制於113年7月1日上路。");
        assertEquals(List.of("民國111年=2022", "中華民國112年3月5日=2023-03-05", "民國前2年=1910", "113年7月1日=2024-07-01"), dates(doc));
        assertEquals(List.of(), quantities(doc), "a year of the Republic is no duration of 111 years");
    }

    @Test
    void aThreeDigitNumberOfYearsWithoutAMonthStaysADuration() {
        Document doc = TestData.run("zh", "這座廟已有150年歷史。");
        assertEquals(List.of("150年=150 years"), quantities(doc));
        assertEquals(List.of(), dates(doc));
        // after a word, three digits and 年 count years even with a month and day after them
        Document founded = TestData.run("zh", "學校成立120年5月4日舉行校慶。");
        assertEquals(List.of(), dates(founded), "no date of the year 2031");
    }

    @Test
    void bodiesNamedByTheirHeadsTitleAreOrganisationsAndTheHeadAPerson() {
        java.util.Set<String> m = TestData.mentions("行政院長林正雄今天表示，將與經濟部長吳淑芬在台北會面；財政司司長梁國華則說，特區政府會跟進。"
                + "民國111年的計畫不變。該部部長說明了細節。");
        assertEquals(java.util.Set.of("ORG 行政院", "PERSON 林正雄", "ORG 經濟部", "PERSON 吳淑芬", "ORG 財政司", "PERSON 梁國華",
                "ORG 特區政府", "PLACE 台北"), m);
    }
}
