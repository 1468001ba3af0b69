package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tried only at its anchors, a pattern finds what {@code find()} finds at every character. */
class AnchoredScanTest {
    private static final String TEXT = "Some 1,200 people, about\n\t 35 km away, paid US$ 5 million (approximately  7.5 percent); "
            + "hover 9 dollars. Smith, 35, and Mr., 40, met twelve-year-olds; 12019年3月 and 二〇一五年, 约3000多人, "
            + "near 12,3456 and eight of its Hong Kong shares; THE END OF 2020; in October and mid- October.";

    private static List<String> everywhere(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static void same(String regex, BitSet starts) {
        Pattern p = Pattern.compile(regex);
        List<String> expected = everywhere(p, TEXT);
        assertTrue(!expected.isEmpty(), regex + " should match the sample at all");
        assertEquals(expected, AnchoredScan.all(p, TEXT, starts), regex);
    }

    @Test
    void aWordAndSpacesBeforeTheNumberAreTried() {
        same("(?i:(?<pre>more than|over|about|some|approximately)\\s+)?(?<![\\w.,])(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
                + "(?:\\s*(?<unit>people|km|percent|dollars))?", Anchors.afterWord(TEXT, Anchors.digitRuns(TEXT), 13));
    }

    @Test
    void numberWordsAreAnchorsToo() {
        same("(?<![\\w.,$-])(?<num>\\d+|(?i:two|eight|twelve))(?:-(?<unit>[a-z]{3,})| of (?:its) )",
                Anchors.numbers(TEXT));
    }

    @Test
    void aPatternThatCanStartInsideADigitRunIsTriedAtEveryDigit() {
        same("(?:1[89]|2[01])\\d\\d\\s?年", Anchors.chars(TEXT, "12"));
        same("[0-9]+(?:[,，][0-9]{3})*(?:多)?(?:人)?", Anchors.chars(TEXT, Anchors::isAsciiDigit));
    }

    @Test
    void signsAndMonthsBeforeANumber() {
        same("(?<cur>U\\.?S\\.?\\s?\\$|\\$)\\s?(?<num>\\d+)(?:\\s*(?<mag>million)\\b)?", Anchors.before(Anchors.digitRuns(TEXT), 7));
        same("(?i)\\b(?:the )?end(?: of|-) ?(?<y>(?:19|20)\\d\\d)\\b",
                Anchors.before(Anchors.words(TEXT, new String[] {"end"}, true), 4));
        same("\\b(?:(?:in|through)\\s+|mid-\\s?)(?<mon>October)\\b", Anchors.afterWord(TEXT, Anchors.words(TEXT, new String[] {"Oct"}, false), 10));
    }

    @Test
    void startsLeftOutAreNeverTried() {
        Pattern digits = Pattern.compile("\\d+");
        BitSet none = new BitSet();
        assertEquals(List.of(), AnchoredScan.all(digits, TEXT, none));
        BitSet all = new BitSet();
        all.set(0, TEXT.length() + 1);
        assertEquals(everywhere(digits, TEXT), AnchoredScan.all(digits, TEXT, all), "every start tried is find()");
    }

    @Test
    void theTrieFindsTheLongestNameInItsLengthBounds() {
        io.mixdoc.text.CharTrie t = io.mixdoc.text.CharTrie.of(new String[] {"中", "中国", "中国银行", "中国银行股份有限公司", "国"});
        String text = "在中国银行股份有限公司和中国";
        assertEquals(4, t.longestAt(text, 1, 2, 6), "the ten-character name is past the bound");
        assertEquals(10, t.longestAt(text, 1, 2, 12));
        assertEquals(2, t.longestAt(text, 12, 2, 2));
        assertEquals(0, t.longestAt(text, 12, 3, 2), "中 alone is shorter than the least length");
        assertEquals(0, t.longestAt(text, 0, 2, 12));
    }

    @Test
    void wordAnchorsAreWhereARegionCompareFindsAWord() {
        // the first-letter check only skips compares that cannot match: the anchors are those of comparing every word everywhere
        String[][] lists = {{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}, {"end"},
            {"this", "last", "next"}, {"", "ünd", "Ok"}};
        String text = TEXT + " jan. FEB mArch THIS Last nExT Ünd ünd ok OK";
        for (String[] words : lists) {
            for (boolean ignoreCase : new boolean[] {false, true}) {
                BitSet expected = new BitSet();
                for (int i = 0; i < text.length(); i++) {
                    for (String w : words) {
                        if (Anchors.asciiLetter(text.charAt(i)) && text.regionMatches(ignoreCase, i, w, 0, w.length())) {
                            expected.set(i);
                        }
                    }
                }
                assertEquals(expected, Anchors.words(text, words, ignoreCase), String.join(",", words) + " ignoreCase " + ignoreCase);
            }
        }
    }
}
