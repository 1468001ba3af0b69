package io.mixdoc.eval.gen;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Extraction glue inside Chinese lists (issue 14): one separator between two items lost, as when each item was
 * a link or a tag ({@code 添加、编辑、删除} → {@code 添加、编辑删除}). The rest of the list is the evidence a reader
 * uses, so only lists of three items or more are glued, each item one word of HanLP's segmentation (a list of
 * phrases, {@code 编写文档、进行翻译}, gives no word to compare a run with).
 *
 * <p>Two Chinese words of a list ({@code 硬盘、显卡、显示屏、键盘} → {@code 硬盘显卡、显示屏、键盘}), the set {@code glue-zh}.
 * (A Latin term and a Chinese word: {@code data/real} holds three such junctions in lists of words, too few
 * for a set; {@code glue-term-zh} keeps {@link GlueGenerator}'s pairs written apart.)
 * A document yields one text per junction number: text {@code v} glues the {@code v}-th eligible junction of
 * every list that has one, so every junction of every list is tried once and each text holds one lost
 * separator a list. A run HanLP's dictionary holds as one word, or that the document writes elsewhere, is not
 * made: a reader could not call it damage either. Gold repair is the original text.
 *
 * <p>mixdoc reports none of it (see ExtractionGlueDetector in the README): a list item of two nouns
 * ({@code 文件系统}, {@code 磁盘分区}, {@code 管理工具} in {@code data/real}) is a compound as often as glue.
 */
final class ListGlue {
    private ListGlue() {
    }

    private static final Set<String> LAST_SEPARATORS = Set.of("和", "或", "及", "与", "與");

    /** The text with the {@code variant}-th eligible junction of each list glued, or undamaged when {@code clean}. */
    static DamagedText glue(String doc, int variant, boolean clean) {
        DamagedText t = new DamagedText();
        String[] paras = doc.split("\n", -1);
        for (int p = 0; p < paras.length; p++) {
            if (p > 0) {
                t.append('\n');
            }
            String para = paras[p];
            if (clean || !para.contains("、") || !GlueGenerator.prose(para)) {
                t.append(para);
                continue;
            }
            int at = 0;
            for (int[] junction : junctions(para, doc, variant)) {
                t.append(para.substring(at, junction[0]));
                String left = para.substring(junction[0], junction[1]);
                String right = para.substring(junction[2], junction[3]);
                t.damage(left + right, "GLUED_WORDS", para.substring(junction[0], junction[3]));
                at = junction[3];
            }
            t.append(para.substring(at));
        }
        return t;
    }

    /** {left start, left end, right start, right end} of the junction glued in each list of the paragraph. */
    private static List<int[]> junctions(String para, String doc, int variant) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (Term term : HanLP.segment(para)) {
            int s = para.indexOf(term.word, at);
            if (s < 0) {
                return List.of();
            }
            words.add(term.word);
            starts.add(s);
            at = s + term.word.length();
        }
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            List<Integer> items = new ArrayList<>();
            if (isItem(words.get(k)) && k + 1 < words.size() && words.get(k + 1).equals("、")) {
                items.add(k);
                int j = k + 1;
                while (j + 1 < words.size() && words.get(j).equals("、") && isItem(words.get(j + 1))) {
                    items.add(j + 1);
                    j += 2;
                }
                if (j + 1 < words.size() && LAST_SEPARATORS.contains(words.get(j)) && isItem(words.get(j + 1))) {
                    items.add(j + 1);
                    j += 2;
                }
                if (items.size() >= 3) {
                    List<int[]> eligible = new ArrayList<>();
                    for (int i = 0; i + 1 < items.size(); i++) {
                        String a = words.get(items.get(i));
                        String b = words.get(items.get(i + 1));
                        boolean ok = isHan(a) && isHan(b);
                        String glued = a + b;
                        if (ok && !CoreDictionary.contains(glued) && !doc.contains(glued)) {
                            int as = starts.get(items.get(i));
                            int bs = starts.get(items.get(i + 1));
                            eligible.add(new int[] {as, as + a.length(), bs, bs + b.length()});
                        }
                    }
                    if (variant < eligible.size()) {
                        out.add(eligible.get(variant));
                    }
                }
                k = Math.max(j, k + 1);
            } else {
                k++;
            }
        }
        return out;
    }

    private static boolean isItem(String w) {
        return isHan(w) || w.matches(GlueGenerator.LATIN_TERM) && w.chars().filter(Character::isLetter).count() >= 2;
    }

    private static boolean isHan(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(Chars::isHan);
    }
}
