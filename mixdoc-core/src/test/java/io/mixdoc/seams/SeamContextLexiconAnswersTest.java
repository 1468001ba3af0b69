package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.EnglishLexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SeamContext} asks the lexicon once per word of the document ({@code isKnownWord}, {@code inLexicon}), not
 * once per token: every token, asked in any order, must get the answer its own text gets from the lexicon, for
 * words written in several cases and for tokens beyond ASCII (Turkish İ, Greek, the Kelvin sign, ß), which keep an
 * answer of their own.
 */
class SeamContextLexiconAnswersTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();
    private static final EnglishLexicon LEXICON = EnglishLexicon.get();

    private static final String[] TEXTS = {
        "They are here. THEY are not there, and they are late. Redis is fast; we use Redis and redis-cli.\n"
                + "我们使用Redis缓存，they are 朋友。The Linux kernel and the linux tools: LINUX is everywhere. ges正在peop",
        "İstanbul and istanbul, İSTANBUL; ΣΟΦΙΑ and σοφια. The \u212Aelvin scale, the kelvin, KELVIN. Straße and STRASSE,"
                + " café, CAFÉ, Café. 合作ges正在使用orm框架，Th的 nginx 和 sudo。 Apple apple APPLE aPPLE.",
    };

    private static final String[] PIECES = {
        "the", "The", "THE", "redis", "Redis", "ges", "peop", "Th", "orm", "İ", "i", "\u212A", "k", "elvin", "ß", "ss",
        "é", "cafe", "Σ", "σ", "ος", "apple", "APP", "le", "ing", "nginx", "s", "a", "I",
    };
    private static final String[] GLUE = {" ", " ", " ", "，", "的", "。", "\n", "-", ". ", "使用"};

    private static int compare(String text, Random order) {
        SeamContext ctx = new SeamContext(PIPELINE.run("t", text), LEXICON);
        List<LatinToken> asked = new ArrayList<>(ctx.tokens);
        asked.addAll(ctx.tokens); // twice: a second answer comes from the cache
        Collections.shuffle(asked, order);
        for (LatinToken t : asked) {
            String w = t.text();
            assertEquals(LEXICON.isCommonWord(w) || ctx.vocabularyCount(w) > 0, ctx.isKnownWord(t), () -> "isKnownWord " + t);
            assertEquals(LEXICON.contains(w), ctx.inLexicon(t), () -> "inLexicon " + t);
            assertEquals(ctx.vocabularyCount(w), ctx.vocabularyCount(t), () -> "vocabularyCount " + t);
        }
        return ctx.tokens.size();
    }

    @Test
    void everyTokenGetsItsOwnTextsAnswer() {
        Random order = new Random(13);
        for (String text : TEXTS) {
            assertTrue(compare(text, order) > 20);
        }
    }

    @Test
    void randomTextsOfWordsInSeveralCases() {
        Random r = new Random(2026);
        int tokens = 0;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + r.nextInt(40);
            for (int i = 0; i < parts; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) > 0) {
                    b.append(GLUE[r.nextInt(GLUE.length)]);
                }
            }
            tokens += compare(b.toString(), r);
        }
        assertTrue(tokens > 10_000);
    }
}
