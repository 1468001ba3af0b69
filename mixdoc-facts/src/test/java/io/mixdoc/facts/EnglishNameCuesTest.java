package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** English names typed by cues found on real news (session 15): each sentence written for its rule. */
class EnglishNameCuesTest {
    @Test
    void aPossessiveEndsAPersonsNameThatARoleOpens() {
        Set<String> m = TestData.mentions("The deal was backed by investor Marta Kowalczyk’s Northwind Harbor fund and others.");
        assertTrue(m.contains("PERSON Marta Kowalczyk"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains("Northwind") && x.startsWith("PERSON")), m.toString());
    }

    @Test
    void administratorCommissionerAndJudgeAreTitlesNoPartOfTheName() {
        Set<String> m = TestData.mentions("The agency’s Administrator Dale Wrenfield spoke first. Later, Judge Oriana Castellvi ruled on the case.");
        assertTrue(m.contains("PERSON Dale Wrenfield"), m.toString());
        assertTrue(m.contains("PERSON Oriana Castellvi"), m.toString());
        assertFalse(m.contains("PERSON Administrator Dale Wrenfield"), m.toString());
    }

    @Test
    void kindsOfBusinessEndACompanysNameAndAndAfterALegalFormStartsAnother() {
        Set<String> m = TestData.mentions("A note from Brantley Institutional Equities was upbeat. Orbis Robotics and Quellmark Steel won bids, "
                + "as did Halvern Aerospace Corporation and Tessaline Systems Inc.");
        assertTrue(m.contains("ORG Brantley Institutional Equities"), m.toString());
        assertTrue(m.contains("ORG Orbis Robotics"), m.toString());
        assertTrue(m.contains("ORG Quellmark Steel"), m.toString());
        assertTrue(m.contains("ORG Halvern Aerospace Corporation"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" and ")), m.toString());
    }

    @Test
    void aCompanyThatSpeaksIsNoPerson() {
        Set<String> m = TestData.mentions("\"Growth will return next year,\" said Brantley Institutional Equities in its note.");
        assertTrue(m.contains("ORG Brantley Institutional Equities"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.startsWith("PERSON")), m.toString());
    }

    @Test
    void aJournalNamedAfterItsKindIsAnOrganisation() {
        Set<String> m = TestData.mentions("The findings were published in the journal Planetary Frontiers on Monday.");
        assertTrue(m.contains("ORG Planetary Frontiers"), m.toString());
    }

    @Test
    void aCapitalisedWebDomainIsTheSitesCompanyButAnAddressIsNot() {
        Set<String> m = TestData.mentions("Readers of Stockwatchly.com were told to wait. Stockwatchly.com advises caution. "
                + "See www.examplenews.com or write to desk@Plainpaper.com for more.");
        assertTrue(m.contains("ORG Stockwatchly.com"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains("examplenews") || x.contains("Plainpaper")), m.toString());
    }

    @Test
    void aNameBeforeACapitalisedJobTitleIsAPerson() {
        Set<String> m = TestData.mentions("Ravindra Kulkarni, Head of Research at Meridian Securities, expects a pause. "
                + "Omondi Wekesa, CEO and Founder of a small lab, agreed.");
        assertTrue(m.contains("PERSON Ravindra Kulkarni"), m.toString());
        assertTrue(m.contains("PERSON Omondi Wekesa"), m.toString());
    }

    @Test
    void aJobHeldAtACapitalisedNameMakesItTheEmployer() {
        Set<String> m = TestData.mentions("\"We are ready,\" said Lena Marsh, vice president of Flight Programs at Copperline Orbital. "
                + "Copperline Orbital will bid again.");
        assertTrue(m.contains("ORG Copperline Orbital"), m.toString());
        assertFalse(m.contains("ORG Flight Programs at Copperline Orbital"), m.toString());
    }

    @Test
    void theMoonWithACapitalIsAWorldInATextAboutSpace() {
        Set<String> space = TestData.mentions("The spacecraft will orbit the Moon before it heads for Mars.");
        assertTrue(space.contains("PLACE Moon"), space.toString());
        Set<String> other = TestData.mentions("They walked home under the moon. President Moon met the press.");
        assertTrue(other.stream().noneMatch(x -> x.startsWith("PLACE Moon")), other.toString());
    }

    @Test
    void aCityOpeningARunInATitleCaseHeadlineIsAPlace() {
        Set<String> m = TestData.mentions("The council met on Tuesday to discuss the budget.\n\nCyclist Hurt in Crash Near Sacramento Rail Yard Recovers\n\n"
                + "The meeting ended late.");
        assertTrue(m.contains("PLACE Sacramento"), m.toString());
    }
}
