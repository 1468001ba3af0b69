package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.Chars;
import io.mixdoc.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTaggerTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static String langAt(Document d, int offset) {
        for (LanguageSpan s : d.layer(Layers.LANG).spans()) {
            if (s.start() <= offset && offset < s.end()) {
                return s.lang();
            }
        }
        return null;
    }

    private static String langOf(String text, String part) {
        Document d = PIPELINE.run("t", text);
        return langAt(d, text.indexOf(part));
    }

    @Test
    void chineseAndEnglishSpansMeetAtTheRightOffsets() {
        String text = "他表示,合作前景广阔。 Recently, the ambassador spoke.他说";
        Document d = PIPELINE.run("t", text);
        List<LanguageSpan> spans = d.layer(Layers.LANG).spans();
        assertEquals(3, spans.size());
        assertEquals("zh", spans.get(0).lang());
        assertEquals(0, spans.get(0).start());
        // Neutral characters (the full stop and space) join the span before them.
        assertEquals(text.indexOf("Recently"), spans.get(1).start());
        assertEquals("en", spans.get(1).lang());
        assertEquals(text.indexOf("他说"), spans.get(2).start());
        assertEquals(text.length(), spans.get(2).end());
    }

    @Test
    void otherScriptsGetTheirLanguages() {
        assertEquals("ja", langOf("東京で会議が開かれた。", "東京"));
        assertEquals("ja", langOf("東京で会議が開かれた。", "で"));
        assertEquals("ko", langOf("서울에서 회의가 열렸다", "서울"));
        assertEquals("ru", langOf("Президент России заявил сегодня в Москве, что переговоры продолжатся на следующей неделе.", "Президент"));
        assertEquals("el", langOf("Καλημέρα κόσμε", "Καλημέρα"));
        assertEquals("zh", langOf("中国的经济", "中国"));
    }

    @Test
    void latinLanguagesAreToldApartWhenTheRunIsLongEnough() {
        String fr = "中新社报道。 Le président de la République a annoncé mercredi une nouvelle réforme des retraites pour les fonctionnaires.";
        assertEquals("fr", langOf(fr, "Le président"));
        String de = "他说。 Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für kleine Unternehmen deutlich zu senken.";
        assertEquals("de", langOf(de, "Die Bundes"));
        // A short Latin run takes the document's Latin language (English here), not a guess of its own.
        assertEquals("en", langOf("他叫 Pierre。 The meeting was held in Paris on Monday with all ministers present.", "Pierre"));
    }

    @Test
    void everyLetterOfTheSeedIsInASpanOfItsScriptsLanguage() {
        String text = TestData.seed();
        Document d = PIPELINE.run("seed", text);
        for (int i = 0; i < text.length(); i++) {
            int cp = text.charAt(i);
            if (Chars.isHan(cp)) {
                assertEquals("zh", langAt(d, i), "offset " + i);
            } else if (Chars.isLatinLetter(cp)) {
                assertEquals("en", langAt(d, i), "offset " + i);
            }
        }
    }

    @Test
    void codeIsZxxPinyinIsZhLatnAndTermsInChineseAreEnglish() {
        String text = "本项目使用Redis缓存，运行 `npm install mixdoc` 安装，设置JAVA_HOME变量。你好（nǐ hǎo）。"
                + "我们用Kubernetes、Elasticsearch、PostgreSQL、Kafka、kubelet、Nginx和Zacchiroli。";
        assertEquals("en", langOf(text, "Redis"));
        assertEquals("zxx", langOf(text, "npm install"));
        assertEquals("zxx", langOf(text, "JAVA_HOME"));
        assertEquals("zh-Latn", langOf(text, "nǐ"));
        for (String term : List.of("Kubernetes", "Elasticsearch", "PostgreSQL", "Kafka", "kubelet", "Nginx", "Zacchiroli")) {
            assertEquals("en", langOf(text, term), term);
        }
    }
}
