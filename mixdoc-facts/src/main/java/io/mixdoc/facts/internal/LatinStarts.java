package io.mixdoc.facts.internal;

import java.util.BitSet;

/**
 * Where an English name pattern can start a match, for {@link AnchoredScan}: at a capital ASCII letter, or at
 * an ASCII letter that starts a word (no letter, digit or underscore right before it). A pattern fits when
 * each of its alternatives opens with {@code [A-Z]} or with {@code \b} and an ASCII letter; it is then never
 * tried inside Chinese text, spaces or the middle of lower-case words, and finds what {@code find()} finds.
 */
public final class LatinStarts {
    private LatinStarts() {
    }

    /** The positions of {@code text} where such a pattern may start. */
    public static BitSet of(String text) {
        BitSet starts = new BitSet(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' && (i == 0 || !wordChar(text.charAt(i - 1)))) {
                starts.set(i);
            }
        }
        return starts;
    }

    /** What Java's {@code \b} counts as a word character (JDK 17): a letter, a digit or an underscore. */
    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
