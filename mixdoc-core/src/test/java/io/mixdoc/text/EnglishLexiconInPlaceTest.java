package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishLexicon#contains(CharSequence, int, int)} reads a span of the text in place and must answer as
 * {@link EnglishLexicon#contains(String)} of the substring; a text written for this test.
 */
class EnglishLexiconInPlaceTest {
    @Test
    void answersAsTheSubstringDoes() {
        EnglishLexicon lexicon = EnglishLexicon.get();
        String text = "Ubuntu users install packages; the Café serves naïve DEVELOPERS with firstParamConsumer and xqzt.";
        int yes = 0;
        for (int s = 0; s < text.length(); s++) {
            for (int e = s + 1; e <= Math.min(text.length(), s + 14); e++) {
                boolean expected = lexicon.contains(text.substring(s, e));
                assertEquals(expected, lexicon.contains(text, s, e), text.substring(s, e));
                yes += expected ? 1 : 0;
            }
        }
        assertTrue(yes > 20, "many spans are words: " + yes);
        assertTrue(lexicon.contains(text, text.indexOf("DEVELOPERS"), text.indexOf("DEVELOPERS") + 10));
        assertFalse(lexicon.contains(text, text.indexOf("xqzt"), text.indexOf("xqzt") + 4));
    }

    /** {@link EnglishLexicon#zipf(CharSequence, int, int)} and {@code isWord} in place answer as on the substring. */
    @Test
    void zipfAndIsWordAsTheSubstringDo() {
        EnglishLexicon lexicon = EnglishLexicon.get();
        String text = "Betwen the Résumé and the NAIVE naïve writers, Ubuntu's kernel ships ﬁle names and İstanbul.";
        int common = 0;
        for (int s = 0; s < text.length(); s++) {
            for (int e = s + 1; e <= Math.min(text.length(), s + 12); e++) {
                String sub = text.substring(s, e);
                assertEquals(lexicon.zipf(sub), lexicon.zipf(text, s, e), sub);
                assertEquals(lexicon.isWord(sub), lexicon.isWord(text, s, e), sub);
                common += lexicon.zipf(sub) >= 3.0 ? 1 : 0;
            }
        }
        assertTrue(common > 15, "many spans are common words: " + common);
        StringBuilder b = new StringBuilder("between");
        assertEquals(lexicon.zipf("between"), lexicon.zipf(b, 0, b.length()));
    }
}
