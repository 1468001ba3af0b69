package io.mixdoc;

/**
 * One accepted repair: the original {@code [start, end)} is replaced by {@code replacement} in the
 * cleaned text. {@code original} keeps what was there so the edit log alone restores the text.
 */
public record Edit(int start, int end, String original, String replacement, String reason) implements Span {
    public Edit {
        Span.check(start, end);
        if (original.length() != end - start) {
            throw new IllegalArgumentException("original must be the covered text");
        }
    }
}
