package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Layer;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Seam;
import io.mixdoc.testkit.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: each damage class on its generated set (real clean text from Debian's manuals with the
 * damage spliced in, {@code tools/damage_sets.sh}) holds precision and recall floors, and the new
 * detectors raise nothing on the set's undamaged documents.
 */
class DamageSetFloorTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;
    private static final Set<String> NEW_TYPES = Set.of("INJECTED_ANNOTATION", "NOISE");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"injected, INJECTED_ANNOTATION", "zhuyin, INJECTED_ANNOTATION", "noise, NOISE", "dup, DUPLICATION",
            "leaked, INTRA_SENTENCE_SWITCH"})
    void eachDamageClassHoldsItsFloors(String set, String type) throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false)
                .run(List.of(TestData.path("data/eval/damage/" + set)), false);
        System.out.print(EvalReport.table(r));
        double[] t = r.mixdoc().perType().get(type); // precision, recall, F1, gold, predicted
        assertTrue(r.mixdoc().documents >= 30, "set not found whole: " + r.mixdoc().documents);
        assertTrue(t[3] >= 150, type + " gold seams " + t[3]);
        assertTrue(t[0] >= MIN_PRECISION, type + " precision " + t[0]);
        assertTrue(t[1] >= MIN_RECALL, type + " recall " + t[1]);
        assertEquals(0, r.mixdoc().notSeamsFlagged(), "textbook glosses and other not-seams flagged");
        for (int i = 0; i < r.documents().size(); i++) {
            if (r.documents().get(i).clean()) {
                List<Seam> seams = r.analysed().get(i).find(Layers.SEAM).map(Layer::spans).orElse(List.of());
                assertEquals(List.of(), seams.stream().filter(s -> NEW_TYPES.contains(s.type().name())).toList(),
                        "new detectors fired on undamaged " + r.documents().get(i).name());
            }
        }
    }

    /**
     * An untranslated paragraph between translated ones is reported as a span of the document's other
     * language: nearly all of each such line's letters tagged {@code en}, and the Chinese around it {@code zh}.
     */
    @Test
    void anUntranslatedLineIsASpanOfTheOtherLanguage() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false)
                .run(List.of(TestData.path("data/eval/damage/untranslated")), false);
        int lines = 0;
        int found = 0;
        for (int i = 0; i < r.documents().size(); i++) {
            io.mixdoc.Document d = r.analysed().get(i);
            String text = d.text();
            String[] lang = new String[text.length()];
            for (io.mixdoc.LanguageSpan s : d.layer(Layers.LANG).spans()) {
                java.util.Arrays.fill(lang, s.start(), s.end(), s.lang());
            }
            for (GoldDocument.GoldSpan g : r.documents().get(i).spans()) {
                if (!g.label().equals("en")) {
                    continue;
                }
                lines++;
                int letters = 0;
                int english = 0;
                for (int k = g.start(); k < g.end(); k++) {
                    if (io.mixdoc.text.Chars.isLetter(text.charAt(k))) {
                        letters++;
                        english += "en".equals(lang[k]) ? 1 : 0;
                    }
                }
                found += english >= 0.95 * letters ? 1 : 0;
            }
        }
        assertTrue(lines >= 30, "untranslated lines " + lines);
        assertTrue(found >= MIN_RECALL * lines, "untranslated lines found " + found + " of " + lines);
        assertTrue(r.mixdoc().letterAccuracy() >= 0.98, "letter accuracy " + r.mixdoc().letterAccuracy());
    }

    /**
     * Extraction glue, one set a kind ({@code GlueGenerator}): glue made only where the document keeps the
     * evidence a reader would use. Floors as measured on the committed sets, so that they can only rise; the
     * Chinese pair sets are too small to hold a floor (one and three seams: a Chinese pair needs two copies
     * written apart, which few documents have) and are scored in the README, not here.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"glue-latin, 0.95, GLUE_LATIN_RECALL", "glue-infobox, 0.95, GLUE_INFOBOX_RECALL", "glue-sentence, 0.98, 0.97"})
    void extractionGlueHoldsItsFloors(String set, double minPrecision, String minRecall) throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), false).run(List.of(TestData.path("data/eval/damage/" + set)), false);
        System.out.print(EvalReport.table(r));
        double[] t = r.mixdoc().perType().get("GLUED_WORDS");
        double recall = switch (minRecall) {
            case "GLUE_LATIN_RECALL" -> GLUE_LATIN_RECALL;
            case "GLUE_INFOBOX_RECALL" -> GLUE_INFOBOX_RECALL;
            default -> Double.parseDouble(minRecall);
        };
        assertTrue(t[3] >= 5, set + " gold " + t[3]);
        assertTrue(t[0] >= minPrecision, set + " precision " + t[0]);
        assertTrue(t[1] >= recall, set + " recall " + t[1]);
    }

    /**
     * Chinese list glue ({@code ListGlue}): scored on its core seams, those whose two words the document writes apart
     * elsewhere (27: 8 on data/real, 19 on target/list-sources, the files of the same manuals data/real does not take;
     * 25 found. Missed: {@code 解释命令函数或格式} and {@code 所有的语言国家和地方组合}, whose only copies apart are two-item
     * {@code 命令或函数}, {@code 语言和国家}, and the run does not touch a 、). The hard ones have no such evidence, and a
     * list item of two nouns reads as a compound to anyone who does not know the words name things of one kind.
     * Precision counts every GLUED_WORDS seam of the set: the list glue raises no false alarm here. The man pages
     * added with the new sources hold command words that GluedWordsDetector split ({@code string tolower string
     * ?first?} → {@code to lower}, Tcl, six times): 25 of 32 before s10-harm read a reference's subcommands, SQL
     * statements and psql tables as names ({@code CodeWordContext}); 25 of 26 since, the one left {@code basenameversion}.
     * Session 9 added Chinese Javadoc of more packages (WxJava's modules, Tencent Cloud's CVM SDK: lists of options and
     * message kinds): 49 core seams, 47 found (the same two missed), 47 of 48 flagged (both branches merged).
     */
    @Test
    void chineseListGlueWithEvidenceIsFound() throws Exception {
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), true).run(List.of(TestData.path("data/eval/damage/glue-zh")), false);
        System.out.print(EvalReport.table(r));
        double[] t = r.mixdoc().perType().get("GLUED_WORDS");
        assertTrue(t[3] >= 49, "glue-zh core gold " + t[3]); // issue 14 asks for a set of 40 or more
        assertTrue(t[0] >= 0.97, "glue-zh precision " + t[0]); // measured 0.979 (47 of 48; 0.870 before s10-harm)
        assertTrue(t[1] >= 0.95, "glue-zh core recall " + t[1]); // measured 0.959 (0.926 on the 27 of session 8)
    }

    @Test
    void extractionGlueSetsHoldEnoughSeams() throws Exception {
        int gold = 0;
        for (String set : List.of("glue-latin", "glue-term-zh", "glue-zh", "glue-sentence", "glue-infobox")) {
            gold += new Evaluator(Mixdoc.standard(), false).run(List.of(TestData.path("data/eval/damage/" + set)), false).mixdoc().gold();
        }
        assertTrue(gold >= 150, "glue gold seams " + gold);
    }

    /**
     * Measured 2026-11-30 (session 5, sets made of list pairs only, no clause commas or signatures): latin
     * 1.000 / 0.622 (two names or acronyms need each half written elsewhere too, two English words a second
     * copy apart: JavaScript, filesystem stay whole); sentence 0.933 / 0.933 (15: the one false alarm is
     * the lexicon-gap split of the source's own colorscheme); infobox 0.982 / 0.908. Session 6: latin 1.000 / 0.733
     * (two acronyms and two words of five letters or more need one copy apart: HTTPFTP, removepurge; still missed:
     * two capitalised names written apart once, as JavaScript would be, and short lower-case pairs, tin or trn).
     * Session 7: glue-sentence also loses the space after English sentence ends (worked.The next), 233 seams:
     * 0.991 / 0.974 (was 15 seams, 0.933 / 0.933). Latin 1.000 / 0.844: two capitalised names need only one copy apart
     * when it is items of a list (VueReact beside Vue、React; JavaScript beside one Java and Script stays), and a pair
     * that goes on as the same list as its copy apart glues (syncnoerror, or notrunc). Session 8: 1.000 / 0.956 (86 of 90):
     * a lower-case pair with a side that is no English word needs one copy apart (ibsobs, dpkgapt-get, tintrn), a run in
     * the phrase its copy apart stands in glues (granted to copydistribute), hyphenated names count their parts (Ctrl-Alt-Del:
     * CtrlAlt), PReP is an acronym; still missed: exportdeclare (in shell code), PCAndroid (read like JSONPath), testcheck
     * and aptaptitude (two English words, one copy apart, no shared phrase). Session 11: infobox 0.989 / 0.968 (181 of
     * 185, was 0.908): TableRowGlue skipped a short row's whole cell when code stood anywhere in it (a URL or option at its
     * end); now only code at the cell's start is skipped. Still missed: cells that are code from their start
     * ({@code ftp21}, {@code /dev/randomread}, {@code find /usr -printfind ...}), which are never seams.
     */
    static final double GLUE_LATIN_RECALL = 0.95; // measured 0.956
    static final double GLUE_INFOBOX_RECALL = 0.96; // measured 0.968 (session 11; 0.908 before)
}
