package io.mixdoc.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional Chinese read as simplified (HanLP's conversion tables), index for index, so that the
 * segmenter, the name recognisers, the gazetteer and the number readers see the forms they were built on
 * while every offset stays an offset into the original text: a sentence whose phrase-level conversion
 * changes its length is converted one character at a time instead, and simplified sentences are not touched.
 */
public final class Simplified {
    private Simplified() {
    }

    /** The most characters converted at once: the run's deadline is checked between pieces. */
    private static final int PIECE = 4096;

    /**
     * The document's text in simplified characters, index for index, converted once per document and
     * shared by every stage that reads it (quantities, dates, entity mentions).
     */
    public static String of(io.mixdoc.Document doc) {
        return doc.derived("text.simplified", String.class, d -> sameLength(d.text(), d.deadline()));
    }

    /**
     * What the original text writes where a group of a match on its simplified view stands ("陳家倫" for a
     * reporter read as "陈家伦"): attributes keep the writing of the text, offsets need no mapping. Null when
     * the group did not take part in the match.
     */
    public static String written(String original, java.util.regex.Matcher m, String group) {
        int start = m.start(group);
        return start < 0 ? null : original.substring(start, m.end(group));
    }

    /** {@code text} in simplified characters, of the same length, index for index. */
    public static String sameLength(String text, io.mixdoc.Deadline deadline) {
        if (!hasTraditional(text)) {
            return text; // nothing traditional to convert (English, simplified Chinese): the text itself, no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int from = 0; from < text.length(); ) {
            deadline.check();
            int to = Math.min(text.length(), from + PIECE);
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to--;
            }
            out.append(piece(text.substring(from, to)));
            from = to;
        }
        return out.toString();
    }

    /**
     * One piece, sentence by sentence: a sentence with no traditional character stays exactly as written
     * (phrase conversion would rewrite simplified words too: 方程式 → 方程序); one with any is converted by
     * HanLP's phrase tables, or one character at a time where that changes its length. Taiwan's own words
     * (軟體, 資訊) are left as words: HanLP's Taiwan tables rewrite common words wrongly (程式 → 进程).
     */
    private static String piece(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String sentence : SENTENCE_END.split(text)) {
            if (!hasTraditional(sentence)) {
                b.append(sentence);
                continue;
            }
            String one = HanLP.convertToSimplifiedChinese(sentence);
            b.append(one.length() == sentence.length() ? one : SameLengthConversion.characterByCharacter(sentence,
                    HanLP::convertToSimplifiedChinese, Simplified::isTraditional));
        }
        return b.toString();
    }

    /** Splits after a sentence's end or a line's, keeping every character. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[。！？；\\n])");

    private static boolean hasTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isTraditional(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Per character of the CJK blocks: 0 not yet asked, 1 simplified or shared by both scripts, 2 traditional. */
    private static final byte[] TRADITIONAL = new byte[0xA000 - 0x3400];

    /** Does HanLP write {@code c} otherwise in simplified characters (說, 國; not 说, 中)? Asked once per character. */
    static boolean isTraditional(char c) {
        if (c < 0x3400 || c >= 0xA000) {
            return false;
        }
        byte known = TRADITIONAL[c - 0x3400];
        if (known == 0) { // a race only asks HanLP twice: both write the same answer
            String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            known = s.length() == 1 && s.charAt(0) != c ? (byte) 2 : (byte) 1;
            TRADITIONAL[c - 0x3400] = known;
        }
        return known == 2;
    }
}
