package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hankcs.hanlp.HanLP;
import io.mixdoc.text.SameLengthConversion;

/**
 * Texts, and the facts gold on them, read as if written in traditional characters (HanLP's conversion).
 *
 * <p>Why: the issue asks for traditional Chinese everywhere, but none of the news texts we may annotate is
 * written in traditional characters. Converting the annotated ones keeps every gold offset valid (the
 * conversion is index for index: a line whose conversion changes its length is converted one character at a
 * time instead) and shows what the script costs. It is not real traditional text: Taiwanese and Hong Kong
 * outlets differ in more than script (names, agencies, 民國 years), which only real pages show.
 */
public final class AsTraditional {
    private AsTraditional() {
    }

    /** Which writing the texts are converted to. */
    public enum Variant {
        /** Traditional characters only, the words as they were: the script alone. */
        PLAIN,
        /**
         * Taiwan's characters and words (软件 → 軟體, 窗口 → 視窗): the readers see words they were not built on;
         * on clean sets it makes doublings of its own (文件档案 → 檔案檔案), so there it measures the converter.
         */
        TAIWAN;

        String convert(String text) {
            return this == TAIWAN ? HanLP.s2tw(text) : HanLP.s2t(text);
        }
    }

    /** {@code simplified} in traditional characters as {@code variant} writes them, of the same length, index for index. */
    public static String text(String simplified, Variant variant) {
        if (simplified.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return simplified; // English pages stay as they are (the conversion would turn their quotes into 「」)
        }
        String t = variant.convert(simplified);
        if (t.length() == simplified.length()) {
            return t;
        }
        StringBuilder b = new StringBuilder(simplified.length());
        for (String line : simplified.split("(?<=\n)")) {
            String l = variant.convert(line);
            b.append(l.length() == line.length() ? l : SameLengthConversion.characterByCharacter(line, variant::convert,
                    c -> c >= 0x3400 && !Character.isSurrogate(c)));
        }
        return b.toString();
    }

    /**
     * A copy of the gold whose written forms are those of {@code traditional}: every span's {@code surface}
     * (and a mention's {@code text}) read again at its offsets, the byline's authors converted as the text
     * is. Offsets, types, values and roles stay as they are.
     */
    static JsonNode gold(JsonNode gold, String traditional, Variant variant) {
        JsonNode copy = gold.deepCopy();
        rewrite(copy, traditional);
        JsonNode authors = copy.path("structure").path("byline").path("authors");
        if (authors instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, a.textNode(text(a.get(i).asText(), variant)));
            }
        }
        return copy;
    }

    private static void rewrite(JsonNode node, String text) {
        if (node instanceof ObjectNode o && o.has("start") && o.has("end")) {
            int from = text.offsetByCodePoints(0, o.path("start").asInt());
            String written = text.substring(from, text.offsetByCodePoints(from, o.path("end").asInt() - o.path("start").asInt()));
            for (String field : new String[] {"surface", "text"}) {
                if (o.has(field)) {
                    o.put(field, written);
                }
            }
        }
        node.forEach(child -> rewrite(child, text));
    }
}
