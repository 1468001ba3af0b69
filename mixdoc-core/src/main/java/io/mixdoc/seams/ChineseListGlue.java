package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.CharTrie;
import io.mixdoc.text.Chars;
import io.mixdoc.text.ChineseEnglishGlosses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two Chinese items of a {@code 、} list run together where the separator between them was lost (each item was a
 * link or a tag): {@code 每个文件目录、命名管道} for {@code 每个文件、目录、命名管道}. Two Chinese nouns side by side
 * are a compound as often as glue ({@code 文件系统}, {@code 磁盘分区}, {@code 管理工具} in real lists), and nothing in
 * the run itself tells them apart, so only what a reader would check counts: the document writes the same two
 * words apart elsewhere ({@code 文件和目录}, {@code 文件、目录}). On {@code data/real} the other cues measured (each
 * word standing as a list item elsewhere, the run's length against its siblings', the run in the middle of the list)
 * raised false seams on real compounds and found few glued items, so they are not used.
 *
 * <p>Also required: the run touches a {@code 、} and is a whole item after it, the item after the run is one term
 * (a list of terms, not clauses joined by a 、), the run appears nowhere else in the document (an author's compound
 * repeats), is no word of CC-CEDICT or HanLP, has no CC-CEDICT word across the join, and HanLP reads a word
 * boundary where each word starts and ends, both where they run together and where they are written apart (the
 * 和 of 共和国 separates nothing). The repair, a proposal, puts back {@code 、} inside the list, or the separator of
 * the copy written apart after its last item.
 */
final class ChineseListGlue {
    private ChineseListGlue() {
    }

    static final double CONFIDENCE = 0.9;
    static final int MIN_WORD = 2;
    static final int MAX_WORD = 4;
    static final String SEPARATORS = "、和或及与與";

    static List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        if (text.indexOf('、') < 0) {
            return List.of();
        }
        WrittenApartPairs apart = new WrittenApartPairs(text, SEPARATORS, MIN_WORD, MAX_WORD);
        if (apart.isEmpty()) {
            return List.of();
        }
        List<Seam> out = new ArrayList<>();
        Set<Integer> tried = new HashSet<>();
        for (int i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
            if (numbering(text, i)) {
                continue;
            }
            // the Han run ending at this 、 (the item before it) and the one starting after it
            int s = i;
            while (s > 0 && Chars.isHan(text.charAt(s - 1)) && SEPARATORS.indexOf(text.charAt(s - 1)) < 0) {
                s--;
            }
            int e = i + 1;
            while (e < text.length() && Chars.isHan(text.charAt(e)) && SEPARATORS.indexOf(text.charAt(e)) < 0) {
                e++;
            }
            if (tried.add(s)) {
                addGlue(ctx, apart, s, i, true, out);
            }
            if (tried.add(i + 1)) {
                addGlue(ctx, apart, i + 1, e, false, out);
            }
        }
        ListCopyGlue.find(ctx, apart, out);
        out.sort(java.util.Comparator.comparingInt(Seam::start));
        return out;
    }

    /**
     * A glued pair in the Han run {@code [s, e)} next to a {@code 、}: at its end when {@code beforeComma} (the item
     * before the 、), else at its start.
     */
    private static void addGlue(SeamContext ctx, WrittenApartPairs apart, int s, int e, boolean beforeComma,
            List<Seam> out) {
        String text = ctx.text;
        // the list's other side of this 、 must be one term, and an item after a 、 must be the whole run
        // The item after the run must be one term: a 、 between phrases joins clauses, no list of terms. (The item
        // before cannot be judged: a list's first item runs on from its introduction, 常见的部件有内存.)
        boolean followed = e < text.length() && SEPARATORS.indexOf(text.charAt(e)) >= 0;
        if (followed && !nextTerm(text, e + 1)) {
            return;
        }
        for (int len = 2 * MIN_WORD; len <= Math.min(2 * MAX_WORD, e - s); len++) {
            int start = beforeComma ? e - len : s;
            int end = start + len;
            if (!beforeComma && end != e) {
                continue;
            }
            for (int j = start + MIN_WORD; j <= end - MIN_WORD; j++) {
                int[] seps = apart.separators(start, j, end);
                if (seps == null || !gluedReading(ctx, start, j, end)) {
                    continue;
                }
                String a = text.substring(start, j);
                String b = text.substring(j, end);
                for (int sep : seps) {
                    if (boundariesAt(text, sep - a.length(), sep, sep + 1, sep + 1 + b.length())) {
                        boolean lastItem = end >= text.length() || text.charAt(end) != '、';
                        String repair = a + (lastItem ? text.charAt(sep) : '、') + b;
                        out.add(Seam.of(start, end, SeamType.GLUED_WORDS, CONFIDENCE,
                                "two list items the document writes apart, run together")
                                .withRepair(repair, CutSite.PROPOSAL));
                        return;
                    }
                }
            }
        }
    }

    /**
     * Is the {@code 、} at {@code i} a numbered item's ({@code 1、创建接口}, {@code 二、安装} at a line start)? It
     * separates no list: the text after it is a step, not an item beside the number.
     */
    static boolean numbering(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        if (Character.isDigit(c)) {
            return true;
        }
        return "一二三四五六七八九十".indexOf(c) >= 0 && (i == 1 || Character.isWhitespace(text.charAt(i - 2)));
    }

    /** Longest next item read as one term ({@code 火星文互转功能}: items may share a head). */
    static final int MAX_SIBLING = 8;
    /** What may end an item of a list: separators, punctuation, a space or a line break. */
    private static final String ITEM_EDGES = "、，,。；;：:！？!?（）()《》「」“”\"' \n\t";
    /** Characters of a phrase, never of a term: a particle, a copula, a preposition. */
    private static final String PHRASE_CHARS = "的是在了把被着";

    /**
     * Is the list item starting at {@code from} (after a leading 或者 or 以及) one term: two to eight Chinese
     * characters without a particle, or a Latin word, up to an item edge? A 、 between phrases
     * ({@code 是自信乐观、在挫折面前有毅力的人}, real news) joins clauses, no list of terms.
     */
    private static boolean nextTerm(String text, int from) {
        int i = text.startsWith("或者", from) || text.startsWith("以及", from) ? from + 2 : from;
        boolean han = i < text.length() && Chars.isHan(text.charAt(i));
        int n = 0;
        while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) < 0
                && (han ? Chars.isHan(text.charAt(i)) && PHRASE_CHARS.indexOf(text.charAt(i)) < 0
                        : text.charAt(i) < 128 && Character.isLetterOrDigit(text.charAt(i)))) {
            i++;
            n++;
        }
        boolean edge = i >= text.length() || ITEM_EDGES.indexOf(text.charAt(i)) >= 0 || SEPARATORS.indexOf(text.charAt(i)) >= 0;
        return edge && n >= 2 && (!han || n <= MAX_SIBLING);
    }

    /** Is {@code [start, end)}, split at {@code join}, two words run together and not one word of its own? */
    static boolean gluedReading(SeamContext ctx, int start, int join, int end) {
        String text = ctx.text;
        String run = text.substring(start, end);
        if (ctx.isProtected(start, end) || text.indexOf(run) != start || text.indexOf(run, start + 1) >= 0) {
            return false; // written more than once: the author's compound
        }
        // a headword of the glosses across the join (or the run is one): walked along the text in the trie, no substring
        CharTrie trie = ChineseEnglishGlosses.get().trie();
        for (int x = start; x < join; x++) {
            int node = trie.root();
            for (int y = x + 1; y <= Math.min(end, x + ChineseEnglishGlosses.MAX_WORD); y++) {
                node = trie.step(node, text.charAt(y - 1));
                if (node == CharTrie.NONE) {
                    break; // no headword goes on this way
                }
                if (y > join && y - x >= 2 && trie.value(node) != CharTrie.NONE) {
                    return false;
                }
            }
        }
        if (CoreDictionary.contains(run) || !known(text.substring(start, join)) || !known(text.substring(join, end))) {
            return false;
        }
        return boundariesAt(text, start, join, end);
    }

    private static boolean known(String word) {
        return !ChineseEnglishGlosses.get().glosses(word).isEmpty() || CoreDictionary.contains(word);
    }

    /** Context given to HanLP on each side. */
    private static final int CONTEXT = 6;

    /** Does HanLP's segmentation of the neighbourhood put a word boundary at each of {@code cuts} (ascending)? */
    static boolean boundariesAt(String text, int... cuts) {
        int from = Math.max(0, cuts[0] - CONTEXT);
        int to = Math.min(text.length(), cuts[cuts.length - 1] + CONTEXT);
        // the segmentation's boundaries come in ascending order, as the cuts do: walk both, no set of boundaries
        int at = from;
        int next = passed(cuts, 0, at);
        if (next < 0) {
            return false;
        }
        for (Term t : HanLP.segment(text.substring(from, to))) {
            at += t.word.length();
            next = passed(cuts, next, at);
            if (next < 0) {
                return false;
            }
        }
        return next == cuts.length;
    }

    /** The cuts from {@code next} on up to the boundary {@code at} all fall on it: the next cut past it, or -1 if one fell short. */
    private static int passed(int[] cuts, int next, int at) {
        while (next < cuts.length && cuts[next] <= at) {
            if (cuts[next] < at) {
                return -1; // between two boundaries
            }
            next++;
        }
        return next;
    }
}
