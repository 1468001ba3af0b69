package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.EnglishLexicon;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyNumbers} (asked with a reused builder) must count as the map of strings it replaced in
 * {@link SeamContext}'s term-stretch counts, and {@link SeamContext#lowerCased} must lower-case as
 * {@code toLowerCase(Locale.ROOT)}; texts written for this test.
 */
class KeyNumbersTest {
    @Test
    void countsAndNumbersAsAMapInOrderOfFirstUse() {
        // "Aa" and "BB" share a hash code, as do "AaAa", "BBBB", "AaBB": collisions must stay apart
        String[] keys = {"order by", "Aa", "BB", "redis", "AaAa", "BBBB", "order by", "AaBB", "Aa", "", "redis", "x"};
        Random random = new Random(13);
        String[] many = new String[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = keys[random.nextInt(keys.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(60));
        }
        for (String[] input : new String[][] {keys, many}) {
            KeyNumbers numbers = new KeyNumbers();
            Map<String, Integer> reference = new LinkedHashMap<>();
            StringBuilder reused = new StringBuilder();
            for (String k : input) {
                reused.setLength(0);
                reused.append(k);
                int id = numbers.count(reused);
                reference.merge(k, 1, Integer::sum);
                assertEquals(k, numbers.key(id));
                assertEquals(id, numbers.idOf(k));
            }
            assertEquals(reference.size(), numbers.size());
            int id = 0;
            for (Map.Entry<String, Integer> e : reference.entrySet()) {
                assertEquals(e.getKey(), numbers.key(id)); // numbered in the order of first use
                assertEquals(e.getValue(), numbers.countOf(id));
                id++;
            }
            assertEquals(-1, numbers.idOf("never counted"));
        }
    }

    @Test
    void lowerCasesAsTheStringDoes() {
        for (String s : new String[] {"Order BY", "spring boot admin", "İstanbul Road", "ΟΔΟΣ Street", "\u212Aelvin",
                "Café Latte", "MiXeD 42 Words", ""}) {
            StringBuilder b = new StringBuilder(s);
            assertEquals(s.toLowerCase(Locale.ROOT), SeamContext.lowerCased(b).toString(), s);
        }
    }

    @Test
    void aStretchWrittenThreeTimesInAnyCaseRecurs() {
        Pipeline pipeline = Mixdoc.pipeline().withoutExtensions().fast().build();
        String text = "查询包含order by，结果有序。如果sql有Order By，就要排序。注意ORDER BY的列名。另外group by只用了一次。";
        SeamContext ctx = new SeamContext(pipeline.run("t", text), EnglishLexicon.get());
        int seen = 0;
        for (LatinToken t : ctx.tokens) {
            if (t.lower().equals("order")) {
                assertTrue(ctx.inRecurringStretch(t), t.text());
                seen++;
            } else if (t.lower().equals("group")) {
                assertFalse(ctx.inRecurringStretch(t), t.text());
                seen++;
            }
        }
        assertEquals(4, seen);
    }
}
