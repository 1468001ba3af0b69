package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.EnglishLexicon;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link LatinToken} reads the text in place: its text and lower-cased text must be what the substring and its
 * {@code toLowerCase(Locale.ROOT)} were, and every use of a word must share one lower-cased string; texts written
 * for this test.
 */
class LatinTokenTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    @Test
    void textAndLowerAreTheSubstringsTheyReplace() {
        String text = "The İstanbul office uses Redis and redis; REDIS runs. 我们用Kafka和kafka，Café and café, "
                + "ΟΔΟΣ or οδος, iPhone and McDonald met the \u212Aelvin scale.\nthe end, The End.";
        SeamContext ctx = new SeamContext(PIPELINE.run("t", text), EnglishLexicon.get());
        LatinToken firstRedis = null;
        int lowerCaseTokens = 0;
        for (LatinToken t : ctx.tokens) {
            String written = text.substring(t.start(), t.end());
            assertEquals(written, t.text());
            assertEquals(written.toLowerCase(Locale.ROOT), t.lower());
            assertEquals(written.length(), t.length());
            assertEquals(Character.isUpperCase(written.charAt(0)), t.isCapitalised(), written);
            assertEquals(written.equals(written.toUpperCase(Locale.ROOT)) && written.chars().allMatch(Character::isUpperCase),
                    t.isAllCaps(), written);
            if (t.lower().equals("redis")) {
                if (firstRedis == null) {
                    firstRedis = t;
                }
                assertSame(firstRedis.lower(), t.lower()); // one string for the word, whatever its case
            }
            if (written.equals(t.lower())) {
                assertSame(t.lower(), t.text()); // a lower-case token makes no copy of its own
                lowerCaseTokens++;
            }
        }
        assertEquals(3, ctx.wholeCount("Redis"));
        assertEquals(4, ctx.wholeCount("the")); // The İstanbul, the Kelvin, the end, The End
        assertEquals(true, lowerCaseTokens > 10);
    }
}
