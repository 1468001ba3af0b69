package io.mixdoc;

/** A sentence, with the language that holds most of its letters. */
public record Sentence(int start, int end, String lang) implements Span {
    public Sentence {
        Span.check(start, end);
    }
}
