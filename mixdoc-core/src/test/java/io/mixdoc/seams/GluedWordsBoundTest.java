package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.EnglishLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The glued-word split looks at halves of bounded length only, so a run without spaces costs linear time.
 * (The texts carry Chinese: in plain English an unknown lower-case word is taken for a lexicon gap.)
 */
class GluedWordsBoundTest {
    private static final io.mixdoc.Pipeline FAST = io.mixdoc.Mixdoc.pipeline().fast().build();

    private static List<Seam> glued(String text) {
        return new GluedWordsDetector().find(new SeamContext(FAST.run("t", text), EnglishLexicon.get()));
    }

    @Test
    void twoWordsAreStillSplit() {
        List<Seam> s = glued("两国发表联合声明。 The documentannouncement was made on Monday.");
        assertEquals(1, s.size());
        assertEquals(SeamType.GLUED_WORDS, s.get(0).type());
        assertEquals("document announcement", s.get(0).repair().orElseThrow());
    }

    @Test
    void aTokenLongerThanTwoHalvesIsNotSplit() {
        // Was: every split point tried, each with two substrings: 200 KB took 33 s.
        String run = "thepropertyofthecentralgovernment".repeat(6000);
        assertTrue(run.length() > 2 * GluedWordsDetector.MAX_HALF);
        assertEquals(List.of(), glued("两国发表联合声明。 Read " + run + " now."));
    }
}
