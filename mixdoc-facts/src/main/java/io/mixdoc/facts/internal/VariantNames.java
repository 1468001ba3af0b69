package io.mixdoc.facts.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Greek letters that name a virus's variants, in Chinese transliteration ("德尔塔变种", "奥密克戎毒株"): where the
 * text speaks of a virus they name a variant, never a place, although the gazetteer knows some as places (Delta).
 */
public final class VariantNames {
    private VariantNames() {
    }

    private static final Set<String> GREEK_LETTERS = Set.of("阿尔法", "贝塔", "伽马", "德尔塔", "艾普西隆", "泽塔", "伊塔", "西塔",
            "约塔", "卡帕", "拉姆达", "兰布达", "缪", "谬", "奥密克戎", "欧米克戎", "欧米茄");
    private static final Pattern VIRUS_WORDS = Pattern.compile("变种|变异株|毒株|病毒|疫情");

    /** Whether the text speaks of a virus: its Greek letters are variants there. */
    public static boolean aboutAVirus(String text) {
        return VIRUS_WORDS.matcher(text).find();
    }

    /** Whether {@code name} is a Greek letter's transliteration. */
    public static boolean greekLetter(String name) {
        return GREEK_LETTERS.contains(name);
    }
}
