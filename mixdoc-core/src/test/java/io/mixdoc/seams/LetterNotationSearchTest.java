package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link LetterNotation#lettersUsedAsSymbols} searches its notation regex only from the positions
 * {@link LetterNotation#notationStart} finds ({@link LetterNotation#findFrom}); the matches must be those of a plain search (the old loop), on texts
 * written for this test and on random ones built from the characters the regex reads.
 */
class LetterNotationSearchTest {
    private static List<String> plain(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LetterNotation.NOTATION.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> fromStarts(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LetterNotation.notationMatcher(text);
        for (int from = 0; LetterNotation.findFrom(m, text, from); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void sameMatchesAsAPlainSearch() {
        List<String> texts = List.of(
                "若x<y返回小于0的数,否则a*b的结果为ab+c。",
                "Version 3.5 and v2.0 shipped; e-mail and/or x^2+y^2=r^2 hold.",
                "函数f(x)=ax+b, where a.b.c is not notation but n-1 is.",
                "a+b", "ab", "1.2.3.4", "x=1", "中a-b文", "word-a-b", "", "ab+", "a+");
        int found = 0;
        for (String t : texts) {
            List<String> expected = plain(t);
            assertEquals(expected, fromStarts(t), t);
            found += expected.size();
        }
        assertTrue(found >= 8, "notation found in the texts: " + found);
        Random r = new Random(13);
        String alphabet = "aB1x9-+*/=^.<> 中é_";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int len = r.nextInt(30); len > 0; len--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            List<String> expected = plain(t);
            assertEquals(expected, fromStarts(t), t);
            found += expected.size();
        }
        assertTrue(found > 1_000, "notation found in random texts: " + found);
    }
}
