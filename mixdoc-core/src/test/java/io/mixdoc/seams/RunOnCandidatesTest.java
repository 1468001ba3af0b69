package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RunOnCandidates} lets {@link ExtractionGlueDetector} skip its run-on regexes on a text they cannot match:
 * wherever a regex finds a match, the test must say "candidate", on texts written for this test and on random ones
 * built from the characters the regexes look at.
 */
class RunOnCandidatesTest {
    private static final List<String> TEXTS = List.of(
            "安装完成后重启。It worked.The next day we tried again.",
            "配置文件 strings.Split to 分割字符串,Math.Round rounds it.",
            "Last updatedMarch 3, 2020 by the editors. 最后更新于三月。",
            "West Palm Beach, FLJune 10 -- a report.",
            "Released 2019June 5 and again in May 2021; see March 31.",
            "Is it done?Yes it is. Wow!I see it.",
            "你好。世界,没有英文。",
            "",
            "a.B",
            "xMay 1",
            "May 1 and June 30 are dates, not run-ons.",
            "e.g.The list: v1.2.Final, node.JS and README.Md");

    @Test
    void everyRegexMatchIsACandidate() {
        int matched = 0;
        for (String t : TEXTS) {
            matched += assertAgree(t);
        }
        assertTrue(matched >= 4, "the texts hold run-ons of both kinds: " + matched);
        Random r = new Random(13);
        String alphabet = "aAbMyJunearch.?!19 3,x中";
        String[] pieces = {"May", "June", "March", " 1", " 3", ".The", "?I", "updated", "FL", "。"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(24);
            for (int i = 0; i < len; i++) {
                if (r.nextInt(4) == 0) {
                    b.append(pieces[r.nextInt(pieces.length)]);
                } else {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            matched += assertAgree(b.toString());
        }
        assertTrue(matched > 100, "random texts that match a regex: " + matched);
    }

    @Test
    void sayNoWhereNothingCanMatch() {
        assertFalse(RunOnCandidates.sentenceEnd("你好。世界,没有英文。"));
        assertFalse(RunOnCandidates.sentenceEnd("It worked. The next day."));
        assertFalse(RunOnCandidates.monthAfterLetter("May 1 and June 30 are dates."));
        assertFalse(RunOnCandidates.monthAfterLetter("2019June 5"));
        assertTrue(RunOnCandidates.sentenceEnd("It worked.The next day"));
        assertTrue(RunOnCandidates.monthAfterLetter("Last updatedMarch 3, 2020"));
    }

    /** Fails when a regex matches a text its test rejects; the number of regexes that matched. */
    private static int assertAgree(String t) {
        int matched = 0;
        if (found(ExtractionGlueDetector.SENTENCE_GLUE, t)) {
            assertTrue(RunOnCandidates.sentenceEnd(t), t);
            matched++;
        }
        if (found(ExtractionGlueDetector.DATE_RUN_ON, t)) {
            assertTrue(RunOnCandidates.monthAfterLetter(t), t);
            matched++;
        }
        return matched;
    }

    private static boolean found(Pattern p, String t) {
        return p.matcher(t).find();
    }
}
