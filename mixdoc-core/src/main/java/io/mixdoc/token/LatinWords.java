package io.mixdoc.token;

import io.mixdoc.text.Chars;

/**
 * The tokenizer's shared word iterator over raw text: a Latin word is a maximal run of Latin letters
 * ({@link Chars#isLatinLetter}), as {@link Tokenizer} cuts the letters of a chunk it does not keep whole.
 * For a whole document the {@code token} layer is the answer; this is for the scans that look at a window
 * of text instead: they count the words of a stretch whatever tokens hold them (a word inside an
 * identifier or a path still counts, which the layer's {@code WORD} tokens would not), or they run on a
 * piece of text that has no layers (a language run being judged). One definition of a word for all of them.
 *
 * <p>Offsets are UTF-16 indices; every Latin letter is in the BMP, so a {@code char} is a letter or not.
 */
public final class LatinWords {
    /** Where a scan stops: the first character it must not cross (a line break, Chinese). */
    @FunctionalInterface
    public interface Boundary {
        boolean stops(char c);
    }

    private LatinWords() {
    }

    /** The first Latin letter at or after {@code from}, before {@code limit}; {@code limit} when there is none. */
    public static int next(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit && !Chars.isLatinLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the Latin word starting at {@code from} ({@code from} itself when no letter is there), at most {@code limit}. */
    public static int end(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit && Chars.isLatinLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The Latin words met walking from {@code from} forward ({@code step} 1) or backward ({@code step} -1,
     * {@code from} the first character looked at), over at most {@code maxChars} characters, stopping before
     * the first character {@code boundary} stops at or at the text's edge. A word cut by the window counts.
     */
    public static int count(CharSequence s, int from, int step, int maxChars, Boundary boundary) {
        int words = 0;
        boolean inWord = false;
        int n = s.length();
        for (int i = from, k = 0; k < maxChars && i >= 0 && i < n; i += step, k++) {
            char c = s.charAt(i);
            if (boundary.stops(c)) {
                break;
            }
            boolean letter = Chars.isLatinLetter(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
