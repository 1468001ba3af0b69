package io.mixdoc.seams;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.text.Pinyin;
import io.mixdoc.text.Zhuyin;
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
 * <p>Do no harm: a reading of one syllable after a character that a converter changes and that is part of
 * a longer word cannot be a gloss (a deliberate gloss follows the whole word: {@code 民主（mínzhǔ）},
 * {@code 民主（ㄇㄧㄣˊ ㄓㄨˇ）}, which is never flagged). A
 * reading after a one-character word ({@code 和（hé）字}, a textbook's reading aid) or after a character no
 * converter changes ({@code 通（ㄊㄨㄥ）常}: textbooks gloss those, converters do not) is flagged only when
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
        Lines lines = new Lines(text);
        java.util.Map<Integer, Boolean> aidLines = readingAidLines(text, lines, readings);
        java.util.Map<Integer, Integer> startByEnd = new java.util.HashMap<>();
        for (Reading o : readings) {
            startByEnd.putIfAbsent(o.end(), o.start()); // the first reading ending there, as the list scan found it
        }
        java.util.Map<Integer, Boolean> variants = new java.util.HashMap<>(); // per character: a document repeats them
        for (Reading r : readings) {
            if (aidLines.get(lines.start(r.start()))) {
                continue;
            }
            if (!r.matches() && !r.toned()) {
                continue; // plain letters that are not this character's reading: an English word
            }
            if (insideWord(text, r, startByEnd) && variants.computeIfAbsent(r.han(), InjectedAnnotationDetector::hasVariant)) {
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
            boolean zhuyin = isZhuyin(c) || (c == '˙' && i + 1 < n && isZhuyin(text.charAt(i + 1))); // ˙ leads the neutral tone
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
        if (isZhuyin(body.charAt(0)) || isZhuyinTone(body.charAt(0))) {
            // one zhuyin syllable (letters of no syllable, or two syllables, are no reading of one character)
            String syllable = body.chars().allMatch(ch -> isZhuyin(ch) || isZhuyinTone(ch)) ? Zhuyin.toPinyin(body) : null;
            if (syllable == null) {
                return null;
            }
            List<String> reading = Pinyin.syllables(new String(Character.toChars(han)));
            boolean matches = !reading.isEmpty() && reading.get(0) != null
                    && reading.get(0).replace('v', 'ü').equals(syllable);
            return new Reading(start, end, han, true, matches);
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
    private static boolean insideWord(String text, Reading r, java.util.Map<Integer, Integer> startByEnd) {
        int hanStart = r.start() - Character.charCount(r.han());
        String before = hanBefore(text, hanStart, startByEnd);
        String after = hanAfter(text, r.end());
        String c = new String(Character.toChars(r.han()));
        return (before != null && isWord(before + c)) || (after != null && isWord(c + after));
    }

    /**
     * Does a simplified↔traditional converter change this character? Converters with ruby output gloss only
     * the characters they changed (數, 據, 網); a reading after 通, 上 or 第 is a textbook's, unless the
     * document shows the converter's pattern elsewhere.
     */
    private static boolean hasVariant(int han) {
        String c = new String(Character.toChars(han));
        return !HanLP.convertToTraditionalChinese(c).equals(c) || !HanLP.convertToSimplifiedChinese(c).equals(c);
    }

    private static boolean isWord(String pair) {
        String simplified = HanLP.convertToSimplifiedChinese(pair);
        return CoreDictionary.contains(simplified) || CoreDictionary.contains(pair);
    }

    /** The Han character before {@code pos}, skipping a reading that ends there; null if none. */
    private static String hanBefore(String text, int pos, java.util.Map<Integer, Integer> startByEnd) {
        pos = startByEnd.getOrDefault(pos, pos);
        if (pos <= 0 || !Chars.isHan(text.codePointBefore(pos))) {
            return null;
        }
        return new String(Character.toChars(text.codePointBefore(pos)));
    }

    private static String hanAfter(String text, int pos) {
        if (pos >= text.length() || !Chars.isHan(text.codePointAt(pos))) {
            return null;
        }
        return new String(Character.toChars(text.codePointAt(pos)));
    }

    /**
     * For the start of each line that holds a reading: is it a reading aid (most of its characters carry a
     * reading), not damage? Each line is counted once, so a document of one long line stays linear.
     */
    private static java.util.Map<Integer, Boolean> readingAidLines(String text, Lines lines, List<Reading> all) {
        java.util.Map<Integer, Integer> readingsPerLine = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> lineEnds = new java.util.HashMap<>();
        for (Reading o : all) {
            int ls = lines.start(o.start());
            int le = lineEnds.computeIfAbsent(ls, lines::end);
            if (o.end() <= le) {
                readingsPerLine.merge(ls, 1, Integer::sum);
            } else {
                readingsPerLine.putIfAbsent(ls, 0);
            }
        }
        java.util.Map<Integer, Boolean> verdict = new java.util.HashMap<>();
        readingsPerLine.forEach((ls, withReading) -> {
            int han = 0;
            for (int i = ls, le = lineEnds.get(ls); i < le; i++) {
                if (Chars.isHan(text.charAt(i))) {
                    han++;
                }
            }
            verdict.put(ls, han >= 4 && withReading >= READING_AID_SHARE * han);
        });
        return verdict;
    }

    /** Line starts and ends by binary search over the text's line breaks, found once. */
    private static final class Lines {
        private final int[] breaks;
        private final int length;

        Lines(String text) {
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            breaks = new int[count];
            for (int i = 0, k = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    breaks[k++] = i;
                }
            }
            length = text.length();
        }

        /** The start of the line holding {@code pos} (as {@code lastIndexOf('\n', pos) + 1}). */
        int start(int pos) {
            int k = java.util.Arrays.binarySearch(breaks, pos);
            int before = k >= 0 ? k : -k - 2; // the last break at or before pos
            return before < 0 ? 0 : breaks[before] + 1;
        }

        /** The end of the line starting at {@code lineStart} (its break, or the text's end). */
        int end(int lineStart) {
            int k = java.util.Arrays.binarySearch(breaks, lineStart);
            int next = k >= 0 ? k : -k - 1; // the first break at or after lineStart
            return next < breaks.length ? breaks[next] : length;
        }
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
        return Zhuyin.isLetter(c);
    }

    private static boolean isZhuyinTone(int c) {
        return Zhuyin.isToneMark(c);
    }

    private static boolean isDigitTone(int c) {
        return c >= '1' && c <= '5';
    }
}
