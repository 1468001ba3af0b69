package io.mixdoc.facts.internal;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional Chinese read as simplified (HanLP's conversion tables), character for character, so that
 * the segmenter, the name recognisers, the gazetteer and the number readers see the forms they were
 * built on while every offset stays an offset into the original text: a text whose phrase-level
 * conversion changes its length (rare: a phrase rewritten with another number of characters) is
 * converted one character at a time instead.
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
        return doc.derived("facts.simplified", String.class, d -> sameLength(d.text(), d.deadline()));
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
        if (text.chars().noneMatch(c -> c >= 0x3400)) {
            return text; // nothing Chinese to convert: English texts pass untouched
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

    private static String piece(String text) {
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() == text.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = c >= 0x3400 && !Character.isSurrogate(c) ? HanLP.convertToSimplifiedChinese(String.valueOf(c)) : "";
            b.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return b.toString();
    }
}
