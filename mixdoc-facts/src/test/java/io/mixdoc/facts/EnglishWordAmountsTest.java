package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mixdoc.Document;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** English amounts written in words (s19-en): each sentence written for its rule, none taken from a gold page. */
class EnglishWordAmountsTest {
    private static Map<String, String> quantities(String text) {
        Document doc = TestData.pipeline().run(Document.of("words", text).withMetadata("page_date", "2024-03-12"));
        Map<String, String> q = new TreeMap<>();
        doc.layer(FactsLayers.QUANTITY).spans().forEach(s -> q.put(doc.text().substring(s.start(), s.end()),
                s.value().stripTrailingZeros().toPlainString() + " " + s.unit() + " " + s.approx()));
        return q;
    }

    @Test
    void tensJoinedToUnitsAreOneNumber() {
        Map<String, String> q = quantities("Thirty-two percent of voters agreed. Some twenty-five people came.\n");
        assertEquals("32 percent EXACT", q.get("Thirty-two percent"), q.toString());
        assertEquals("25 people ABOUT", q.get("twenty-five people"), q.toString());
        assertFalse(q.containsKey("Thirty-two"), q.toString());
    }

    @Test
    void aHalfJoinedToANumberOrAUnitIsAdded() {
        Map<String, String> q = quantities("She won by three-and-a-half points after more than an hour and a half of counting.\n");
        assertEquals("3.5 points EXACT", q.get("three-and-a-half points"), q.toString());
        assertEquals("1.5 hours MORE_THAN", q.get("more than an hour and a half"), q.toString());
    }

    @Test
    void aCountBeforeATimeWordKeepsItsNoun() {
        // the greedy modifier would take "times" and leave "this" as the noun
        Map<String, String> q = quantities("Members have met three times this year.\n");
        assertEquals("3 times EXACT", q.get("three times"), q.toString());
    }

    @Test
    void aProperAdjectiveMayPrecedeTheModifier() {
        Map<String, String> q = quantities("The debate had seven Republican presidential hopefuls on stage.\n");
        assertEquals("7 hopefuls EXACT", q.get("seven Republican presidential hopefuls"), q.toString());
    }
}
