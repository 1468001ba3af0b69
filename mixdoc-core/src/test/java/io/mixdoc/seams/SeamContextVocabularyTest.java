package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.testkit.TestData;
import io.mixdoc.text.EnglishLexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SeamContext} keeps its vocabulary as counts by word number, not as the {@code HashMap} it was. The counts must
 * be the map's, and the order it replays for {@link AffixIndex#bestEndingWith}'s ties the map's iteration order: the
 * map is built here as the context built it (one {@code merge} per clean token, in text order), on the seed, the
 * team-written sample documents and random texts of many distinct words (large maps: resized, long bins).
 */
class SeamContextVocabularyTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();
    private static final EnglishLexicon LEXICON = EnglishLexicon.get();

    /** The vocabulary as the context built it before: lower-cased clean word -> occurrences. */
    private static Map<String, Integer> mapAsBefore(SeamContext ctx) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (LatinToken t : ctx.tokens) {
            int before = ctx.cpBefore(t.start());
            boolean afterApostrophe = before == '\'' || before == '’';
            if (!ctx.touchesCjkBefore(t) && !ctx.touchesCjkAfter(t) && !ctx.touchesDigit(t) && !afterApostrophe) {
                vocabulary.merge(t.lower(), 1, Integer::sum);
            }
        }
        return vocabulary;
    }

    /** Compares counts and order; answers the vocabulary's size. */
    private static int compare(String text) {
        SeamContext ctx = new SeamContext(PIPELINE.run("t", text), LEXICON);
        Map<String, Integer> before = mapAsBefore(ctx);
        assertArrayEquals(before.keySet().toArray(new String[0]), ctx.vocabularyInMapOrder());
        for (LatinToken t : ctx.tokens) {
            int expected = before.getOrDefault(t.lower(), 0);
            assertEquals(expected, ctx.vocabularyCount(t), () -> "vocabularyCount " + t);
            assertEquals(expected, ctx.vocabularyCount(t.text()), () -> "vocabularyCount of the text " + t);
        }
        assertEquals(0, ctx.vocabularyCount("zzqxj"));
        return before.size();
    }

    @Test
    void theSeedAndTheSampleDocuments() {
        List<Path> texts = new ArrayList<>(TestData.sampleDocs());
        texts.add(TestData.seedText());
        int words = 0;
        for (Path p : texts) {
            words += compare(TestData.read(p));
        }
        assertTrue(words > 500, "the documents must have a vocabulary, had " + words);
    }

    @Test
    void randomTextsOfManyWords() {
        Random r = new Random(19);
        String[] glue = {" ", " ", " ", "，", "的", "。", "\n", "3", "'", ". ", "使用"};
        int largest = 0;
        for (int n = 0; n < 100; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(n < 8 ? 3_000 : 200);
            for (int i = 0; i < words; i++) {
                int len = 1 + r.nextInt(6);
                for (int j = 0; j < len; j++) {
                    // upper case too: one word number for Redis and redis
                    b.append((char) ((r.nextInt(5) == 0 ? 'A' : 'a') + r.nextInt(26)));
                }
                b.append(glue[r.nextInt(glue.length)]);
            }
            largest = Math.max(largest, compare(b.toString()));
        }
        assertTrue(largest > 400, "some map must be resized several times, largest " + largest);
    }
}
