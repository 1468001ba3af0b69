package io.mixdoc.text;

import java.util.function.UnaryOperator;

/**
 * The fallback of a script conversion that must keep every offset: where HanLP's phrase tables change a text's
 * length (one word for two), each character is converted alone and kept only where it stays one character.
 * Written once for both directions: {@link Simplified} (traditional to simplified, in the pipeline) and the
 * evaluation's traditional view of simplified gold.
 */
public final class SameLengthConversion {
    private SameLengthConversion() {
    }

    /** Which characters the conversion may change; the others are copied without asking it. */
    @FunctionalInterface
    public interface CharFilter {
        boolean mayChange(char c);
    }

    /** {@code text} converted one character at a time: index for index, a character whose conversion is not one character kept as written. */
    public static String characterByCharacter(String text, UnaryOperator<String> convert, CharFilter filter) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = filter.mayChange(c) ? convert.apply(String.valueOf(c)) : "";
            b.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return b.toString();
    }
}
