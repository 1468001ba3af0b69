package io.mixdoc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The two CC-CEDICT resources come from one release in one pass of {@code tools/build_cedict.py}: every
 * gloss headword is a headword of the readings, and its first English word is in that headword's senses.
 * A file rebuilt alone, from another release or by another filter, fails here.
 */
class CedictResourcesTest {
    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CedictResourcesTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void glossesAndReadingsAreOneRelease() throws IOException {
        List<String[]> readings = rows("/io/mixdoc/lexicon/cedict-readings.tsv.gz");
        List<String[]> glosses = rows("/io/mixdoc/lexicon/zh-en.tsv.gz");
        Map<String, StringBuilder> senses = new HashMap<>();
        for (String[] r : readings) {
            assertEquals(3, r.length, String.join("\t", r));
            senses.computeIfAbsent(r[0], k -> new StringBuilder()).append(' ').append(r[2].toLowerCase(Locale.ROOT));
        }
        int missing = 0;
        int firstWordElsewhere = 0;
        for (String[] g : glosses) {
            assertEquals(2, g.length, String.join("\t", g));
            StringBuilder s = senses.get(g[0]);
            if (s == null) {
                missing++;
            } else if (s.indexOf(g[1].split(" ")[0]) < 0) {
                firstWordElsewhere++;
            }
        }
        assertTrue(glosses.size() > 100_000 && readings.size() > 190_000, glosses.size() + " glosses, " + readings.size() + " readings");
        assertEquals(0, missing, "gloss headwords that are no reading's headword");
        assertEquals(0, firstWordElsewhere, "gloss headwords whose first English word is in none of their senses");
    }
}
