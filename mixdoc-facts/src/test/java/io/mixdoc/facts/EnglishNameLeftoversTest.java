package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** English names the first rules of session 15 left (session 16): each sentence written for its rule. */
class EnglishNameLeftoversTest {
    @Test
    void aFrequentWordClosedByACapitalIsACompany() {
        Set<String> m = TestData.mentions("Investor Marta Kowalczyk’s RocketX was picked, and rivals such as OrbitalX lost the tender.");
        assertTrue(m.contains("ORG RocketX"), m.toString());
        assertFalse(m.contains("ORG OrbitalX"), m.toString()); // "Orbital" is no frequent word: a handle or a product as often
    }

    @Test
    void aToolOrAHandleClosedByCapitalsIsNoCompany() {
        Set<String> m = TestData.mentions("We moved the site from NodeJS to a static build, as the user RoseyW suggested in the forum.");
        assertFalse(m.contains("ORG NodeJS"), m.toString());
        assertFalse(m.contains("ORG RoseyW"), m.toString());
    }

    @Test
    void aWordClosedByACapitalBeforeANumberIsAModelNoCompany() {
        Set<String> m = TestData.mentions("The reviewers liked the Quillon 3 more than the RocketX 2 in every test they ran.");
        assertFalse(m.contains("ORG RocketX"), m.toString());
    }

    @Test
    void aCompanyNamedInFullIsLaterNamedByItsFirstWord() {
        Set<String> m = TestData.mentions("The contract went to Brelvok Orbital Systems Inc. in March. Rivals were Halvern Aerospace and Brelvok, "
                + "said the agency.");
        assertTrue(m.contains("ORG Brelvok"), m.toString());
    }

    @Test
    void aFrequentWordOrAFirstNameOpeningACompanyIsNoShortName() {
        Set<String> m = TestData.mentions("Shares of General Widget Corp fell. The general mood was grim. Morgan Fielding Group rose, and Morgan "
                + "said she was pleased.");
        assertFalse(m.contains("ORG General"), m.toString());
        assertFalse(m.contains("ORG Morgan"), m.toString());
    }

    @Test
    void anAcronymJoinedToABankIsAnOrganisationToo() {
        Set<String> m = TestData.mentions("The brokerage named KVB and Tarnow Bank as the main winners of the ruling.");
        assertTrue(m.contains("ORG KVB"), m.toString());
        assertTrue(m.contains("ORG Tarnow Bank"), m.toString());
    }

    @Test
    void aFrequentAcronymJoinedToACompanyIsNone() {
        Set<String> m = TestData.mentions("The board thanked the CEO and Tarnow Bank for the deal.");
        assertFalse(m.contains("ORG CEO"), m.toString());
    }

    @Test
    void aPlaceRepeatedInsideALongerCapitalisedNameIsNoPlace() {
        Set<String> m = TestData.mentions("The probe will orbit the Moon next year, NASA said. The firm will fly its Silver Moon lander too.");
        assertTrue(m.contains("PLACE Moon"), m.toString());
        long moons = mentionsAt(
                "The probe will orbit the Moon next year, NASA said. The firm will fly its Silver Moon lander too.", "Moon");
        assertTrue(moons == 1, m.toString());
    }

    @Test
    void aPlaceRepeatedAfterAnotherNameIsStillAPlace() {
        long places = mentionsAt("The probe flew past Jupiter in May. NASA said its Galileo Jupiter mission had ended.", "Jupiter");
        assertTrue(places == 2, "" + places);
    }

    @Test
    void aPlaceOpeningASentenceAfterAPrepositionIsStillAPlace() {
        long places = mentionsAt("Police in Texas made an arrest. In Texas, the case drew wide attention.", "Texas");
        assertTrue(places == 2, "" + places);
    }

    @Test
    void aCityAndThePoliceDepartmentsInitialsAreAnOrganisation() {
        Set<String> m = TestData.mentions("The video shows officers at the room. \"Tulsa P.D. Open the door!\" one shouts. Later Omaha PD said the "
                + "man was held.");
        assertTrue(m.contains("ORG Tulsa P.D."), m.toString());
        assertTrue(m.contains("ORG Omaha PD"), m.toString());
        assertFalse(m.contains("PLACE Tulsa"), m.toString());
    }

    private static long mentionsAt(String text, String surface) {
        Document doc = TestData.run("en", text);
        return doc.layer(FactsLayers.ENTITY).spans().stream().filter(s -> doc.cover(s).equals(surface)).count();
    }
}
