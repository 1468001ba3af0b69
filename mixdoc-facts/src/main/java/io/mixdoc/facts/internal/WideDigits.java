package io.mixdoc.facts.internal;

/**
 * Full-width digits ({@code ５月２２日}, common in Chinese news typeset before about 2017) read as ASCII ones,
 * index for index, so that patterns written with {@code \d} read them too.
 */
public final class WideDigits {
    private WideDigits() {
    }

    /** The text with each of {@code ０}–{@code ９} replaced by its ASCII digit; the same length. */
    public static String fold(String text) {
        char[] cs = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                if (cs == null) {
                    cs = text.toCharArray();
                }
                cs[i] = (char) ('0' + (c - '０'));
            }
        }
        return cs == null ? text : new String(cs);
    }
}
