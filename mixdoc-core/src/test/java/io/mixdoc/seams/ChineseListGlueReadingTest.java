package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.text.ChineseEnglishGlosses;
import io.mixdoc.text.EnglishLexicon;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ChineseListGlue#gluedReading} walks the glosses' trie along the text and {@link ChineseListGlue#boundariesAt}
 * walks the segmentation's boundaries beside the cuts; both must answer as the substring lookups and the set of
 * boundaries they replaced (kept here as the reference), on texts written for this test and random ones.
 */
class ChineseListGlueReadingTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static boolean oldBoundariesAt(String text, int... cuts) {
        int from = Math.max(0, cuts[0] - 6);
        int to = Math.min(text.length(), cuts[cuts.length - 1] + 6);
        Set<Integer> bounds = new HashSet<>();
        int at = from;
        bounds.add(at);
        for (Term t : HanLP.segment(text.substring(from, to))) {
            at += t.word.length();
            bounds.add(at);
        }
        for (int c : cuts) {
            if (!bounds.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(String word) {
        return !ChineseEnglishGlosses.get().glosses(word).isEmpty() || CoreDictionary.contains(word);
    }

    private static boolean oldGluedReading(SeamContext ctx, int start, int join, int end) {
        String text = ctx.text;
        String run = text.substring(start, end);
        if (ctx.isProtected(start, end) || text.indexOf(run) != start || text.indexOf(run, start + 1) >= 0) {
            return false;
        }
        ChineseEnglishGlosses dict = ChineseEnglishGlosses.get();
        for (int x = start; x < join; x++) {
            for (int y = join + 1; y <= Math.min(end, x + ChineseEnglishGlosses.MAX_WORD); y++) {
                if (y - x >= 2 && !dict.glosses(text.substring(x, y)).isEmpty()) {
                    return false;
                }
            }
        }
        if (CoreDictionary.contains(run) || !known(text.substring(start, join)) || !known(text.substring(join, end))) {
            return false;
        }
        return oldBoundariesAt(text, start, join, end);
    }

    /** Every split of every short run of the text asked both ways; answers the number of yes. */
    private static int compare(String text) {
        SeamContext ctx = new SeamContext(PIPELINE.run("t", text), EnglishLexicon.get());
        int yes = 0;
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 2; end <= Math.min(text.length(), start + 8); end++) {
                for (int join = start + 1; join < end; join++) {
                    boolean expected = oldGluedReading(ctx, start, join, end);
                    assertEquals(expected, ChineseListGlue.gluedReading(ctx, start, join, end), text + " " + start + " " + join + " " + end);
                    assertEquals(oldBoundariesAt(text, start, join, end), ChineseListGlue.boundariesAt(text, start, join, end));
                    assertEquals(oldBoundariesAt(text, start, join, join, end), ChineseListGlue.boundariesAt(text, start, join, join, end));
                    yes += expected ? 1 : 0;
                }
            }
        }
        return yes;
    }

    @Test
    void answersAsTheSubstringLookupsOnWrittenTexts() {
        int yes = compare("系统支持文件目录、命名管道和网络接口。管理员可以修改文件权限、目录权限。");
        yes += compare("我们购买了苹果香蕉、西瓜葡萄，还有电脑手机。");
        assertTrue(yes > 0, "some runs must read as two words glued: " + yes);
    }

    @Test
    void answersAsTheSubstringLookupsOnRandomTexts() {
        Random r = new Random(13);
        String chars = "文件目录管道网络苹果香蕉手机电脑、，的";
        for (int round = 0; round < 20; round++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            compare(b.toString());
        }
    }
}
