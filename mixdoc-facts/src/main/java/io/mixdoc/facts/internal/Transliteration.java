package io.mixdoc.facts.internal;

import io.mixdoc.text.Pinyin;
import java.util.List;
import java.util.Map;

/**
 * Compares a Chinese transliteration of a foreign name ({@code 扎帕罗夫}) with its Latin spelling
 * ({@code Zhaparov}). Characters used for bare consonants in transliterations (夫 v, 斯 s, 克 k, 尔 r)
 * are read as those consonants; l/r, v/f/w and doubled letters are treated as equal.
 */
public final class Transliteration {
    private static final Map<Character, String> CONSONANTS = Map.ofEntries(
            Map.entry('夫', "v"), Map.entry('斯', "s"), Map.entry('克', "k"), Map.entry('尔', "r"), Map.entry('特', "t"),
            Map.entry('德', "d"), Map.entry('姆', "m"), Map.entry('布', "b"), Map.entry('格', "g"), Map.entry('普', "p"),
            Map.entry('兹', "z"), Map.entry('茨', "ts"), Map.entry('赫', "h"), Map.entry('罗', "ro"), Map.entry('洛', "lo"));

    private Transliteration() {
    }

    /** The Latin reading of a transliterated name, e.g. 扎帕罗夫 → zhaparov. */
    public static String reading(String han) {
        StringBuilder b = new StringBuilder();
        List<String> syllables = Pinyin.syllables(han);
        for (int i = 0; i < han.length() && i < syllables.size(); i++) {
            char c = han.charAt(i);
            boolean last = i == han.length() - 1;
            String special = CONSONANTS.get(c);
            if (special != null && (last || c == '罗' || c == '洛' || c == '斯' || c == '尔' || c == '克' || c == '夫')) {
                b.append(special);
            } else if (syllables.get(i) != null) {
                b.append(syllables.get(i));
            }
        }
        return fold(b.toString());
    }

    // compiled once: linking compares many name pairs per document
    private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^a-z]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Folds spelling variants: l→r, f/w→v, doubled letters to one, non-letters dropped. */
    public static String fold(String s) {
        String t = NOT_A_LETTER.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("")
                .replace('l', 'r').replace('f', 'v').replace('w', 'v').replace("yi", "i").replace("y", "i");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Similarity 0..1 from the edit distance of the folded spellings; a Latin name of several words is
     * also compared word by word (a Chinese text often gives only the surname: 拉夫罗夫 / Sergei Lavrov).
     */
    public static double similarity(String han, String latin) {
        double best = similarityWhole(han.replace("·", ""), latin);
        String[] words = SPACES.split(latin);
        if (words.length > 1 && han.length() - han.lastIndexOf('·') - 1 >= 3) {
            for (String w : words) {
                best = Math.max(best, similarityWhole(han.substring(han.lastIndexOf('·') + 1), w));
            }
        }
        return best;
    }

    private static double similarityWhole(String han, String latin) {
        String a = reading(han);
        String b = fold(latin);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int d = distance(a, b);
        return 1.0 - (double) d / Math.max(a.length(), b.length());
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
