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

    @Test
    void namesListsAndCommandsInEnglishTextStayEnglish() {
        String countries = "Euro 2020 qualifying is over. The play-off paths were drawn on Friday.\n"
                + "Path B: Bosnia and Herzegovina, Slovakia, Republic of Ireland, Northern Ireland\n"
                + "Path C: Scotland, Norway, Serbia, Israel\n";
        assertEquals("en", langOf(countries, "Bosnia"));
        String people = "The project leaders were:\n\nIan     Murdock   August  1993\nBruce   Perens    April   1996\n"
                + "Ian     Jackson   January 1998\nWichert Akkerman  January 1999\nBen     Collins   April   2001\n";
        assertEquals("en", langOf(people, "Wichert"));
        String shell = "Clean the cache with one of these:\n\napt autoclean | aptitude autoclean | apt-get autoclean | apt clean\n";
        assertEquals("en", langOf(shell, "aptitude"));
        String licences = "许可证有：GNU GPL-1、GNU GPL-2、GNU GPL-3、LGPL-2、LGPL-2.1、LGPL-3、GNU FDL-1.2、Apache-2.0、CC0-1.0、MPL-2.0 等。";
        assertEquals("en", langOf(licences, "LGPL"));
    }

    @Test
    void latinNamesInKoreanAndCommandsInRussianAreEnglish() {
        String ko = "주말 드라마 시청률 경쟁에서 MBC 와 SBS 가 앞섰고 KBS 는 뒤처졌다. 방송사 tv 편성표를 보면 알 수 있다.";
        assertEquals("en", langOf(ko, "MBC"));
        assertEquals("en", langOf(ko, "KBS"));
        String ru = "Характеристики бега можно увеличить за счет кодов: player.setav speedmult 125, затем health и stamina.";
        assertEquals("en", langOf(ru, "speedmult"));
        assertEquals("en", langOf(ru, "stamina"));
    }

    @Test
    void passagesInOtherLatinLanguagesAreStillRecognised() {
        String fr = "Le conseil municipal a voté hier soir le budget de l'année prochaine, après un long débat sur les transports "
                + "publics et le prix des cantines scolaires.";
        assertEquals("fr", langOf(fr, "conseil"));
        String es = "El ayuntamiento aprobó ayer el presupuesto para el próximo año después de un largo debate sobre el transporte "
                + "público y las escuelas.";
        assertEquals("es", langOf(es, "ayuntamiento"));
        String de = "Der Stadtrat hat gestern Abend den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte "
                + "über den öffentlichen Nahverkehr.";
        assertEquals("de", langOf(de, "Stadtrat"));
        // A foreign paragraph inside an English article, and one inside a Chinese one.
        String mixed = "The mayor spoke to reporters after the vote and said the city would keep its promises.\n\n"
                + "« Nous avons fait des choix difficiles, mais nous les avons faits ensemble avec tous les habitants de la ville », a-t-il déclaré.\n";
        assertEquals("en", langOf(mixed, "mayor"));
        assertEquals("fr", langOf(mixed, "choix difficiles"));
        String zh = "市长在投票后表示：“Nous avons fait des choix difficiles, mais nous les avons faits ensemble avec tous les habitants.” 他说。";
        assertEquals("fr", langOf(zh, "choix difficiles"));
    }

    @Test
    void aDocumentInAnotherLatinLanguageKeepsItsLanguageThroughNamesAndAccents() {
        // Portuguese: é, lá and até are its words, not pinyin; the table of names is part of the page.
        String pt = "Nesta página você terá sempre a classificação atualizada da corrida até a última etapa!\n\n"
                + "Coloque nos seus favoritos e venha sempre conferir a classificação, que é atualizada lá toda semana.\n\n"
                + "1 Kyle Busch 5040\n2 Martin Truex Jr. 5035\n3 Kevin Harvick 5033\n";
        assertEquals("pt", langOf(pt, "Nesta"));
        assertEquals("pt", langOf(pt, "até"));
        assertEquals("pt", langOf(pt, "é atualizada"));
        // Indonesian does not flip to Malay run by run.
        String id = "Sekarang kita lihat asal muasal penghinaan terhadap istri dan sahabat Nabi. Saya dulu merasa kehidupan "
                + "semua sahabat rukun dan damai, dan itu benar di zaman Nabi.\n\n"
                + "Islam sudah sempurna secara aqidah mau pun fiqih sebelum Nabi Muhammad wafat, jadi baik Sunni maupun Syiah "
                + "yang sebagian besar sahabat juga belajar dari sumber yang sama.";
        assertEquals(langOf(id, "Sekarang"), langOf(id, "Islam sudah"));
    }
}
