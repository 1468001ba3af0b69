package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Looked up by its words, a name's pattern finds what {@code find()} along the whole text finds. */
class WordStartsTest {
    private static final String[] PIECES = {"Smith", "Smithson", "Klee", "Lee", "O’Brien", "O", "Brien", "NSC", "the", "The",
        "van Dyke", "Dyke", "Bruce", "A.", "said", "Wild", "Nestlé", "Škoda", "3M", "_", "-", ".", ",", "’s", "'s", "&", "@",
        "中", "李", "\n", "  "};
    private static final String[] NAMES = {"Smith", "Lee", "O’Brien", "NSC", "van Dyke", "Dyke", "Wild", "Nestlé", "Škoda", "3M", "Brien"};

    private static List<String> everywhere(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void namesBoundedAsWholeWordsAreFoundAsFindFindsThem() {
        Random r = new Random(13);
        for (int t = 0; t < 3000; t++) {
            String text = randomText(r);
            WordStarts w = WordStarts.of(text);
            for (String n : NAMES) {
                for (Pattern p : new Pattern[] {Pattern.compile("\\b" + Pattern.quote(n) + "\\b"),
                    Pattern.compile("(?<![\\w.’'&-])" + Pattern.quote(n) + "(?![\\w’'&-]| [A-Z])")}) {
                    assertEquals(everywhere(p, text), spans(w.matches(p, n)), p + " in " + text);
                }
                Pattern the = Pattern.compile("\\b[Tt]he " + Pattern.quote(n) + "(?:['’]s)?(?:[.,]| said\\b)");
                assertEquals(everywhere(the, text), spans(w.matchesAfter(the, 4, n)), the + " in " + text);
            }
        }
    }

    @Test
    void aNameIsLookedUpByItsLeadingWord() {
        String text = "Smithson met Smith, O’Brien and Klee; Smith_x and 中Smith.";
        WordStarts w = WordStarts.of(text);
        assertArrayEquals(new int[] {13, 38, 51}, w.occurrences("Smith"), "candidates: the pattern decides about Smith_x and 中Smith");
        assertArrayEquals(new int[] {20}, w.occurrences("O’Brien"));
        assertArrayEquals(new int[0], w.occurrences("Lee"));
        assertNull(w.occurrences("’s"), "no leading word: searched for along the text");
        assertSame(w, WordStarts.of(text), "one index per text");
    }
}
