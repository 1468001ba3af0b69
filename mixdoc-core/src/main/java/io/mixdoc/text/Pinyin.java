package io.mixdoc.text;

import com.hankcs.hanlp.HanLP;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Romanisation of Chinese names with HanLP's pinyin dictionary (no tones, names capitalised). */
public final class Pinyin {
    private static final Set<String> SYLLABLES = loadSyllables();

    private Pinyin() {
    }

    private static Set<String> loadSyllables() {
        Set<String> s = new HashSet<>();
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.dictionary.py.Pinyin.values()) {
            String w = p.getPinyinWithoutTone();
            if (!w.startsWith("none")) {
                s.add(w.replace('v', 'ü'));
                s.add(w);
            }
        }
        return Set.copyOf(s);
    }

    /** True if {@code token} (any case) is one pinyin syllable, e.g. "Liu", "zhang". */
    public static boolean isSyllable(String token) {
        return SYLLABLES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Pinyin syllables of {@code han}, lower case, without tones; null entries for non-Chinese. */
    public static List<String> syllables(String han) {
        return HanLP.convertToPinyinList(han).stream()
                .map(p -> p.getPinyinWithoutTone().startsWith("none") ? null : p.getPinyinWithoutTone())
                .toList();
    }

    /** A given name as romanised in English text: syllables joined, first letter capitalised. */
    public static String givenName(String han) {
        StringBuilder b = new StringBuilder();
        for (String s : syllables(han)) {
            if (s == null) {
                return null;
            }
            b.append(s.replace('v', 'ü'));
        }
        return b.isEmpty() ? null : capitalise(b.toString());
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
