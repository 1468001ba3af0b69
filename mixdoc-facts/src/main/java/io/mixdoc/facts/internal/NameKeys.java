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
                String folded = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
                b.append(folded.replace('ü', 'v'));
            }
            i += n;
        }
        return b.toString();
    }

    /** True if the name has at least one Han character. */
    public static boolean hasHan(String s) {
        return s.codePoints().anyMatch(Chars::isHan);
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
