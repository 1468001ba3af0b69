package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import io.mixdoc.text.EnglishLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FragmentDetector#find} asks its rules only of words with Chinese near them ({@link CutSite#chineseNear}):
 * every other word must be one where the rules, asked all the same ({@link FragmentDetector#at}), find nothing, so
 * the gate changes no finding. Random texts from pieces of mixed writing (Chinese, English words and pieces of
 * words, digits, spaces, quotes, commas, dashes, hyphens, line breaks), and the findings compared whole.
 */
class FragmentGateTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();
    private static final String[] PIECES = {"继续", "我们", "正在", "合作", "的", "鼓励", "年", "头猪", "tinues", "ges", "the",
        "they are", "Kyr", "en", "encourage", "pliers", "people", "Th", "order by", "Redis", "id", "HSK", "iPhone", "t",
        "37", "2020", " ", " ", " ", "，", "。", ",", ";", ":", "”", "“", "’", "'", "·", "—", "-", "－", "（", "）", "\n",
        "We will", "to invest", "meteor", "apps", "a", "of the", "、", "3km", "th"};

    @Test
    void wordsWithoutChineseNearAreNoFragments() {
        Random random = new Random(21);
        FragmentDetector detector = new FragmentDetector();
        int gated = 0;
        int found = 0;
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 3 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Document doc = PIPELINE.run("t", b.toString());
            SeamContext ctx = new SeamContext(doc, EnglishLexicon.get());
            List<Seam> everyWord = new ArrayList<>();
            for (LatinToken t : ctx.tokens) {
                Seam s = FragmentDetector.at(ctx, t);
                if (!CutSite.chineseNear(ctx, t)) {
                    gated++;
                    assertNull(s, () -> "a finding the gate would skip in \"" + b + "\" at " + t.text());
                }
                if (s != null) {
                    everyWord.add(s);
                }
            }
            found += everyWord.size();
            assertEquals(everyWord, detector.find(new SeamContext(doc, EnglishLexicon.get())), b.toString());
        }
        assertTrue(gated > 2000, "many words are gated: " + gated);
        assertTrue(found > 700, "many fragments are found: " + found);
    }
}
