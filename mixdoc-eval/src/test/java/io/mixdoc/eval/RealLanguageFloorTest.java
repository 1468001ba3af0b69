package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.testkit.SharedData;
import io.mixdoc.testkit.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Language tags on real text. The documents of {@code data/real} and the seed are English and Chinese
 * (by how they were gathered). A news body's language is judged here without the tagger: by the share
 * of its Latin words that are English function words ({@link #FUNCTION_WORDS}; English prose has
 * 25–40 %, other languages' prose under 3 %) and function words of other languages
 * ({@link #OTHER_FUNCTION_WORDS}); a body that is neither (box scores, tables) is not counted. In English (and Chinese)
 * documents, and in documents written mostly in another script (Chinese, Korean, Russian), every Latin letter should be {@code en}, {@code zxx} or {@code zh-Latn}: names, titles,
 * headlines, lists and code included. In documents written in another Latin-script language, most
 * Latin letters should carry a language other than English: the tagger must still recognise them.
 * Floors as measured on 2026-11-30 (session 5); tighten when a change improves them.
 */
class RealLanguageFloorTest {
    /**
     * Target ≤ 0.5 % of Latin letters of English documents tagged another language; measured 0 in news and
     * in data/real + seed (before this session data/real had 0.14 %: listings, licence lists, name tables).
     */
    static final double MAX_OTHER_IN_ENGLISH = 0.0005;
    /** Measured 0.9913 on the 8 news bodies judged German, Portuguese, Italian or Indonesian. */
    static final double MIN_OWN_IN_FOREIGN = 0.98;
    static final Set<String> ENGLISH_TAGS = CleanSetScorer.LATIN_TAGS;

    /** Common English function words that are rare as words of other Latin-script languages. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "is", "that", "for", "with",
            "was", "are", "this", "be", "by", "have", "has", "it", "not", "from", "they", "you", "we", "which",
            "or", "will", "at", "an", "their", "been", "were", "would", "can", "there", "what", "when", "if");
    /** Function words of the other Latin-script languages the news holds (German, French, Spanish, Portuguese, Italian, Indonesian). */
    static final Set<String> OTHER_FUNCTION_WORDS = Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "von",
            "le", "la", "les", "des", "est", "une", "pour", "dans", "el", "los", "las", "que", "del", "por", "para",
            "con", "não", "uma", "com", "da", "do", "em", "il", "che", "di", "per", "non", "yang", "dan", "ini", "itu",
            "dengan", "untuk", "tidak");
    static final double ENGLISH_DOCUMENT = 0.15;
    static final double FOREIGN_DOCUMENT = 0.03;
    static final double FOREIGN_DOCUMENT_OWN = 0.1;
    static final int MIN_FOREIGN_LATIN_LETTERS = 300;

    /** Latin letters of English documents by tag, and of other Latin-language documents by tag. */
    static final class Tally {
        long englishDocs;
        long englishLetters;
        long englishOther;
        long foreignDocs;
        long foreignLetters;
        long foreignOwn;
        final List<String> worst = new ArrayList<>();

        /** {@code englishOrChinese}: known to be so (data/real, the seed); else judged by function words. */
        void add(String name, Document doc, boolean englishOrChinese) {
            String text = doc.text();
            String[] tag = new String[text.length()];
            for (LanguageSpan s : doc.layer(Layers.LANG).spans()) {
                java.util.Arrays.fill(tag, s.start(), s.end(), s.lang());
            }
            long letters = 0;
            long latin = 0;
            long notEnglish = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                        if (tag[i] == null || !ENGLISH_TAGS.contains(tag[i])) {
                            notEnglish++;
                        }
                    }
                }
            }
            if (latin == 0) {
                return;
            }
            double english = functionWordShare(text, FUNCTION_WORDS);
            // A document mostly in another script (Chinese, Korean, Russian): its Latin words are English terms, names and code.
            if (englishOrChinese || english >= ENGLISH_DOCUMENT || latin * 2 < letters) {
                englishDocs++;
                englishLetters += latin;
                englishOther += notEnglish;
                if (notEnglish > 0) {
                    worst.add(String.format(Locale.ROOT, "%s: %d of %d Latin letters not en", name, notEnglish, latin));
                }
            } else if (english < FOREIGN_DOCUMENT && functionWordShare(text, OTHER_FUNCTION_WORDS) >= FOREIGN_DOCUMENT_OWN
                    && latin >= MIN_FOREIGN_LATIN_LETTERS) {
                foreignDocs++;
                foreignLetters += latin;
                foreignOwn += notEnglish;
                if (notEnglish < latin * MIN_OWN_IN_FOREIGN) {
                    worst.add(String.format(Locale.ROOT, "%s (not English): only %d of %d Latin letters not en", name, notEnglish, latin));
                }
            }
        }

        double otherInEnglish() {
            return englishLetters == 0 ? 0 : englishOther / (double) englishLetters;
        }

        double ownInForeign() {
            return foreignLetters == 0 ? 1 : foreignOwn / (double) foreignLetters;
        }

        String report(String set) {
            return String.format(Locale.ROOT, "%s: %d English/Chinese documents, %d Latin letters, %.4f %% tagged another language;"
                    + " %d documents in another Latin language, %d letters, %.2f %% recognised%n  %s%n", set, englishDocs,
                    englishLetters, 100 * otherInEnglish(), foreignDocs, foreignLetters, 100 * ownInForeign(),
                    String.join("\n  ", worst));
        }
    }

    static double functionWordShare(String text, Set<String> functionWords) {
        int words = 0;
        int function = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i)) || Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.LATIN) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            words++;
            if (functionWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return words == 0 ? 0 : function / (double) words;
    }

    private static Tally tally(Map<String, String> documents, boolean englishOrChinese) {
        Pipeline pipeline = Mixdoc.pipeline().fast().build();
        List<Document> docs = documents.entrySet().parallelStream()
                .map(e -> pipeline.run(e.getKey(), e.getValue())).toList();
        Tally t = new Tally();
        docs.forEach(d -> t.add(d.id(), d, englishOrChinese));
        return t;
    }

    @Test
    void englishAndChineseRealDocumentsKeepTheirLatinEnglish() throws Exception {
        Map<String, String> docs = new java.util.TreeMap<>();
        for (Path p : CleanSetScorer.documents(TestData.path("data/real"))) {
            docs.put(p.getParent().getFileName() + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
        }
        Path seed = TestData.path("data/seed");
        for (Path p : CleanSetScorer.documents(seed)) {
            docs.put("seed/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
        }
        Tally t = tally(docs, true);
        System.out.print(t.report("data/real + seed"));
        assertTrue(t.englishDocs >= 900, "documents not found whole: " + t.englishDocs);
        assertTrue(t.otherInEnglish() <= MAX_OTHER_IN_ENGLISH, t.report("data/real + seed"));
    }

    @Test
    @Tag(SharedData.TAG)
    void realNewsIsTaggedWithItsOwnLanguages() throws Exception {
        Map<String, String> docs = new java.util.TreeMap<>();
        for (String set : new String[] {"eval/article-extraction", "eval/article-extraction-zh"}) {
            JsonNode pages = new ObjectMapper().readTree(SharedData.dir(set).resolve("ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> page = it.next();
                String body = page.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    docs.put(set.substring(set.indexOf('/') + 1) + "/" + page.getKey(), body);
                }
            }
        }
        Tally t = tally(docs, false);
        System.out.print(t.report("news bodies"));
        assertTrue(t.englishDocs >= 200, "news bodies not found whole: " + t.englishDocs);
        assertTrue(t.otherInEnglish() <= MAX_OTHER_IN_ENGLISH, t.report("news bodies"));
        assertTrue(t.foreignDocs >= 8, "too few non-English news bodies: " + t.foreignDocs);
        assertTrue(t.ownInForeign() >= MIN_OWN_IN_FOREIGN, t.report("news bodies"));
    }
}
