package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.internal.Chars;
import io.mixdoc.internal.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reading spliced inside a word: a scraper's simplified→traditional converter that emits ruby text
 * leaves {@code 數(shù)據(jù)} for 數據; some leave the pinyin bare ({@code 數shù據jù}) or in zhuyin
 * ({@code 數ㄕㄨˋ據}). The seam covers the reading alone; its repair removes it.
 *
 * <p>Do no harm: a reading of one syllable after a character that is part of a longer word cannot be a
 * gloss (a deliberate gloss follows the whole word: {@code 民主（mínzhǔ）}, which is never flagged). A
 * reading after a one-character word ({@code 和（hé）字}, a textbook's reading aid) is flagged only when
 * the document shows the converter's pattern elsewhere, and lines where nearly every character carries
 * a reading (children's texts with pinyin throughout) are left alone.
 */
public final class InjectedAnnotationDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.INJECTED_ANNOTATION);
    }

    /** Sure findings a document needs before readings after one-character words are flagged too. */
    static final int MIN_SURE_FOR_WEAK = 2;
    /** Share of a line's characters carrying a reading above which the line is a reading aid. */
    static final double READING_AID_SHARE = 0.8;
    private static final int MAX_READING = 7; // "zhuāng" and brackets

    /** One reading found after a character. */
    private record Reading(int start, int end, int han, boolean toned, boolean matches) {
    }

    @Override
    public boolean findsDamageInProtectedText() {
        return true; // its fingerprint is tested on real clean text, code included (data/real: no finding)
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Reading> readings = readings(text);
        if (readings.isEmpty()) {
            return List.of();
        }
        List<Reading> sure = new ArrayList<>();
        List<Reading> weak = new ArrayList<>();
        for (Reading r : readings) {
            if (readingAidLine(text, r, readings)) {
                continue;
            }
            if (!r.matches() && !r.toned()) {
                continue; // plain letters that are not this character's reading: an English word
            }
            if (insideWord(text, r, readings)) {
                sure.add(r);
            } else if (r.matches()) {
                weak.add(r);
            }
        }
        List<Seam> out = new ArrayList<>();
        for (Reading r : sure) {
            double conf = r.matches() ? 0.95 : 0.8;
            out.add(seam(r, conf, "a reading spliced inside a word"));
        }
        if (sure.size() >= MIN_SURE_FOR_WEAK) {
            for (Reading r : weak) {
                out.add(seam(r, 0.8, "a reading after a character, as the converter left elsewhere"));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Seam seam(Reading r, double conf, String evidence) {
        return Seam.of(r.start(), r.end(), SeamType.INJECTED_ANNOTATION, conf, evidence).withRepair("", conf);
    }

    /** Every one-syllable reading (bracketed or bare pinyin, or zhuyin) right after a Han character. */
    private static List<Reading> readings(String text) {
        List<Reading> out = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            boolean open = c == '(' || c == '（';
            boolean latin = Chars.isLatinLetter(c);
            boolean zhuyin = isZhuyin(c);
            if (!(open || latin || zhuyin) || !Chars.isHan(text.codePointBefore(i))) {
                continue;
            }
            int s = open ? i + 1 : i;
            int e = s;
            while (e < n && e - s <= MAX_READING && (Chars.isLatinLetter(text.charAt(e)) || isZhuyin(text.charAt(e))
                    || isZhuyinTone(text.charAt(e)) || isDigitTone(text.charAt(e)))) {
                e++;
            }
            if (e == s || e - s > MAX_READING) {
                continue;
            }
            int end = e;
            if (open) {
                char close = e < n ? text.charAt(e) : 0;
                if (!(close == ')' || close == '）')) {
                    continue;
                }
                end = e + 1;
            }
            String body = text.substring(s, e);
            boolean toneMarked = body.chars().anyMatch(ch -> ch > 0x7F);
            if (latin && e < n && !Chars.isHan(text.codePointAt(e)) && !toneMarked) {
                continue; // bare plain pinyin must sit between two characters: 數shu據
            }
            int han = text.codePointBefore(i);
            Reading r = judge(body, han, i, end);
            if (r != null) {
                out.add(r);
            }
            i = end - 1;
        }
        return out;
    }

    private static Reading judge(String body, int han, int start, int end) {
        if (isZhuyin(body.charAt(0))) {
            boolean allZhuyin = body.chars().allMatch(ch -> isZhuyin(ch) || isZhuyinTone(ch));
            return allZhuyin && body.length() <= 4 ? new Reading(start, end, han, true, true) : null;
        }
        String plain = stripTones(body);
        boolean toned = !plain.equals(body) || isDigitTone(body.charAt(body.length() - 1));
        String syllable = plain.replaceAll("[1-5]$", "");
        if (syllable.isEmpty() || !syllable.chars().allMatch(Chars::isAsciiLetter) && !syllable.contains("ü")
                || !Pinyin.isSyllable(syllable) || !body.equals(body.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> reading = Pinyin.syllables(new String(Character.toChars(han)));
        boolean matches = !reading.isEmpty() && reading.get(0) != null
                && reading.get(0).equals(syllable.replace('ü', 'v'));
        return new Reading(start, end, han, toned, matches);
    }

    /**
     * Does the character before the reading belong to a word of two or more characters (with the
     * other readings taken out)? Then one syllable cannot gloss that word.
     */
    private static boolean insideWord(String text, Reading r, List<Reading> all) {
        int hanStart = r.start() - Character.charCount(r.han());
        String before = hanBefore(text, hanStart, all);
        String after = hanAfter(text, r.end(), all);
        String c = new String(Character.toChars(r.han()));
        return (before != null && isWord(before + c)) || (after != null && isWord(c + after));
    }

    private static boolean isWord(String pair) {
        String simplified = HanLP.convertToSimplifiedChinese(pair);
        return CoreDictionary.contains(simplified) || CoreDictionary.contains(pair);
    }

    /** The Han character before {@code pos}, skipping a reading that ends there; null if none. */
    private static String hanBefore(String text, int pos, List<Reading> all) {
        for (Reading o : all) {
            if (o.end() == pos) {
                pos = o.start();
                break;
            }
        }
        if (pos <= 0 || !Chars.isHan(text.codePointBefore(pos))) {
            return null;
        }
        return new String(Character.toChars(text.codePointBefore(pos)));
    }

    private static String hanAfter(String text, int pos, List<Reading> all) {
        if (pos >= text.length() || !Chars.isHan(text.codePointAt(pos))) {
            return null;
        }
        return new String(Character.toChars(text.codePointAt(pos)));
    }

    /** A line where most characters carry a reading is a reading aid, not damage. */
    private static boolean readingAidLine(String text, Reading r, List<Reading> all) {
        int ls = text.lastIndexOf('\n', r.start()) + 1;
        int le = text.indexOf('\n', r.end());
        if (le < 0) {
            le = text.length();
        }
        int han = 0;
        for (int i = ls; i < le; i++) {
            if (Chars.isHan(text.charAt(i))) {
                han++;
            }
        }
        int withReading = 0;
        for (Reading o : all) {
            if (o.start() >= ls && o.end() <= le) {
                withReading++;
            }
        }
        return han >= 4 && withReading >= READING_AID_SHARE * han;
    }

    static String stripTones(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            if (ch == '\u0308') {
                b.setCharAt(b.length() - 1, 'ü'); // keep the diaeresis of ü (lǚ, nǜ)
            } else if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static boolean isZhuyin(int c) {
        return (c >= 0x3105 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF);
    }

    private static boolean isZhuyinTone(int c) {
        return c == 'ˊ' || c == 'ˇ' || c == 'ˋ' || c == '˙';
    }

    private static boolean isDigitTone(int c) {
        return c >= '1' && c <= '5';
    }
}
