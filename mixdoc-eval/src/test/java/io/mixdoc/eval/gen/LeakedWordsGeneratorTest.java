package io.mixdoc.eval.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A leaked word is a translator's slip inside a sentence: the generator never puts one into a declaration or a
 * config line, which mixdoc must not edit (gold there would be a repair nobody may make). Texts written for
 * this test.
 */
class LeakedWordsGeneratorTest {
    private static final String[] CODE = {
        "public class ReportBuilder extends AbstractBuilder implements Serializable",
        "public static int compareReports(final Object left, final Object right)",
        "deb http://deb.example.org/debian/ stable main contrib non-free firmware",
    };
    private static final String PROSE = "The builder reads every report from the queue and writes the final summary to the store.";

    @Test
    void leavesCodeLinesAloneAndLeaksIntoSentences() {
        String doc = String.join("\n", CODE) + "\n\n" + PROSE;
        int proseDamaged = 0;
        for (int seed = 0; seed < 40; seed++) {
            String[] out = DamageSetGenerator.leaked(doc, new Random(seed), false).text().split("\n", -1);
            for (int i = 0; i < CODE.length; i++) {
                assertEquals(CODE[i], out[i], "seed " + seed);
            }
            proseDamaged += out[4].equals(PROSE) ? 0 : 1;
        }
        assertTrue(proseDamaged > 0, "the sentence line never received a leak");
    }

    @Test
    void typeDeclarationsAndUrlEntriesReadAsCode() {
        assertTrue(DamageSetGenerator.readsAsCodeLine(CODE[0]));
        assertTrue(DamageSetGenerator.readsAsCodeLine(CODE[2]));
        assertFalse(DamageSetGenerator.readsAsCodeLine(PROSE));
        assertFalse(DamageSetGenerator.readsAsCodeLine("The class of a value is read from http://example.org/schema."));
    }
}
