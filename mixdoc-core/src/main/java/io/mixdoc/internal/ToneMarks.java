package io.mixdoc.internal;

import java.util.Locale;

/** Numbered pinyin ({@code lu:4}, {@code zhong1}) to tone marks ({@code lǜ}, {@code zhōng}). */
public final class ToneMarks {
    private static final String[] MARKED = {"āēīōūǖ", "áéíóúǘ", "ǎěǐǒǔǚ", "àèìòùǜ"};
    private static final String PLAIN = "aeiouü";

    private ToneMarks() {
    }

    /** One syllable; text that is not numbered pinyin comes back unchanged (bar {@code u:} to {@code ü}). */
    public static String syllable(String numbered) {
        String s = numbered.replace("u:", "ü").replace("U:", "Ü").replace('v', 'ü');
        if (s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1))) {
            return s;
        }
        int tone = s.charAt(s.length() - 1) - '0';
        s = s.substring(0, s.length() - 1);
        if (tone < 1 || tone > 4) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        // The mark goes on a or e; on the o of ou; otherwise on the last vowel.
        int at = lower.indexOf('a');
        if (at < 0) {
            at = lower.indexOf('e');
        }
        if (at < 0) {
            at = lower.indexOf("ou");
        }
        if (at < 0) {
            for (int i = lower.length() - 1; i >= 0; i--) {
                if (PLAIN.indexOf(lower.charAt(i)) >= 0) {
                    at = i;
                    break;
                }
            }
        }
        if (at < 0) {
            return s;
        }
        char marked = MARKED[tone - 1].charAt(PLAIN.indexOf(lower.charAt(at)));
        if (Character.isUpperCase(s.charAt(at))) {
            marked = Character.toUpperCase(marked);
        }
        return s.substring(0, at) + marked + s.substring(at + 1);
    }

    /** Space-separated syllables. */
    public static String of(String numbered) {
        StringBuilder b = new StringBuilder();
        for (String syl : numbered.trim().split("\\s+")) {
            if (!syl.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(syllable(syl));
            }
        }
        return b.toString();
    }
}
