package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** English amounts and dates of session 18 (s18-en): each sentence written for its rule, none taken from a gold page. */
class EnglishNewsAmountsTest {
    private static Document run(String pageDate, String text) {
        return TestData.pipeline().run(Document.of("amounts", text).withMetadata("page_date", pageDate));
    }

    private static Map<String, BigDecimal> quantities(Document doc) {
        return doc.layer(FactsLayers.QUANTITY).spans().stream()
                .collect(Collectors.toMap(q -> doc.text().substring(q.start(), q.end()), Quantity::value, (a, b) -> a));
    }

    private static java.util.List<String> dateValues(Document doc) {
        return doc.layer(FactsLayers.DATE).spans().stream().map(DateMention::value).toList();
    }

    @Test
    void aRangeWhoseSecondEndIsWrittenAsAnAgeGivesBothAges() {
        Map<String, BigDecimal> q = quantities(run("2024-03-12", "Pupils aged between 13 to 15-years-old took the test.\n"));
        assertTrue(q.containsKey("13") && q.get("13").compareTo(BigDecimal.valueOf(13)) == 0, q.toString());
        assertTrue(q.containsKey("15-years-old"), q.toString());
    }

    @Test
    void aNumberInsideAListsNameIsNoCount() {
        Map<String, BigDecimal> q = quantities(run("2024-03-12", "The agency served several Fortune 500 companies. About 300 people "
                + "came, and 40 firms signed up.\n"));
        assertTrue(q.keySet().stream().noneMatch(k -> k.startsWith("500")), q.toString());
        assertTrue(q.containsKey("300 people") && q.containsKey("40 firms"), q.toString());
    }

    @Test
    void thisWeekendInThePastTenseOnAWeekdayIsTheWeekendJustPast() {
        // 2024-03-12 is a Tuesday
        java.util.List<String> d = dateValues(run("2024-03-12", "Volunteers cleared the park this weekend, the council said.\n"
                + "The fair will open this weekend.\n"));
        assertEquals(java.util.List.of("2024-03-09/2024-03-10", "2024-03-16/2024-03-17"), d);
    }
}
