package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.text.ChineseEnglishGlosses;
import io.mixdoc.token.LatinWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Chinese word leaked into an English sentence by a translator or a language model
 * ({@code the board's最终 decision}): an {@code INTRA_SENTENCE_SWITCH} whose proposed repair is the word's
 * CC-CEDICT gloss ({@code final}). The seam runs from the end of the English word before to the start of
 * the word after, so the repair restores the spacing; it stays a proposal (a gloss is a guess at the word
 * the writer meant).
 *
 * <p>English text quotes Chinese on purpose, so names (HanLP's person, place and organisation tags),
 * words in quotes or brackets, words followed by a gloss ({@code 面子 (mianzi)}) and words mentioned as
 * words ({@code the term 关系}) are left alone, as is any sentence with other Chinese in it.
 */
public final class LeakedWordDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.INTRA_SENTENCE_SWITCH);
    }

    static final int MAX_HAN = 4;
    /** English words on the line around the leak (at least one on each side): a sentence, not a label. */
    static final int MIN_WORDS_AROUND = 5;
    /** Words that introduce a word as a word: "the term 关系", "known as 面子". */
    private static final Set<String> MENTION_CUES = Set.of("word", "words", "term", "terms", "character", "characters",
            "phrase", "called", "named", "concept", "idiom", "means", "as", "say", "says", "said", "written", "reads",
            "slogan", "name", "title", "label", "chinese", "mandarin", "cantonese", "pinyin", "meaning", "example", "e.g");
    private static final double REPAIR_CONFIDENCE = 0.4;

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        int n = text.length();
        // Line by line, counting the line's Chinese once: a document without line breaks (JSONL, WET) is one line.
        for (int lineStart = 0; lineStart < n; ) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int chinese = 0;
            for (int k = lineStart; k < lineEnd; k++) {
                if (Chars.isHan(text.charAt(k)) || Chars.isCjkPunct(text.charAt(k))) {
                    chinese++;
                }
            }
            for (int i = lineStart; chinese > 0 && i < lineEnd; ) {
                if (!Chars.isHan(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < lineEnd && Chars.isHan(text.charAt(i))) {
                    i++;
                }
                if (chinese == i - s) { // a Chinese line with English terms in it (命令 aptitude 或者 apt) is no English sentence
                    Seam seam = judge(ctx, s, i, lineStart, lineEnd);
                    if (seam != null) {
                        out.add(seam);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The only Chinese of line {@code [lineStart, lineEnd)} is the run {@code [s, e)}: is it a leaked word? */
    private static Seam judge(SeamContext ctx, int s, int e, int lineStart, int lineEnd) {
        String text = ctx.text;
        if (e - s > MAX_HAN) {
            return null;
        }
        // the Latin words before and after, within the line
        int before = words(text, lineStart, s, true);
        int after = words(text, e, lineEnd, false);
        if (before < 1 || after < 1 || before + after < MIN_WORDS_AROUND) {
            return null;
        }
        int left = s;
        while (left > lineStart && text.charAt(left - 1) == ' ') {
            left--;
        }
        int right = e;
        while (right < lineEnd && text.charAt(right) == ' ') {
            right++;
        }
        if (left == lineStart || right == lineEnd || !Chars.isLatinLetter(text.charAt(left - 1))
                || !Chars.isLatinLetter(text.charAt(right))) {
            return null; // quotes, brackets, a gloss after it, or punctuation: a word quoted, not leaked
        }
        if (ctx.isProtected(left - 1, left) || ctx.isProtected(right, right + 1)) {
            return null; // -S, --whole-seconds 开启 WHOLE_SECONDS: an option or a constant beside it, a label of code
        }
        String previous = previousWord(text, left);
        if (MENTION_CUES.contains(previous)) {
            return null;
        }
        if (hyphenated(text, left - previous.length() - 1) && hyphenated(text, right + nextWord(text, right).length())) {
            return null; // grid-item添加hover-class: a change log's label between two hyphenated names, no sentence
        }
        String next = nextWord(text, right);
        boolean possessive = text.startsWith("'s", left - 2) || text.startsWith("’s", left - 2);
        // "singles 在fter", "c胞 New": a cut word touching the Chinese is a fragment, not a leak; across a space
        // a name will do too (Debian, Perl: a translator's cut leaves no space), never an identifier (wnpp)
        boolean previousOk = possessive || ctx.lexicon.isWord(previous) || (left < s && capitalised(text, left));
        boolean nextOk = next.equals("a") || (next.length() >= 2 && (ctx.lexicon.isWord(next) || right > e && capitalised(text, right)));
        if (!previousOk || !nextOk) {
            return null;
        }
        String chunk = text.substring(s, e);
        if (chunk.length() < 2) {
            return null;
        }
        List<Term> terms = HanLP.segment(chunk);
        if (terms.size() != 1) {
            return null;
        }
        String nature = terms.get(0).nature.toString();
        if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nz")
                || nature.startsWith("nx") || nature.startsWith("w")) {
            return null; // a name written in Chinese in English text is typesetting, not a leak
        }
        List<String> glosses = ChineseEnglishGlosses.get().glosses(chunk);
        if (glosses.isEmpty()) {
            return null;
        }
        String repair = " " + glosses.get(0) + " "; // the span holds the spaces around the leak, if any
        return Seam.of(left, right, SeamType.INTRA_SENTENCE_SWITCH, 0.75, "a Chinese word leaked into an English sentence")
                .withRepair(repair, REPAIR_CONFIDENCE);
    }

    /** Is the Latin word ending at {@code end}, or starting there, a capitalised word of two letters or more? */
    private static boolean capitalised(String text, int at) {
        int b = at;
        while (b > 0 && Chars.isLatinLetter(text.charAt(b - 1))) {
            b--;
        }
        int e = at;
        while (e < text.length() && Chars.isLatinLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(b, e);
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /**
     * How many Latin words lie between {@code from} and {@code to} (within 80 characters of the leak), stopping
     * at anything Chinese. Counted in the line's text: the leak's line is a window, not a run of tokens.
     */
    private static int words(String text, int from, int to, boolean backwards) {
        int limit = Math.min(to - from, 80);
        return backwards ? LatinWords.count(text, to - 1, -1, limit, CHINESE) : LatinWords.count(text, from, 1, limit, CHINESE);
    }

    private static final LatinWords.Boundary CHINESE = c -> Chars.isHan(c) || Chars.isCjkPunct(c);

    private static String nextWord(String text, int start) {
        int e = start;
        while (e < text.length() && Chars.isLatinLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(start, e).toLowerCase(Locale.ROOT);
    }

    /** Is the character at {@code at} a hyphen joining two Latin words? */
    private static boolean hyphenated(String text, int at) {
        return at > 0 && at + 1 < text.length() && text.charAt(at) == '-' && Chars.isLatinLetter(text.charAt(at - 1))
                && Chars.isLatinLetter(text.charAt(at + 1));
    }

    private static String previousWord(String text, int end) {
        int e = end;
        while (e > 0 && !Chars.isLatinLetter(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Chars.isLatinLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }
}
