package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** English names of session 19 (s19-en): each sentence written for its rule, none taken from a gold page. */
class EnglishNewsS19NamesTest {
    @Test
    void theInitialsOfAnOrganisationNamedInFullAreThatOrganisation() {
        Set<String> m = TestData.mentions("A former Coastal Safety Council inspector testified on Monday. Inspectors of the CSC "
                + "then reviewed the ferry logs, and the CSC legal office agreed.");
        assertTrue(m.contains("ORG CSC"), m.toString());
    }

    @Test
    void capitalsThatSpellNoOrganisationOfTheTextStayUnnamed() {
        Set<String> m = TestData.mentions("A former Coastal Safety Council inspector testified on Monday. The KQV code of the case "
                + "is simple, the inspector said.");
        assertFalse(m.contains("ORG KQV"), m.toString());
    }

    @Test
    void theHouseInATextAboutALegislatureIsItsLowerChamber() {
        Set<String> m = TestData.mentions("The bill passed the House on Monday, and the Senate will vote on it next week.");
        assertTrue(m.contains("ORG House"), m.toString());
        Set<String> other = TestData.mentions("The family sold the House on the hill, and prices rose all year in the town.");
        assertFalse(other.contains("ORG House"), other.toString());
    }

    @Test
    void aNameAfterAKindOfCompanyIsThatCompany() {
        Set<String> m = TestData.mentions("Regulators fined the mining company Velkora for the spill, the ministry said.");
        assertTrue(m.contains("ORG Velkora"), m.toString());
        Set<String> day = TestData.mentions("The plan was announced by the company Monday in a statement to investors.");
        assertFalse(day.contains("ORG Monday"), day.toString());
    }
}
