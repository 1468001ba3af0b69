package io.mixdoc.facts.internal;

import io.mixdoc.text.Chars;
import io.mixdoc.text.Pinyin;
import java.util.List;
import java.util.Locale;

/**
 * Language-neutral keys for names: Chinese characters become toneless pinyin, Latin letters are lower
 * cased, everything else is dropped, so {@code 刘江平}, {@code Liu Jiangping} and {@code Liu江平} all
 * give {@code liujiangping}.
 */
public final class NameKeys {
    /** Combining marks, dropped after NFD; compiled once (a name key is made per mention). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private NameKeys() {
    }

    public static String roman(String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int n = Character.charCount(cp);
            if (Chars.isHan(cp)) {
                int j = i + n;
                while (j < name.length() && Chars.isHan(name.codePointAt(j))) {
                    j += Character.charCount(name.codePointAt(j));
                }
                List<String> syllables = Pinyin.syllables(name.substring(i, j));
                for (String s : syllables) {
                    if (s != null) {
                        b.append(s.replace('ü', 'v'));
                    }
                }
                i = j;
                continue;
            }
            if (Chars.isLatinLetter(cp)) {
                String folded = MARKS.matcher(java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT);
                b.append(folded.replace('ü', 'v'));
            }
            i += n;
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern STRAY_HAN = java.util.regex.Pattern.compile("(?<=[a-z])\\p{IsHan}(?=[a-z])");

    /**
     * The name without a Chinese character standing alone between two lower-case Latin letters
     * ({@code Al鄄varAalto} → {@code AlvarAalto}): print-converted text keeps a line-end hyphen so.
     */
    public static String withoutStrayHan(String name) {
        return STRAY_HAN.matcher(name).replaceAll("");
    }

    /** True if the name has at least one Han character. */
    public static boolean hasHan(String s) {
        return Chars.hasHan(s, 0, s.length());
    }

    /** True if the name has at least one Latin letter. */
    public static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(Chars::isLatinLetter);
    }

    /** {@code zh}, {@code en} or {@code mixed}, from the scripts a name is written in. */
    public static String lang(String s) {
        boolean han = hasHan(s);
        boolean latin = hasLatin(s);
        return han && latin ? "mixed" : han ? "zh" : "en";
    }
}
