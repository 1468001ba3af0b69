package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Companies and central banks of English business news (issue 15, s20-fin): sentences written for each rule. */
class BusinessNewsNamesTest {
    @Test
    void staffAndSharesNameACompanyWithNoLegalForm() {
        Set<String> m = TestData.mentions("Goldman Sachs economists now expect the first cut in September. Shares of Microsoft "
                + "rose 3% after the results. Analysts at Harbor Lane said the outlook had improved.");
        assertTrue(m.contains("ORG Goldman Sachs"), m.toString());
        assertFalse(m.contains("PERSON Goldman Sachs"), m.toString());
        assertTrue(m.contains("ORG Microsoft"), m.toString());
        assertTrue(m.contains("ORG Harbor Lane"), m.toString());
    }

    @Test
    void aCompanyNamedOnceIsThatCompanyWhereverItStandsAlone() {
        String text = "Strategists at Morgan Wexley expect the dollar to weaken. Later, Morgan Wexley cut its forecast again.";
        Document doc = TestData.run("en", text);
        long orgs = doc.layer(FactsLayers.ENTITY).spans().stream()
                .filter(e -> doc.cover(e).equals("Morgan Wexley") && e.type() == EntityType.ORG).count();
        assertTrue(orgs >= 1, TestData.mentions(text).toString());
        Set<String> m = TestData.mentions(text);
        assertFalse(m.contains("PERSON Morgan Wexley"), m.toString());
    }

    @Test
    void aStatementIsACompanysWhenTheTextCallsItIt() {
        Set<String> m = TestData.mentions("Acme Widgets said in a statement that it would cut 200 jobs. The company has struggled "
                + "since 2021.");
        assertTrue(m.contains("ORG Acme Widgets"), m.toString());
        Set<String> p = TestData.mentions("Dana Pruitt said in a statement that she would step down. Pruitt led the board "
                + "for a decade.");
        assertFalse(p.contains("ORG Dana Pruitt"), p.toString());
    }

    @Test
    void partiesPeoplesAndCommonNounsBeforeAnalystsAreNoCompanies() {
        Set<String> m = TestData.mentions("Republican strategists disagreed. Chinese analysts were cautious. Aviation analysts "
                + "called it the end of an era. Mr. Carter said the data was mixed, and Carter analysts agreed.");
        assertFalse(m.stream().anyMatch(s -> s.startsWith("ORG Republican") || s.startsWith("ORG Chinese")
                || s.startsWith("ORG Aviation") || s.startsWith("ORG Carter")), m.toString());
    }

    @Test
    void centralBanksByTheirFixedNames() {
        Set<String> m = TestData.mentions("The Federal Reserve left its rate unchanged, and traders bet the Fed would wait. "
                + "The Bank of Japan raised its rate, the first increase by the BOJ in 17 years.");
        assertTrue(m.contains("ORG Federal Reserve"), m.toString());
        assertTrue(m.contains("ORG Fed"), m.toString());
        assertTrue(m.contains("ORG BOJ"), m.toString());
        Set<String> e = TestData.mentions("Fed holds rates as Fed officials wait for the Fed’s own forecasts. The Bank of England held rates, and the BoE "
                + "said inflation would ease.");
        assertTrue(e.contains("ORG Fed"), e.toString());
        assertTrue(TestData.run("en", "Traders watched the Fed’s forecasts. Fed officials spoke.").layer(FactsLayers.ENTITY).spans()
                .size() >= 2, e.toString());
        assertTrue(e.contains("ORG BoE"), e.toString());
        Set<String> n = TestData.mentions("Fed up with delays, the crew left. The Fed on the farm ate well.");
        assertFalse(n.contains("ORG Fed"), n.toString()); // no Federal Reserve and no Fed official named
    }
}
