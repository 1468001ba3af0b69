package io.mixdoc.eval.gen;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.text.Chars;
import io.mixdoc.text.ChineseEnglishGlosses;
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
 * <p>mixdoc reports such glue only where the document keeps evidence, the same two items written apart
 * elsewhere ({@code ChineseListGlue}, {@code ListCopyGlue}; gold {@code core}): otherwise a list item of two nouns
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
        Set<String> glued = new java.util.HashSet<>();
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
                String left = para.substring(junction[0], junction[1]);
                String right = para.substring(junction[2], junction[3]);
                if (!glued.add(left + '\u0000' + right)) {
                    continue; // a list written twice: its second copy stays apart, the first one's evidence
                }
                t.append(para.substring(at, junction[0]));
                t.damage(left + right, "GLUED_WORDS", para.substring(junction[0], junction[3]),
                        writtenApart(doc, left, right) ? "core" : "hard");
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
                        // Not made: a run that is a word of its own (or that the document writes) is no damage to a
                        // reader; nor one whose halves are no dictionary words, or that a CC-CEDICT word crosses at the
                        // join (图像应用 of 图像、应用程序: a reader reads 应用 with 程序, not alone; 每月其他 of 每月或其他
                        // 情况): nothing in it tells a reader where one item ends.
                        if (ok && !CoreDictionary.contains(glued) && !doc.contains(glued) && readsAsTwoWords(a, b)) {
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

    /**
     * Both halves dictionary words (CC-CEDICT or HanLP) and no CC-CEDICT word across the join, the run included:
     * a reader's first check. It is no evidence on its own: real compounds of real lists pass it too.
     */
    private static boolean readsAsTwoWords(String a, String b) {
        ChineseEnglishGlosses dict = ChineseEnglishGlosses.get();
        if (!known(a) || !known(b)) {
            return false;
        }
        String run = a + b;
        for (int x = 0; x < a.length(); x++) {
            for (int y = a.length() + 1; y <= run.length(); y++) {
                if (y - x >= 2 && !dict.glosses(run.substring(x, y)).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean known(String w) {
        return !ChineseEnglishGlosses.get().glosses(w).isEmpty() || CoreDictionary.contains(w);
    }

    /**
     * The evidence a reader finds in the document: the two words written apart elsewhere ({@code 文件和目录},
     * {@code 文件、目录}). Glue without it is {@code hard}: a list item of two nouns reads as one compound
     * ({@code 文件系统}, {@code 磁盘分区} in real lists) unless one knows the words name things of one kind.
     */
    private static boolean writtenApart(String doc, String a, String b) {
        int copies = 0; // the junction itself is one
        for (String sep : List.of("、", "和", "或", "及", "与", "與")) {
            for (int i = doc.indexOf(a + sep + b); i >= 0; i = doc.indexOf(a + sep + b, i + 1)) {
                copies++;
            }
        }
        return copies >= 2;
    }

    private static boolean isItem(String w) {
        return isHan(w) || w.matches(GlueGenerator.LATIN_TERM) && w.chars().filter(Character::isLetter).count() >= 2;
    }

    private static boolean isHan(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(Chars::isHan);
    }
}
