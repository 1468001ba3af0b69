package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** English names of session 21 (s21-en): each sentence written for its rule, none taken from a gold page. */
class EnglishNewsS21NamesTest {
    @Test
    void aNameWithAccentedLettersIsOneName() {
        Set<String> m = TestData.mentions("The sculptor Marta Kovačić showed her work in the old harbour last spring.");
        assertTrue(m.contains("PERSON Marta Kovačić"), m.toString());
        assertFalse(m.contains("PERSON Marta Kova"), m.toString());
    }

    @Test
    void aFestivalsOwnTitleHidesTheCityInIt() {
        Set<String> m = TestData.mentions("Tickets for the Lisbon Winter Lights Festival sold out within a day.");
        assertFalse(m.contains("PLACE Lisbon"), m.toString());
    }

    @Test
    void aSummitNamedByItsCityKeepsTheCity() {
        Set<String> m = TestData.mentions("After the Lisbon Summit, the leaders flew home on Friday.");
        assertTrue(m.contains("PLACE Lisbon"), m.toString());
    }

    @Test
    void anOutletNamedByItsInfoDomainIsAnOrganisation() {
        Set<String> m = TestData.mentions("Two aid workers told Factwatch.info the claims were false.");
        assertTrue(m.contains("ORG Factwatch.info"), m.toString());
    }

    @Test
    void armedGroupsNewsNamesAreOrganisations() {
        Set<String> m = TestData.mentions("The army said the Islamic State group and the Taliban had both lost ground this year.");
        assertTrue(m.contains("ORG Islamic State"), m.toString());
        assertTrue(m.contains("ORG Taliban"), m.toString());
    }
}
