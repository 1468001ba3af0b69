package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.internal.ChineseSurnames;
import io.mixdoc.text.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Chinese name half romanised: a capitalised pinyin surname followed by a one- or two-character
 * given name in characters ({@code Liu江平}), or a surname in characters followed by a romanised
 * given name ({@code 刘Jiangping}). Repaired with HanLP's pinyin; more confident when the document
 * spells the full romanised name elsewhere.
 */
public final class HalfTranslatedNameDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.HALF_TRANSLATED_NAME);
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        String text = ctx.text;
        for (LatinToken t : ctx.tokens) {
            ctx.deadline.check();
            if (!t.isCapitalised() || t.hasInnerCapital() || t.text().length() < 2) {
                continue;
            }
            int before = ctx.cpBefore(t.start());
            // Surname in Latin, given name in characters.
            // a word the document writes in code is its identifier (public static Long toLong … 转换为Long数组)
            if (ChineseSurnames.isSurnamePinyin(t.lower()) && ctx.touchesCjkAfter(t) && !ctx.writtenAsCodeElsewhere(t)) {
                int e = t.end();
                while (e < text.length() && e - t.end() < 3 && Chars.isHan(text.charAt(e))) {
                    e++;
                }
                int given = e - t.end();
                String simplified = ctx.simplified(); // Long類型 reads as Long类型
                if (given >= 1 && given <= 2 && (e == text.length() || !Chars.isHan(text.charAt(e)))
                        && NOT_GIVEN_NAMES.indexOf(simplified.charAt(t.end())) < 0
                        && !KIND_NOUNS.contains(simplified.substring(t.end(), e))) {
                    String g = Pinyin.givenName(text.substring(t.end(), e));
                    if (g != null) {
                        add(ctx, out, t.start(), e, t.text() + " " + g);
                    }
                }
            }
            // Surname in characters, given name in Latin.
            if (Chars.isHan(before) && !ctx.isKnownWord(t) && !Chars.isLatinLetter(ctx.cpAt(t.end()))) {
                int s = t.start() - Character.charCount(before);
                if (ChineseSurnames.isSurname(before) && t.text().length() >= 3 && !endsWord(text, s)
                        && splitsIntoSyllables(t.text().toLowerCase(), 0, 0)) {
                    List<String> sur = Pinyin.syllables(text.substring(s, t.start()));
                    if (!sur.isEmpty() && sur.get(0) != null) {
                        add(ctx, out, s, t.end(), Pinyin.capitalise(sur.get(0)) + " " + t.text());
                    }
                }
            }
        }
        return out;
    }

    /** Is the character at {@code s} the end of a Chinese word (于 of 关于), not a surname starting a name? */
    private static boolean endsWord(String text, int s) {
        if (s == 0 || !Chars.isHan(text.charAt(s - 1))) {
            return false;
        }
        java.util.List<com.hankcs.hanlp.seg.common.Term> terms = com.hankcs.hanlp.HanLP.segment(text.substring(s - 1, s + 1));
        return terms.size() == 1;
    }

    /**
     * Nouns that say what kind of thing the word before them is, in a manual or a doc comment ({@code 返回Long类型},
     * {@code Long型}, {@code Long值}): a type or term with its kind, never a surname with a given name.
     */
    private static final Set<String> KIND_NOUNS = Set.of("类型", "型", "类", "值", "对象", "数组", "格式", "字段", "参数",
            "变量", "方法", "函数", "属性", "列表", "集合", "实例", "接口", "整数", "数字");

    /** Particles that follow a name, never start a given name: Sun的, Li和. */
    private static final String NOT_GIVEN_NAMES = "的了是在和与或及也都说对从把被让给向";

    private static void add(SeamContext ctx, List<Seam> out, int start, int end, String repair) {
        boolean attested = ctx.text.contains(repair);
        double conf = attested ? 0.95 : 0.7;
        out.add(Seam.of(start, end, SeamType.HALF_TRANSLATED_NAME, conf,
                attested ? "the document spells the name " + repair : "pinyin surname beside a Chinese given name")
                .withRepair(repair, attested ? 0.95 : 0.7));
    }

    /** Can {@code s} from {@code i} be read as 1-2 more pinyin syllables (a given name)? */
    private static boolean splitsIntoSyllables(String s, int i, int used) {
        if (i == s.length()) {
            return used >= 1;
        }
        if (used == 2) {
            return false;
        }
        for (int j = Math.min(s.length(), i + 6); j > i; j--) {
            if (Pinyin.isSyllable(s.substring(i, j)) && splitsIntoSyllables(s, j, used + 1)) {
                return true;
            }
        }
        return false;
    }
}
