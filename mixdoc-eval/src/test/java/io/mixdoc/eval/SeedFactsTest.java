package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.TestData;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The seed scored against its gold structure, quantities, dates and entities (the bar). */
class SeedFactsTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedMeetsTheBar() throws Exception {
        String text = Files.readString(TestData.seedText());
        JsonNode gold = JSON.readTree(Files.readString(TestData.seedGold()));
        Document doc = Mixdoc.standard().run("seed", text);
        FactsScorer.Report r = FactsScorer.score(gold, doc);
        System.out.println("Seed facts:\n" + r.format());

        assertEquals(12, r.turnsRight(), "turns with the right role");
        assertEquals(0, r.turnsExtra(), "extra turns");
        assertTrue(r.datelineFound(), "dateline");
        assertTrue(r.bylineAuthorsFound(), "byline authors");
        assertEquals(3, r.captionsFound(), "captions");
        assertTrue(r.endMarkFound(), "end mark");
        assertTrue(r.boilerplateFound(), "related-headline tail");
        assertEquals("2025-10-16", r.publicationDate());
        assertTrue(r.quantitiesRight() >= 14, "quantities " + r.quantitiesRight() + "/16");
        assertTrue(r.datesRight() >= 10, "dates " + r.datesRight() + "/12");
        assertTrue(r.linksRight() >= 9, "cross-language links " + r.linksRight() + "/10");
        assertTrue(r.entitiesFound() >= 20, "entities " + r.entitiesFound() + "/24");
    }
}
