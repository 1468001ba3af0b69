package io.mixdoc.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Pinyin ↔ zhuyin (bopomofo) by the standard correspondence of the two schemes (ISO 7098 / the Taiwan
 * Ministry of Education tables): initials map one to one; finals map by medial (ㄧ ㄨ ㄩ) and rime; the
 * spelling rules of pinyin are undone first (y/w, ü written u after j q x, iu = iou, ui = uei, un = uen,
 * zhi…si have no final). Tones: 1 unmarked, ˊ ˇ ˋ after the syllable, the neutral tone ˙ before it.
 */
public final class Zhuyin {
    private static final Map<String, String> INITIALS = Map.ofEntries(
            Map.entry("b", "ㄅ"), Map.entry("p", "ㄆ"), Map.entry("m", "ㄇ"), Map.entry("f", "ㄈ"),
            Map.entry("d", "ㄉ"), Map.entry("t", "ㄊ"), Map.entry("n", "ㄋ"), Map.entry("l", "ㄌ"),
            Map.entry("g", "ㄍ"), Map.entry("k", "ㄎ"), Map.entry("h", "ㄏ"),
            Map.entry("j", "ㄐ"), Map.entry("q", "ㄑ"), Map.entry("x", "ㄒ"),
            Map.entry("zh", "ㄓ"), Map.entry("ch", "ㄔ"), Map.entry("sh", "ㄕ"), Map.entry("r", "ㄖ"),
            Map.entry("z", "ㄗ"), Map.entry("c", "ㄘ"), Map.entry("s", "ㄙ"));
    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("a", "ㄚ"), Map.entry("o", "ㄛ"), Map.entry("e", "ㄜ"), Map.entry("ê", "ㄝ"),
            Map.entry("ai", "ㄞ"), Map.entry("ei", "ㄟ"), Map.entry("ao", "ㄠ"), Map.entry("ou", "ㄡ"),
            Map.entry("an", "ㄢ"), Map.entry("en", "ㄣ"), Map.entry("ang", "ㄤ"), Map.entry("eng", "ㄥ"),
            Map.entry("ong", "ㄨㄥ"), Map.entry("er", "ㄦ"),
            Map.entry("i", "ㄧ"), Map.entry("ia", "ㄧㄚ"), Map.entry("io", "ㄧㄛ"), Map.entry("ie", "ㄧㄝ"),
            Map.entry("iai", "ㄧㄞ"), Map.entry("iao", "ㄧㄠ"), Map.entry("iou", "ㄧㄡ"), Map.entry("ian", "ㄧㄢ"),
            Map.entry("in", "ㄧㄣ"), Map.entry("iang", "ㄧㄤ"), Map.entry("ing", "ㄧㄥ"), Map.entry("iong", "ㄩㄥ"),
            Map.entry("u", "ㄨ"), Map.entry("ua", "ㄨㄚ"), Map.entry("uo", "ㄨㄛ"), Map.entry("uai", "ㄨㄞ"),
            Map.entry("uei", "ㄨㄟ"), Map.entry("uan", "ㄨㄢ"), Map.entry("uen", "ㄨㄣ"), Map.entry("uang", "ㄨㄤ"),
            Map.entry("ueng", "ㄨㄥ"),
            Map.entry("ü", "ㄩ"), Map.entry("üe", "ㄩㄝ"), Map.entry("üan", "ㄩㄢ"), Map.entry("ün", "ㄩㄣ"));
    /** Syllables outside the initial + final pattern: interjections and the apical vowels' own letters. */
    private static final Map<String, String> WHOLE = Map.of("m", "ㄇ", "n", "ㄋ", "ng", "ㄫ", "hm", "ㄏㄇ",
            "hng", "ㄏㄫ", "ê", "ㄝ");
    private static final String TONE_MARKS = " ˊˇˋ"; // index = tone - 1; tone 1 unmarked
    private static final Map<String, String> PINYIN_BY_ZHUYIN = inverse();

    private Zhuyin() {
    }

    /**
     * The zhuyin of one toneless pinyin syllable ({@code shu}, {@code lü} or HanLP's {@code lv}), or
     * null if it is no syllable of the scheme.
     */
    public static String of(String pinyin) {
        String p = pinyin.replace('v', 'ü');
        if (WHOLE.containsKey(p)) {
            return WHOLE.get(p);
        }
        if (p.equals("zhi") || p.equals("chi") || p.equals("shi") || p.equals("ri") || p.equals("zi")
                || p.equals("ci") || p.equals("si")) {
            return INITIALS.get(p.substring(0, p.length() - 1));
        }
        String initial = "";
        String fin = p;
        if (p.startsWith("y")) { // y spells the medial i or ü of a syllable without initial
            String rest = p.substring(1);
            fin = rest.startsWith("u") ? "ü" + rest.substring(1)
                    : rest.startsWith("i") ? rest : rest.equals("ong") ? "iong" : "i" + rest;
        } else if (p.startsWith("w")) { // w spells the medial u
            String rest = p.substring(1);
            fin = rest.startsWith("u") ? rest : "u" + rest;
        } else {
            for (String i : new String[] {"zh", "ch", "sh"}) {
                if (p.startsWith(i)) {
                    initial = i;
                }
            }
            if (initial.isEmpty() && !p.isEmpty() && INITIALS.containsKey(p.substring(0, 1))) {
                initial = p.substring(0, 1);
            }
            fin = p.substring(initial.length());
            if ((initial.equals("j") || initial.equals("q") || initial.equals("x")) && fin.startsWith("u")) {
                fin = "ü" + fin.substring(1); // ju = jü
            }
        }
        fin = switch (fin) { // the contracted spellings
            case "iu" -> "iou";
            case "ui" -> "uei";
            case "un" -> "uen";
            default -> fin;
        };
        String z = FINALS.get(fin);
        if (z == null) {
            return null;
        }
        return (initial.isEmpty() ? "" : INITIALS.get(initial)) + z;
    }

    /** The zhuyin of a toneless syllable with its tone (1–4, 5 neutral); null if no syllable. */
    public static String of(String pinyin, int tone) {
        String z = of(pinyin);
        if (z == null || tone < 1 || tone > 5) {
            return z;
        }
        return tone == 5 ? "˙" + z : tone == 1 ? z : z + TONE_MARKS.charAt(tone - 1);
    }

    /** The toneless pinyin (ü written ü) of a zhuyin syllable with or without its tone mark; null if none. */
    public static String toPinyin(String zhuyin) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < zhuyin.length(); i++) {
            char c = zhuyin.charAt(i);
            if (!isToneMark(c)) {
                b.append(c);
            }
        }
        return PINYIN_BY_ZHUYIN.get(b.toString());
    }

    /** ˊ ˇ ˋ ˙ (and the macron-like ˉ some fonts write for tone 1). */
    public static boolean isToneMark(int c) {
        return c == 'ˊ' || c == 'ˇ' || c == 'ˋ' || c == '˙' || c == 'ˉ';
    }

    /** The bopomofo letters, with the extended block. */
    public static boolean isLetter(int c) {
        return (c >= 0x3105 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF);
    }

    private static Map<String, String> inverse() {
        Map<String, String> m = new HashMap<>();
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.dictionary.py.Pinyin.values()) {
            String toneless = p.getPinyinWithoutTone();
            String z = toneless.startsWith("none") ? null : of(toneless);
            if (z != null) {
                m.putIfAbsent(z, toneless.replace('v', 'ü'));
            }
        }
        return Map.copyOf(m);
    }
}
