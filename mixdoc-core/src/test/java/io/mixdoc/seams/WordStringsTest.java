package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-document word strings equal what a substring and a lower-casing per token gave, with one copy per spelling. */
class WordStringsTest {
    @Test
    void givesTheSubstringAndItsLowerCaseOncePerSpelling() {
        String text = "The team shipped the Parser, then the parser shipped again: THE END, théâtre and Théâtre.";
        WordStrings strings = new WordStrings();
        Set<String> spellings = new HashSet<>();
        String firstThe = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int id = strings.id(text, start, i);
            String expected = text.substring(start, i);
            assertEquals(expected, strings.spelling(id));
            assertEquals(expected.toLowerCase(Locale.ROOT), strings.lower(id));
            spellings.add(expected);
            if (expected.equals("the")) {
                if (firstThe == null) {
                    firstThe = strings.spelling(id);
                }
                assertSame(firstThe, strings.spelling(id), "a repeated spelling is one instance");
            }
        }
        assertEquals(spellings.size(), strings.size());
    }

    /** Thousands of spellings make the table grow many times; every one keeps its text and its lower case. */
    @Test
    void keepsEverySpellingThroughGrowth() {
        Random r = new Random(3);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 20_000; w++) {
            int len = 1 + r.nextInt(6);
            for (int j = 0; j < len; j++) {
                b.append("abcdeABCDEéÉ".charAt(r.nextInt(12)));
            }
            b.append(' ');
        }
        String text = b.toString();
        WordStrings strings = new WordStrings();
        Set<String> distinct = new HashSet<>();
        int start = 0;
        for (int end = text.indexOf(' '); end >= 0; start = end + 1, end = text.indexOf(' ', start)) {
            int id = strings.id(text, start, end);
            assertEquals(text.substring(start, end), strings.spelling(id));
            assertEquals(text.substring(start, end).toLowerCase(Locale.ROOT), strings.lower(id));
            distinct.add(text.substring(start, end));
        }
        assertEquals(distinct.size(), strings.size());
    }
}
