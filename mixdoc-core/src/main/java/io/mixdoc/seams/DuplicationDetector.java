package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.ChineseEnglishGlosses;
import io.mixdoc.text.Chars;
import io.mixdoc.text.Simplified;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A chunk of Chinese written twice in a row ({@code 通关通关}, {@code 是一位资是一位资}), repaired
 * to one copy. Genuine reduplication is left alone: single characters (常常, 看看), chunks of one
 * repeated character (哈哈哈哈), {@code 一X一X} (一步一步), and two-character verbs doubled before
 * a pause (研究研究。), pronouns (如何如何) and two short words doubled for emphasis (很少很少, 好多好多),
 * which HanLP's part-of-speech tags recognise; a degree adverb and its word doubled at a clause's end (多棒多棒，), a
 * whole clause said twice (很喜欢很喜欢。) unless it is nouns only; an exclamation ending in a modal particle (好啦好啦), a doubled
 * form that is a word of its own in CC-CEDICT (哔哩哔哩), and a two-character chunk HanLP reads a word
 * across ({@code 并合并合理}: 并|合并|合理) are no doubling either.
 */
public final class DuplicationDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.DUPLICATION);
    }

    static final int MIN_CHUNK = 2;
    static final int MAX_CHUNK = 6;

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        int n = text.length();
        // Where the run of Chinese characters at i ends (i itself if none): i only moves forward, so the end of the
        // run it is in is found once per run, with no array as long as the text.
        int runEnd = 0;
        int i = 0;
        while (i < n) {
            ctx.deadline.checkEvery(i);
            int found = 0;
            if (i >= runEnd) {
                runEnd = i;
                while (runEnd < n && Chars.isHan(text.charAt(runEnd))) {
                    runEnd++;
                }
            }
            int hanRunEnd = Chars.isHan(text.charAt(i)) ? runEnd : i;
            int room = hanRunEnd - i;
            for (int k = Math.min(MAX_CHUNK, room / 2); k >= MIN_CHUNK; k--) {
                if (text.charAt(i) == text.charAt(i + k) && text.regionMatches(i, text, i + k, k)) {
                    found = k;
                    break;
                }
            }
            if (found > 0) {
                int copies = copies(text, i, found, hanRunEnd);
                if (copies >= 3) {
                    i += copies * found; // 加油加油加油, 对对对: a chant or an emphasis, never a translator's double
                    continue;
                }
                Seam s = judgeAsSimplified(text, i, found);
                if (s != null) {
                    out.add(s);
                    i += 2 * found;
                    continue;
                }
                i += found; // a reduplication: the same chunk seen one character later is no double either
                continue;
            }
            i++;
        }
        return withoutPatterns(text, out);
    }

    /**
     * Places the same doubled chunk must stand at to be the document's way of writing rather than slips: a man page
     * names an option's argument 字符 and begins its description with 字符 ({@code eof 字符字符将发送文件结束字符},
     * twelve entries on stty's page); a slip of the keys or a page translator's double falls once or twice.
     */
    static final int PATTERN_PLACES = 3;

    private static List<Seam> withoutPatterns(String text, List<Seam> found) {
        if (found.size() < PATTERN_PLACES) {
            return found;
        }
        java.util.Map<String, Integer> places = new java.util.HashMap<>();
        for (Seam s : found) {
            places.merge(text.substring(s.start(), s.end()), 1, Integer::sum);
        }
        List<Seam> out = new ArrayList<>(found.size());
        for (Seam s : found) {
            if (places.get(text.substring(s.start(), s.end())) < PATTERN_PLACES) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * How far around a doubled chunk {@link #judge} reads: the segmenter's context on each side and the longest
     * CC-CEDICT word after the join, with room to spare.
     */
    private static final int JUDGED_MARGIN = 2 * (DuplicationDetector.CONTEXT + ChineseEnglishGlosses.MAX_WORD);

    /**
     * Judges the {@code k} characters doubled at {@code start}. Traditional text is judged on its simplified
     * reading, index for index ({@link Simplified}): HanLP's segmenter and tags and CC-CEDICT's lookups know
     * simplified words, so 併合併合理 is read as 并|合并|合理 and 介紹介紹 as a verb doubled, as in simplified
     * text. The repair keeps the text's own characters. Simplified text is judged as it stands.
     */
    private static Seam judgeAsSimplified(String text, int start, int k) {
        String chunk = text.substring(start, start + k);
        int from = Math.max(0, start - JUDGED_MARGIN);
        String window = text.substring(from, Math.min(text.length(), start + 2 * k + JUDGED_MARGIN));
        String simplified = Simplified.sameLength(window, io.mixdoc.Deadline.none());
        if (simplified.equals(window)) {
            return judge(text, start, chunk);
        }
        Seam s = judge(simplified, start - from, simplified.substring(start - from, start - from + k));
        return s == null ? null : new Seam(s.start() + from, s.end() + from, s.type(), s.confidence(),
                s.repair().map(r -> chunk), s.repairConfidence(), s.evidence());
    }

    private static Seam judge(String text, int start, String chunk) {
        if (chunk.chars().distinct().count() == 1 || chunk.charAt(0) == '一') {
            return null;
        }
        if (chunk.length() == 2 && chunk.charAt(1) == '着') {
            return null; // 走着走着: "while walking on"
        }
        int end = start + 2 * chunk.length();
        if (MODAL_PARTICLES.indexOf(chunk.charAt(chunk.length() - 1)) >= 0) {
            return null; // 好啦好啦, 快点吧快点吧: an exclamation said twice is speech
        }
        if (!ChineseEnglishGlosses.get().glosses(chunk + chunk).isEmpty()) {
            return null; // 哔哩哔哩 (Bilibili): the doubled form is a word of its own
        }
        if (wordsMeetAtTheJoin(text, start, chunk.length())) {
            return null; // 该监狱监狱长: 监狱 ends one word and 监狱长 (warden) starts the next
        }
        if (possessiveChain(text, start, chunk)) {
            return null; // 指定的类的类型: 的|类|的|类型, the class's type; the second 类 opens a word
        }
        if (chunk.length() == 2 && readsAcrossTheJoin(text, start, chunk.length())) {
            // 并合并合理: 并|合并|合理, a word runs across where the copies would meet, nothing is doubled. Only two
            // characters: a longer chunk does not repeat by chance, and a word across its join is (博士学位的士学位的: 的士)
            return null;
        }
        double conf = chunk.length() >= 3 ? 0.9 : 0.8;
        if (chunk.length() == 2 && reduplicates(text, start, end, chunk)) {
            return null;
        }
        if (emphasisedDegree(text, end, chunk)) {
            return null; // 演技多棒多棒，: a degree adverb and its word said twice is emphasis
        }
        if (standsAsAClause(text, start, end)) {
            if (!onlyNouns(chunk)) {
                // “对不起对不起，是我的错。” 很喜欢很喜欢。 忠君忠君，遵旨遵旨，: a whole clause said twice is how people
                // speak (none of the generated or damage sets' doubles stands as a clause).
                return null;
            }
            // 、汽车汽车、: a noun alone between two commas may be a translator's double, but it stays a proposal
            return Seam.of(start, end, SeamType.DUPLICATION, conf, "chunk repeated (a whole clause: maybe speech)")
                    .withRepair(chunk, SPOKEN_REPAIR_CONFIDENCE);
        }
        return Seam.of(start, end, SeamType.DUPLICATION, conf, "chunk repeated")
                .withRepair(chunk, conf);
    }

    /** Degree adverbs that start an exclamation said twice for emphasis (很喜欢很喜欢, 多棒多棒, 太好了太好了). */
    static final List<String> DEGREE_ADVERBS = List.of("很", "太", "真", "好", "多", "超", "挺", "特别", "非常", "十分", "多么",
            "这么", "那么");

    /**
     * Is the chunk a degree adverb and its word, doubled where the clause ends or its word is followed by 的, 了 or
     * a particle ({@code 演技多棒多棒，}, {@code 好开心好开心的})? Inside a phrase ({@code 更多年轻多年轻人}) a chunk
     * starting with 多 is a translator's double.
     */
    private static boolean emphasisedDegree(String text, int end, String chunk) {
        boolean degree = false;
        for (String adverb : DEGREE_ADVERBS) {
            degree |= chunk.length() > adverb.length() && chunk.startsWith(adverb);
        }
        return degree && (clauseEdge(text, end) || "的了地得".indexOf(text.charAt(end)) >= 0
                || MODAL_PARTICLES.indexOf(text.charAt(end)) >= 0);
    }

    /**
     * Does HanLP read the chunk as nouns only (汽车, 系统管理) rather than a clause (很|喜欢, 忠|君)? Read in
     * simplified characters ({@link Simplified}): HanLP's tags know simplified words, and tag unknown traditional
     * ones as nouns (謝謝 read so, where 谢谢 is a verb).
     */
    static boolean onlyNouns(String chunk) {
        for (Term t : HanLP.segment(Simplified.sameLength(chunk, io.mixdoc.Deadline.none()))) {
            if (!t.nature.toString().startsWith("n")) {
                return false;
            }
        }
        return true;
    }

    /** Modal particles that end an exclamation (Chinese speech doubles them: 好啦好啦, 走吧走吧). */
    static final String MODAL_PARTICLES = "啦吧呀啊呢哦嘛呗咯喽噢";

    /**
     * Does HanLP read a word across the point where the two copies meet ({@code 并合并合理} is 并|合并|合理)? A
     * written-twice chunk ends a word there ({@code 模式|模式}, {@code 的|废|的|废墟}).
     */
    private static boolean readsAcrossTheJoin(String text, int start, int k) {
        int join = start + k;
        int from = start;
        while (from > 0 && start - from < CONTEXT && Chars.isHan(text.charAt(from - 1))) {
            from--;
        }
        int to = join + k;
        while (to < text.length() && to - join - k < CONTEXT && Chars.isHan(text.charAt(to))) {
            to++;
        }
        int at = from;
        for (Term t : HanLP.segment(text.substring(from, to))) {
            int e = at + t.word.length();
            if (at < join && e > join) {
                return true;
            }
            at = e;
        }
        return false;
    }

    /** Structural particles that join a chain of modifiers: A的B的C, 之, 地. */
    static final String CHAIN_PARTICLES = "的之地";

    /**
     * Is the doubled chunk a particle and one character of a chain of modifiers whose second character opens a word
     * running past the copy ({@code 指定的类的类型}: 的|类|的|类型, "the type of the given class")? The two
     * {@code 的类} are not one word written twice: the second 类 belongs to 类型. The first copy's character must
     * be a word of its own, a noun or measure in HanLP's reading (类/q, 书/n in 他的书的书包); a cut piece of a word
     * doubled is a bound morpheme there ({@code 建筑的废的废墟}: 废/ag) or opens with no particle ({@code 是一位资是一位资深}).
     */
    private static boolean possessiveChain(String text, int start, String chunk) {
        if (chunk.length() != 2 || CHAIN_PARTICLES.indexOf(chunk.charAt(0)) < 0) {
            return false;
        }
        ChineseEnglishGlosses dict = ChineseEnglishGlosses.get();
        int head = start + 2 * chunk.length() - 1;
        boolean opensWord = false;
        for (int len = 2; len <= ChineseEnglishGlosses.MAX_WORD && head + len <= text.length() && !opensWord; len++) {
            opensWord = !dict.glosses(text.substring(head, head + len)).isEmpty();
        }
        return opensWord && freeNounAt(text, start + 1);
    }

    /** Does HanLP read the one character at {@code at} as a word of its own, a noun or a measure (not 废/ag, 名/ng)? */
    private static boolean freeNounAt(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int pos = from;
        for (Term t : HanLP.segment(text.substring(from, Math.min(text.length(), at + 1 + CONTEXT)))) {
            if (pos == at) {
                String tag = t.nature.toString();
                return t.word.length() == 1 && (tag.equals("q") || (tag.startsWith("n") && !tag.equals("ng")));
            }
            pos += t.word.length();
            if (pos > at) {
                return false;
            }
        }
        return false;
    }

    /**
     * Do two words meet at the join, one ending with the chunk and the next starting with it ({@code 该监狱|监狱长},
     * the prison's warden)? A CC-CEDICT word longer than the chunk starts at the second copy, or the second copy is
     * a noun that a title or agent suffix makes a word of. HanLP reads a doubled chunk there whenever its dictionary
     * lacks the longer word ({@code 监狱长}: CC-CEDICT lacks it too). A second copy that is a word of its own after a
     * longer word ending with it ({@code 操作系统系统下}, a real typo) is still written twice.
     */
    private static boolean wordsMeetAtTheJoin(String text, int start, int k) {
        ChineseEnglishGlosses dict = ChineseEnglishGlosses.get();
        int join = start + k;
        for (int len = k + 1; len <= ChineseEnglishGlosses.MAX_WORD; len++) {
            if (join + len <= text.length() && !dict.glosses(text.substring(join, join + len)).isEmpty()) {
                return true;
            }
        }
        return suffixedNounAt(text, join, k);
    }

    /**
     * Suffixes that make a word of almost any noun before them, of which dictionaries list only some: the head
     * of ({@code 监狱长}, {@code 舰长}), a member or agent ({@code 监狱员}, {@code 翻译者}), an expert ({@code 科学家}).
     */
    static final String NOUN_SUFFIXES = "长员者家师官";

    /**
     * Is the {@code k} characters at {@code at} a noun followed by a {@link #NOUN_SUFFIXES suffix} that HanLP reads
     * as a word of one character (not the 长 of 长城, the 家 of 家庭)?
     */
    private static boolean suffixedNounAt(String text, int at, int k) {
        int end = at + k;
        if (end >= text.length() || NOUN_SUFFIXES.indexOf(text.charAt(end)) < 0) {
            return false;
        }
        int pos = at;
        boolean noun = false;
        for (Term t : HanLP.segment(text.substring(at, Math.min(text.length(), end + CONTEXT)))) {
            if (pos == at) {
                noun = pos + t.word.length() == end && t.nature.toString().startsWith("n");
            } else if (pos == end) {
                return noun && t.word.length() == 1;
            }
            pos += t.word.length();
        }
        return false;
    }

    /** Below the mender's threshold: a proposal. */
    static final double SPOKEN_REPAIR_CONFIDENCE = 0.3;

    /** How many copies of the {@code k} characters at {@code start} follow each other before {@code limit}. */
    private static int copies(String text, int start, int k, int limit) {
        int copies = 1;
        while (start + (copies + 1) * k <= limit && text.regionMatches(start, text, start + copies * k, k)) {
            copies++;
        }
        return copies;
    }

    /** Is {@code [start, end)} a clause of its own: punctuation, a quote or a line edge on both sides? */
    private static boolean standsAsAClause(String text, int start, int end) {
        return clauseEdge(text, start - 1) && clauseEdge(text, end);
    }

    private static boolean clauseEdge(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return c == '\n' || c == '\r' || Chars.isCjkPunct(c) || "\"'“”‘’「」『』!?,.;:".indexOf(c) >= 0;
    }

    /**
     * ABAB reduplication, which Chinese allows for verbs ({@code 研究研究这个方案}, {@code 讨论讨论再定},
     * {@code 打扫打扫房间}) and state adjectives ({@code 雪白雪白}). A doubled verb between two nouns
     * ({@code 口岸通关通关效率}) is a noun compound written twice: damage.
     */
    private static boolean reduplicates(String text, int start, int end, String chunk) {
        int from = start;
        while (from > 0 && start - from < CONTEXT && Chars.isHan(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CONTEXT && Chars.isHan(text.charAt(to))) {
            to++;
        }
        List<Term> terms = HanLP.segment(text.substring(from, to));
        String before = null;
        String after = null;
        String first = null;
        boolean secondAligned = false;
        boolean firstCopyOfWords = false; // the first copy is two whole words (很|少, 的|多)
        boolean nounInFirstCopy = false;
        int at = from;
        for (Term t : terms) {
            int e = at + t.word.length();
            String tag = t.nature.toString();
            if (at >= start && e <= start + chunk.length()) {
                nounInFirstCopy |= tag.startsWith("n");
                firstCopyOfWords |= e == start + chunk.length() && at > start;
            }
            if (at == start + chunk.length() && t.word.equals(chunk)) {
                secondAligned = true;
            }
            if (e <= start) {
                before = tag;
            } else if (at == start && t.word.equals(chunk)) {
                first = tag;
            } else if (at >= end && after == null) {
                after = tag;
            }
            at = e;
        }
        if (first != null && !secondAligned) {
            return true; // 使用|使用者: the second copy starts a longer word, no word was written twice
        }
        if (first == null && !(firstCopyOfWords && chunk.length() == 2 && !nounInFirstCopy
                && wordStartsAt(terms, from, start) && wordStartsAt(terms, from, end))) { // 的废的废墟: a word cut, no doubling
            return false;
        }
        if (first != null && !(first.startsWith("v") || first.equals("z") || first.startsWith("a") || first.startsWith("m")
                || first.equals("t")
                || first.startsWith("d") || first.startsWith("ry") || first.startsWith("rz"))) {
            // question and demonstrative pronouns too (如何如何, 如此如此, 多少多少), not personal ones (我们我们); numerals
            // with a measure (好多好多的认知: 好多 is mq) and time words (每天每天我爱你, a song's title) are emphasis
            return false;
        }
        // two short words doubled for emphasis (很少很少, 好多好多, 的多的多) are speech, unless they sit between nouns
        boolean betweenNouns = before != null && before.startsWith("n") && after != null && after.startsWith("n");
        return !betweenNouns;
    }

    /** Does a term of the segmentation start at {@code pos} (or the segmented text end there)? */
    private static boolean wordStartsAt(List<Term> terms, int from, int pos) {
        int at = from;
        for (Term t : terms) {
            if (at == pos) {
                return true;
            }
            at += t.word.length();
        }
        return at == pos;
    }

    /** Characters of context on each side given to HanLP to tag a doubled chunk. */
    private static final int CONTEXT = 4;
}
