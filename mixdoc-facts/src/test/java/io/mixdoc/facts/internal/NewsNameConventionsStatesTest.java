package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The state pattern with the city checked apart finds what the pattern with the city in its look-behind found. */
class NewsNameConventionsStatesTest {
    private static final String AP_STATES = "(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
            + "Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|Wis|Wyo)\\.";
    /** The pattern as it was: quadratic in the text, so it is run on pieces of a few hundred characters only. */
    private static final Pattern LOOK_BEHIND = Pattern.compile("(?:(?<=\\b[DRI]-)(?<party>" + AP_STATES + "|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
            + "|(?<=\\b[A-Z][a-z]+, )(?<city>" + AP_STATES + "))(?![\\w-])");
    /** Pieces of random texts: cities, states, party letters, commas, and characters \b reads either way. */
    private static final String[] PIECES = {"Addison", "Buffalo", "Al", "A", "a", "x", "N.Y.", "N.Y", "Minn.", "Calif.", "Wash.",
        "W.Va.", "Texas", "New York", "New", "D-", "R-", "I-", "-", ", ", ",", " ", "  ", "(", ")", ".", "_", "1", "é", "É", "\u0301",
        "中国", "，", "\n", "Rep. Ilhan Omar", "said"};

    private static List<String> before(String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = LOOK_BEHIND.matcher(text); m.find(); ) {
            out.add(match(m));
        }
        return out;
    }

    private static List<String> now(String text) {
        List<String> out = new ArrayList<>();
        NewsNameConventions.statesNamed(text, m -> out.add(match(m)));
        return out;
    }

    private static String match(Matcher m) {
        return m.start() + "-" + m.end() + " party " + m.start("party") + " city " + m.start("city");
    }

    @Test
    void onTheRealTextsTheMatchesAreTheSame() throws IOException {
        List<String> texts = new ArrayList<>();
        Path root = io.mixdoc.testkit.TestData.root();
        texts.add(Files.readString(root.resolve("data/seed/000_dc618c4d89af0b6a.txt")));
        try (Stream<Path> files = Files.walk(root.resolve("data/real"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        texts.add("Rep. Ilhan Omar (D-Minn.) spoke in Addison, N.Y., and Sen. Ted Cruz, R-Texas, in Austin, Texas.");
        int found = 0;
        for (String t : texts) {
            for (int start = 0; start < t.length(); start += 600) {
                String piece = t.substring(start, Math.min(t.length(), start + 600));
                List<String> expected = before(piece);
                assertEquals(expected, now(piece), piece);
                found += expected.size();
            }
        }
        assertTrue(found >= 3, "the pattern should match at all: " + found);
    }

    @Test
    void onRandomTextsTheMatchesAreTheSame() {
        Random r = new Random(19);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String t = b.toString();
            List<String> expected = before(t);
            assertEquals(expected, now(t), t);
            found += expected.size();
        }
        assertTrue(found > 1_000, "random texts should name states: " + found);
    }
}
