package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.Chars;
import io.mixdoc.text.EnglishLexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link SeamContext} numbers the document's words once and keeps whole-word counts, spellings and word pairs in
 * arrays by number; they must answer as the maps of words they replaced (kept here as the reference) on texts
 * written for this test.
 */
class SeamContextWordsTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static final String[] TEXTS = {
        "They are here. They are not there, and they are late. Redis is fast; we use Redis and redis-cli.\n"
                + "我们使用Redis缓存，they are 朋友。The Linux kernel and the linux tools: Linux is everywhere. "
                + "She said they were here, then they are gone. ARM and arm, Arm is a company.",
        "Install the package. The package manager installs the package and its dependencies. "
                + "安装package之后，the manager runs. Mr. Smith met Smith and smith in London; london is a city.\n"
                + "Debian Wiki on Keysigning 说明了 the keysigning party. it is done. It is done. it was done.",
    };

    private static boolean sentenceInitial(String text, LatinToken t) {
        int i = t.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || Chars.isCjkSentenceEnd(c) || c == ':';
    }

    /** The maps the context built before the numbering, from its tokens, and the answers compared. */
    private static void compare(String text) {
        SeamContext ctx = new SeamContext(PIPELINE.run("t", text), EnglishLexicon.get());
        Map<String, Integer> wholeWords = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        Map<String, Map<String, Integer>> after = new HashMap<>();
        Map<String, Map<String, Integer>> before = new HashMap<>();
        for (LatinToken t : ctx.tokens) {
            wholeWords.merge(t.lower(), 1, Integer::sum);
            int b = ctx.cpBefore(t.start());
            if (!ctx.touchesCjkBefore(t) && !ctx.touchesCjkAfter(t) && !ctx.touchesDigit(t) && b != '\'' && b != '’') {
                if (!t.isCapitalised()) {
                    spelling.put(t.lower(), t.text());
                } else if (!sentenceInitial(text, t)) {
                    spelling.putIfAbsent(t.lower(), t.text());
                }
            }
        }
        for (int i = 1; i < ctx.tokens.size(); i++) {
            LatinToken x = ctx.tokens.get(i - 1);
            LatinToken y = ctx.tokens.get(i);
            boolean clean = !ctx.touchesCjkBefore(x) && !ctx.touchesCjkAfter(x) && !ctx.touchesDigit(x)
                    && !ctx.touchesCjkBefore(y) && !ctx.touchesCjkAfter(y) && !ctx.touchesDigit(y);
            if (y.start() == x.end() + 1 && text.charAt(x.end()) == ' ' && clean) {
                after.computeIfAbsent(x.lower(), k -> new HashMap<>()).merge(y.lower(), 1, Integer::sum);
                before.computeIfAbsent(y.lower(), k -> new HashMap<>()).merge(x.lower(), 1, Integer::sum);
            }
        }
        Set<String> asked = new HashSet<>(wholeWords.keySet());
        asked.add("nowhere");
        int pairsFound = 0;
        for (String w : asked) {
            assertEquals(wholeWords.getOrDefault(w, 0), ctx.wholeCount(w), w);
            assertEquals(wholeWords.getOrDefault(w, 0), ctx.wholeCount(w.toUpperCase(Locale.ROOT)), w);
            assertEquals(spelling.getOrDefault(w, w), ctx.documentSpelling(w), w);
            for (Predicate<String> fits : java.util.List.<Predicate<String>>of(c -> true, c -> c.length() > 3, c -> c.startsWith("t"))) {
                for (boolean isAfter : new boolean[] {true, false}) {
                    String expected = best((isAfter ? after : before).get(w), fits);
                    assertEquals(expected, ctx.mostFrequentBeside(w, isAfter, fits), w + " " + isAfter);
                    pairsFound += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(pairsFound > 10, "the text must have word pairs: " + pairsFound);
    }

    /** The most frequent word that fits, alphabetically first among equals. */
    private static String best(Map<String, Integer> counts, Predicate<String> fits) {
        String best = null;
        if (counts != null) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (!fits.test(e.getKey())) {
                    continue;
                }
                int c = e.getValue();
                int bc = best == null ? 0 : counts.get(best);
                if (c > bc || c == bc && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    @Test
    void wordCountsSpellingsAndPairsAnswerAsTheMapsOfWords() {
        for (String text : TEXTS) {
            compare(text);
        }
    }

    @Test
    void aNameKeepsItsCapitalAndALowerCaseUseWins() {
        SeamContext ctx = new SeamContext(PIPELINE.run("t", TEXTS[0]), EnglishLexicon.get());
        assertEquals("redis", ctx.documentSpelling("redis"), "redis is written in lower case once: that form wins");
        assertEquals("linux", ctx.documentSpelling("linux"));
        assertEquals("are", ctx.mostFrequentBeside("they", true, c -> true), "they are, three times");
        assertEquals(4, ctx.wholeCount("Redis"), "four times whole, touching Chinese or not, redis-cli's too");
    }
}
