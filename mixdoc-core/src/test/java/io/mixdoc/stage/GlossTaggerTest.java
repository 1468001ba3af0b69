package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.Document;
import io.mixdoc.Gloss;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.internal.ToneMarks;
import io.mixdoc.json.ResultJson;
import io.mixdoc.json.ResultJsonTest;
import io.mixdoc.testkit.TestData;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GlossTaggerTest {
    private static List<Gloss> gloss(String text) {
        return new GlossTagger().apply(new TokenTagger().apply(Document.of("t", text))).layer(Layers.GLOSS).spans();
    }

    private static String words(String text, List<Gloss> g) {
        return g.stream().map(x -> text.substring(x.start(), x.end())).collect(Collectors.joining("|"));
    }

    @Test
    void aPipelineOfTheReadingAidAloneBringsTheTokenizerAlong() {
        Document d = Mixdoc.pipeline().withGloss().build().run("t", "中文 text");
        assertEquals("中文", words("中文 text", d.layer(Layers.GLOSS).spans()));
    }

    @Test
    void aLongRunWithoutPunctuationIsGlossedInWindows() {
        String run = "中国人民银行".repeat(GlossTagger.SEGMENT_WINDOW); // 3,000 Han characters, no punctuation
        List<Gloss> g = gloss(run);
        assertEquals(run.length(), g.get(g.size() - 1).end(), "the whole run is glossed");
        assertTrue(g.stream().allMatch(x -> x.end() - x.start() <= GlossTagger.SEGMENT_WINDOW));
    }

    @Test
    void chineseWordsGetPinyinWithToneMarksAndSenses() {
        String text = "He said 我在银行工作 in 中国.";
        List<Gloss> g = gloss(text);
        assertEquals("我|在|银行|工作|中国", words(text, g));
        Gloss bank = g.get(2);
        assertEquals(text.indexOf("银行"), bank.start());
        assertEquals(text.indexOf("银行") + 2, bank.end());
        assertEquals("yín háng", bank.pinyin());
        assertTrue(bank.glosses().contains("bank"), bank.glosses().toString());
        assertEquals("Zhōng guó", g.get(4).pinyin());
        assertTrue(g.get(4).glosses().contains("China"));
        // A dictionary word longer than its parts wins: 中国银行 is "Bank of China", not two words.
        assertEquals("中国银行", words("中国银行", gloss("中国银行")));
    }

    @Test
    void traditionalCharactersAreGlossedToo() {
        // Pages from Taiwan and Hong Kong: CC-CEDICT's traditional headwords are indexed as well.
        String text = "他在銀行工作";
        List<Gloss> g = gloss(text);
        assertEquals(text.length(), g.get(g.size() - 1).end());
        for (Gloss x : g) {
            assertFalse(x.glosses().isEmpty(), words(text, List.of(x)));
        }
        Gloss bank = gloss("銀行").get(0);
        assertTrue(bank.glosses().contains("bank") || bank.glosses().stream().anyMatch(s -> s.contains("silver")), bank.glosses().toString());
    }

    @Test
    void thePolyphoneReadingFollowsTheWord() {
        // 长 is cháng "long" in 长城 but zhǎng "to grow" in 成长: the matching reading's senses come first.
        Gloss grow = gloss("孩子成长").get(1);
        assertEquals("chéng zhǎng", grow.pinyin());
        Gloss wall = gloss("长城").get(0);
        assertEquals("Cháng chéng", wall.pinyin());
        assertTrue(wall.glosses().get(0).startsWith("the Great Wall"), wall.glosses().toString());
    }

    @Test
    void wordsOutsideTheDictionaryAreCoveredByLongestMatches() {
        // A personal name HanLP keeps whole is no CC-CEDICT headword: its characters are glossed instead.
        String text = "刘江平说";
        List<Gloss> g = gloss(text);
        assertEquals(text.length(), g.get(g.size() - 1).end());
        for (Gloss x : g) {
            assertFalse(x.pinyin().isEmpty(), words(text, List.of(x)));
        }
        // Every Han character is covered exactly once, in order.
        int at = 0;
        for (Gloss x : g) {
            assertEquals(at, x.start());
            at = x.end();
        }
    }

    @Test
    void charactersOutsideTheBmpStayWholeAndJsonOffsetsAreCodePoints() throws Exception {
        String text = "𠮷野家 is a restaurant 吃饭";
        Document doc = Mixdoc.pipeline().standard().withGloss().build().run("t", text);
        for (Gloss x : doc.layer(Layers.GLOSS).spans()) {
            assertFalse(Character.isLowSurrogate(text.charAt(x.start())));
        }
        JsonNode tree = ResultJson.toTree(doc);
        assertTrue(ResultJsonTest.schema().validate(tree).isEmpty(), ResultJsonTest.schema().validate(tree).toString());
        JsonNode last = tree.path("gloss").get(tree.path("gloss").size() - 1);
        int[] cps = text.codePoints().toArray();
        assertEquals("吃饭", new String(cps, last.path("start").asInt(), last.path("end").asInt() - last.path("start").asInt()));
        assertEquals("chī fàn", last.path("pinyin").asText());
    }

    @Test
    void withoutTheStageTheResultHasNoGlossField() {
        String seed = TestData.seed();
        assertFalse(ResultJson.toTree(Mixdoc.standard().run("doc", seed)).has("gloss"));
        JsonNode with = ResultJson.toTree(Mixdoc.standardWithGloss().run("doc", seed));
        assertTrue(with.path("gloss").size() > 100);
    }

    @Test
    void toneMarksFollowTheStandardPlacement() {
        assertEquals("lǜ", ToneMarks.syllable("lu:4"));
        assertEquals("guǒ", ToneMarks.syllable("guo3"));
        assertEquals("liú", ToneMarks.syllable("liu2"));
        assertEquals("duì", ToneMarks.syllable("dui4"));
        assertEquals("hǎo", ToneMarks.syllable("hao3"));
        assertEquals("de", ToneMarks.syllable("de5"));
        assertEquals("Běi jīng", ToneMarks.of("Bei3 jing1"));
    }
}
