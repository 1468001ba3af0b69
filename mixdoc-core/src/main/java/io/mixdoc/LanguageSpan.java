package io.mixdoc;

/** A stretch of text in one language, a BCP-47-style code such as {@code zh}, {@code en} or {@code und}. */
public record LanguageSpan(int start, int end, String lang) implements Span {
    public LanguageSpan {
        Span.check(start, end);
    }
}
