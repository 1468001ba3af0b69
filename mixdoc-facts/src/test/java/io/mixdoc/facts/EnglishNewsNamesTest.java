package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** English names of session 18 (s18-en): each sentence written for its rule, none taken from a gold page. */
class EnglishNewsNamesTest {
    @Test
    void aJobTitleAfterChiefIsNoPerson() {
        Set<String> m = TestData.mentions("The bank hired Marta Lindqvist as its first Chief Data Officer last spring.");
        assertFalse(m.contains("PERSON Data Officer"), m.toString());
        assertTrue(m.contains("PERSON Marta Lindqvist"), m.toString());
    }

    @Test
    void aMiddleInitialStaysInsideTheName() {
        Set<String> m = TestData.mentions("Gloria T. Wexhall, the defendant’s lawyer, said the plea was fair. The judge thanked "
                + "Gloria T. Wexhall for her work.");
        assertTrue(m.contains("PERSON Gloria T. Wexhall"), m.toString());
        assertFalse(m.contains("PERSON Wexhall"), m.toString());
    }

    @Test
    void aSuffixKeepsItsFullStop() {
        Set<String> m = TestData.mentions("District Attorney Ronald Pike Jr. said the case would go to trial in spring.");
        assertTrue(m.contains("PERSON Ronald Pike Jr."), m.toString());
        Set<String> n = TestData.mentions("The plea was entered by Ronald T. Pike Jr., a lawyer from Ohio.");
        assertTrue(n.contains("PERSON Ronald T. Pike Jr."), n.toString());
    }

    @Test
    void theOfficeOfAnOfficeHolderIsOneOrganisation() {
        Set<String> m = TestData.mentions("The Lake County Sheriff’s Office said on its website that two deputies were hurt.");
        assertTrue(m.contains("ORG Lake County Sheriff’s Office"), m.toString());
        Set<String> lower = TestData.mentions("A spokesman for the U.S. attorney's office declined to comment, and the Polk County "
                + "sheriff’s office said the road was closed. His lawyer's office was shut.");
        assertTrue(lower.contains("ORG U.S. attorney's office"), lower.toString());
        assertTrue(lower.contains("ORG Polk County sheriff’s office"), lower.toString());
    }

    @Test
    void aStateAfterAPartyLetterOrACityIsAPlace() {
        Set<String> m = TestData.mentions("Sen. Ruth Calloway (D-Mich.) and Rep. Owen Strand, R-Texas, visited Dunmore, Pa., "
                + "on their tour.");
        assertTrue(m.contains("PLACE Mich."), m.toString());
        assertTrue(m.contains("PLACE Texas"), m.toString());
        assertTrue(m.contains("PLACE Pa."), m.toString());
    }

    @Test
    void twoNamesJoinedByAnAmpersandAreAFirm() {
        Set<String> m = TestData.mentions("The audit was done by Halvorsen & Brandt, and the survey by Research & Development staff.");
        assertTrue(m.contains("ORG Halvorsen & Brandt"), m.toString());
        assertFalse(m.contains("ORG Research & Development"), m.toString());
        Set<String> labels = TestData.mentions("Install it:\n  Debian & Ubuntu: run the installer.\n- **Testing & Feedback** - report issues.\n");
        assertTrue(labels.stream().noneMatch(x -> x.contains("&")), labels.toString());
    }

    @Test
    void aPartyWithALowerCasePartyIsAnOrganisation() {
        Set<String> m = TestData.mentions("Leaders of the Labour party met members of the Social Democratic party on Friday, "
                + "after a birthday party.");
        assertTrue(m.contains("ORG Labour party"), m.toString());
        assertTrue(m.contains("ORG Social Democratic party"), m.toString());
    }

    @Test
    void aDayAfterANameEndsIt() {
        Set<String> m = TestData.mentions("The mayor wrote on Facebook Wednesday that the road would reopen.");
        assertFalse(m.stream().anyMatch(s -> s.contains("Facebook Wednesday")), m.toString());
    }

    @Test
    void aKnownPlaceWithOfInsideIsOnePlace() {
        Set<String> m = TestData.mentions("The law passed in 18 states and the District of Columbia last year.");
        assertTrue(m.contains("PLACE District of Columbia"), m.toString());
        assertFalse(m.contains("PLACE Columbia"), m.toString());
    }

    @Test
    void aChineseNameIsNamedAgainByItsSurname() {
        Set<String> m = TestData.mentions("Spokesman Zhao Lijian spoke first. Remarks from Zhao shaped the plan, officials said.");
        assertTrue(m.contains("PERSON Zhao"), m.toString());
    }

    @Test
    void aFormerStateIsAPlace() {
        Set<String> m = TestData.mentions("The treaty was signed before the collapse of the Soviet Union in 1991.");
        assertTrue(m.contains("PLACE Soviet Union"), m.toString());
    }

    @Test
    void aPlaceInsideALawsNameIsNoMention() {
        Set<String> m = TestData.mentions("Senators debated the Taiwan Travel and Security Act on Monday, and officials in Taiwan "
                + "welcomed it.");
        assertFalse(m.stream().anyMatch(s -> s.contains("Act")), m.toString());
        assertTrue(m.contains("PLACE Taiwan"), m.toString());
        assertTrue(TestData.mentions("The Taiwan Travel and Security Act passed.").stream().noneMatch(s -> s.contains("Taiwan")));
    }
}
