package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.internal.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk of Chinese written twice in a row ({@code 通关通关}, {@code 是一位资是一位资}), repaired
 * to one copy. Genuine reduplication is left alone: single characters (常常, 看看), chunks of one
 * repeated character (哈哈哈哈), {@code 一X一X} (一步一步), and two-character verbs doubled before
 * a pause (研究研究。), which HanLP's part-of-speech tags recognise.
 */
public final class DuplicationDetector implements SeamDetector {
    static final int MIN_CHUNK = 2;
    static final int MAX_CHUNK = 6;

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        int n = text.length();
        // hanRunEnd[i]: where the run of Chinese characters starting at i ends (i itself if none).
        int[] hanRunEnd = new int[n + 1];
        hanRunEnd[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            hanRunEnd[j] = Chars.isHan(text.charAt(j)) ? hanRunEnd[j + 1] : j;
        }
        int i = 0;
        while (i < n) {
            ctx.deadline.checkEvery(i);
            int found = 0;
            int room = hanRunEnd[i] - i;
            for (int k = Math.min(MAX_CHUNK, room / 2); k >= MIN_CHUNK; k--) {
                if (text.charAt(i) == text.charAt(i + k) && text.regionMatches(i, text, i + k, k)) {
                    found = k;
                    break;
                }
            }
            if (found > 0) {
                String chunk = text.substring(i, i + found);
                Seam s = judge(text, i, chunk);
                if (s != null) {
                    out.add(s);
                    i += 2 * found;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static Seam judge(String text, int start, String chunk) {
        if (chunk.chars().distinct().count() == 1 || chunk.charAt(0) == '一') {
            return null;
        }
        int end = start + 2 * chunk.length();
        double conf = chunk.length() >= 3 ? 0.9 : 0.8;
        if (chunk.length() == 2) {
            char next = end < text.length() ? text.charAt(end) : '。';
            boolean pause = !Chars.isHan(next) || "吧了啊呀嘛".indexOf(next) >= 0;
            if (pause && isVerb(chunk)) {
                return null; // 研究研究吧: verb reduplication, "have a go at"
            }
            if (isVerb(chunk)) {
                conf = 0.65;
            }
        }
        return Seam.of(start, end, SeamType.DUPLICATION, conf, "chunk repeated")
                .withRepair(chunk, conf);
    }

    private static boolean isVerb(String chunk) {
        List<Term> terms = HanLP.segment(chunk);
        return terms.size() == 1 && terms.get(0).nature.toString().startsWith("v");
    }
}
