package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** English dates told relative to the publication (s19-en): each sentence written for its rule, none taken from a gold page. */
class EnglishRelativeDatesTest {
    private static Map<String, String> dates(String pageDate, String text) {
        Document doc = TestData.pipeline().run(Document.of("dates", text).withMetadata("page_date", pageDate));
        Map<String, String> d = new TreeMap<>();
        doc.layer(FactsLayers.DATE).spans().forEach(s -> d.put(doc.text().substring(s.start(), s.end()), s.value()));
        return d;
    }

    @Test
    void lastAndNextMonthAreTheNearestSuchMonth() {
        // written on 12 September 2024: last March is this year's, last October the year before; next May is next year's
        Map<String, String> d = dates("2024-09-12", "The plant closed last March and reopened last October. "
                + "The line restarts next May and the depot next November.\n");
        assertEquals("2024-03", d.get("March"), d.toString());
        assertEquals("2023-10", d.get("October"), d.toString());
        assertEquals("2025-05", d.get("May"), d.toString());
        assertEquals("2024-11", d.get("November"), d.toString());
    }

    @Test
    void theEndOfTheYearIsThePublicationYearsLastMonth() {
        Map<String, String> d = dates("2024-09-12", "The council hopes to finish the work before the end of the year.\n");
        assertEquals("2024-12", d.get("end of the year"), d.toString());
    }

    @Test
    void aYearAfterIntoIsADate() {
        Map<String, String> d = dates("2024-09-12", "The talks may drag on well into 2026, officials said.\n");
        assertEquals("2026", d.get("2026"), d.toString());
    }

    @Test
    void yearsAgoPointAtAMonth() {
        Map<String, String> d = dates("2024-09-12", "Four years ago, the mayor won by a landslide.\n");
        assertEquals("2020-09", d.get("Four years ago"), d.toString());
    }

    @Test
    void theLastWeekendOfSomethingIsNoWeekendBeforeThePublication() {
        // s21-en: "the last weekend of" names the end of another span, not the weekend before the page's day
        Map<String, String> d = dates("2024-09-12", "The prize is handed out in the last weekend of the fair.\n");
        assertEquals(null, d.get("last weekend"), d.toString());
        Map<String, String> past = dates("2024-09-12", "The fair closed last weekend after a rainy week.\n");
        assertEquals("2024-09-07/2024-09-08", past.get("last weekend"), past.toString());
    }
}
