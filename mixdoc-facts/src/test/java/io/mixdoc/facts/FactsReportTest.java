package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.ReportSection;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The text report's facts section is found the way the CLI finds it, and shows the layers it reads. */
class FactsReportTest {
    @Test
    void theCliFindsTheSectionThroughServiceLoaderAndItShowsStructureAndFacts() throws Exception {
        List<ReportSection> sections = ServiceLoader.load(ReportSection.class).stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, sections.stream().filter(s -> s instanceof FactsReport).count(), sections.toString());
        Document doc = TestData.run("seed", TestData.read("data/seed/000_dc618c4d89af0b6a.txt"));
        StringBuilder b = new StringBuilder();
        new FactsReport().append(doc, b);
        String report = b.toString();
        assertTrue(report.contains("\nStructure:\n"), report);
        assertTrue(report.contains("  dateline     中新网乌鲁木齐10月16日电  (agency 中新网, place 乌鲁木齐, 10-16)"), report);
        assertTrue(report.contains("  published    2025-10-16"), report);
        assertTrue(!report.contains("(1 mentions"), report); // one mention is singular
        assertTrue(report.contains(" mention)") || report.contains(" mention;"), report);
        StringBuilder none = new StringBuilder();
        new FactsReport().append(Document.of("bare", "no layers"), none);
        assertEquals("", none.toString(), "a document without the facts layers gets no section");
    }
}
