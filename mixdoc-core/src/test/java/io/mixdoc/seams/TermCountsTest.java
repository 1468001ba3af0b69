package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TermCounts} scans the terms {@link ExtractionGlueDetector} scanned into strings before, and counts them as
 * the map of strings it replaced did: same spans, same counts, same lower-cased set, on texts written for this test
 * and on random ones.
 */
class TermCountsTest {
    /** The detector's scan before the table, kept here as the reference: start, end pairs. */
    private static List<int[]> oldTerms(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!WrittenApartGlue.isTermChar(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '+') {
                i++;
                continue;
            }
            int s = i;
            while (i < n && WrittenApartGlue.isTermChar(text.charAt(i))) {
                i++;
            }
            int e = i;
            while (e > s && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '+') && !text.startsWith("++", e - 2)) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            if (i == s) {
                i++;
            }
        }
        return out;
    }

    /** Counts every other term (as the detector skips some), compares with a map; returns the distinct texts. */
    private static int compare(String text) {
        List<int[]> old = oldTerms(text);
        TermCounts terms = new TermCounts(text);
        assertEquals(old.size(), terms.size(), text);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            assertEquals(old.get(i)[0], terms.start(i), text);
            assertEquals(old.get(i)[1], terms.end(i), text);
            if (i % 3 != 2) {
                map.merge(text.substring(old.get(i)[0], old.get(i)[1]), 1, Integer::sum);
                terms.count(i);
            }
        }
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < old.size(); i++) {
            String w = text.substring(old.get(i)[0], old.get(i)[1]);
            assertEquals(map.getOrDefault(w, 0), terms.countOf(i), w);
            assertEquals(map.containsKey(w), terms.contains(w), w);
            assertEquals(map.containsKey(w), terms.contains(new String(w.toCharArray())), w);
        }
        for (String w : map.keySet()) {
            lower.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(lower, terms.lowerCased(), text);
        return map.size();
    }

    @Test
    void countsTheTermsOfAWrittenText() {
        String text = "Install nginx and nginx-extras, then C++ and ARMv8RISC-V builds; nginx runs. Nginx- is cut.";
        TermCounts terms = new TermCounts(text);
        compare(text);
        for (int i = 0; i < terms.size(); i++) {
            terms.count(i);
        }
        assertEquals(2, terms.countOf(1), "nginx, written twice whole (nginx-extras is one term)");
        assertTrue(terms.contains("nginx-extras"));
        assertTrue(terms.contains("C++"), "C++ keeps its pluses");
        assertTrue(terms.contains("Nginx"), "a trailing hyphen is punctuation");
        assertFalse(terms.contains("nginx-"));
        assertFalse(terms.contains("ngin"), "a prefix of a term is no term");
    }

    @Test
    void countsAsTheMapOnRandomTexts() {
        Random r = new Random(1013);
        String chars = "abAB1-+. ,\n文";
        int distinct = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            distinct += compare(b.toString());
        }
        assertTrue(distinct > 3000, "distinct terms counted: " + distinct);
    }

    @Test
    void growsWhenMostTermsAreDistinct() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("t").append(i).append(i % 7 == 0 ? " t1 " : " ");
        }
        // every term counted: 1,000 distinct texts in a table sized for half of the 1,143 terms
        String text = b.toString();
        TermCounts terms = new TermCounts(text);
        for (int i = 0; i < terms.size(); i++) {
            terms.count(i);
        }
        assertEquals(1143, terms.size());
        assertEquals(1 + 143, terms.countOf(1), "t1 itself and once after each of t0, t7, ... t994");
        for (int i = 0; i < 1000; i++) {
            assertTrue(terms.contains("t" + i));
        }
        assertFalse(terms.contains("t1000"));
    }

    /** {@code contains(s, from, to)} answers as {@code contains} of the copy, for every stretch of random texts. */
    @Test
    void containsInPlaceAsTheCopy() {
        Random r = new Random(15);
        String chars = "abAB1-+. 文";
        int found = 0;
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            String text = b.toString();
            TermCounts terms = new TermCounts(text);
            for (int i = 0; i < terms.size(); i += 2) {
                terms.count(i);
            }
            String probe = text + " " + new StringBuilder(text).reverse();
            for (int from = 0; from <= probe.length(); from++) {
                for (int to = from; to <= probe.length(); to++) {
                    boolean copy = terms.contains(probe.substring(from, to));
                    assertEquals(copy, terms.contains(probe, from, to), probe + " " + from + " " + to);
                    found += copy ? 1 : 0;
                }
            }
        }
        assertTrue(found > 1000, "stretches that are counted terms: " + found);
    }

    @Test
    void anEmptyTextHasNoTerms() {
        TermCounts terms = new TermCounts("");
        assertEquals(0, terms.size());
        assertFalse(terms.contains("a"));
        assertTrue(terms.lowerCased().isEmpty());
    }
}
