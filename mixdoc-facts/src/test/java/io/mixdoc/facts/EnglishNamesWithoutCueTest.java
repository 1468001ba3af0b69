package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names with no cue of their shape (s18b-names): each sentence written for its rule, none taken from a gold page. */
class EnglishNamesWithoutCueTest {
    @Test
    void aLowerCaseBrandWithADigitIsACompanyWhereTheTextSaysSo() {
        String text = "Retailers now test go4market’s new checkout, said Dana Pruitt, founder of go4market.\n\n"
                + "The tool is free for a month.\n\nAbout go4market\ngo4market builds checkout software for small shops.";
        Set<String> m = TestData.mentions(text);
        assertTrue(m.contains("ORG go4market"), m.toString());
        Document doc = TestData.run("en", text);
        long brand = doc.layer(FactsLayers.ENTITY).spans().stream().filter(e -> doc.cover(e).equals("go4market")).count();
        assertEquals(4, brand, m.toString()); // the possessive, the founder's, the heading and the paragraph
    }

    @Test
    void aFormatOrAnAbbreviationWithADigitIsNoCompany() {
        Set<String> m = TestData.mentions("About i18n\ni18n support is built in. The player reads mp3 files and the k8s "
                + "cluster runs go4market without changes.");
        assertFalse(m.contains("ORG i18n"), m.toString());
        assertFalse(m.contains("ORG go4market"), m.toString()); // no heading or head names it a company here
    }

    @Test
    void aPossessiveStoreNameInAListOfCompaniesIsOne() {
        Set<String> m = TestData.mentions("The firm counts brands such as Toyota, Dillard’s, Wendy’s, NBC, Google and others among "
                + "its clients.");
        assertTrue(m.contains("ORG Dillard’s"), m.toString());
        assertTrue(m.contains("ORG Wendy’s"), m.toString());
    }

    @Test
    void aPossessiveInAListOfThingsIsNoCompany() {
        Set<String> m = TestData.mentions("She packed bread, Anna’s, cheese and apples for the trip.");
        assertFalse(m.stream().anyMatch(s -> s.startsWith("ORG Anna")), m.toString());
    }

    @Test
    void aDoubleFirstNameOpensAPersonAndTheSurnameNamesThemAgain() {
        Set<String> m = TestData.mentions("In the final, Jean-Hugues Marbot beat the top seed in two sets. Marbot then thanked "
                + "the crowd.");
        assertTrue(m.contains("PERSON Jean-Hugues Marbot"), m.toString());
        assertTrue(m.contains("PERSON Marbot"), m.toString());
        Set<String> n = TestData.mentions("The Rose-Gold Watch Company opened a store in the mall.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("PERSON")), n.toString());
    }
}
