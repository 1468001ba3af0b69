package io.mixdoc;

/**
 * One token of the document, as offsets only (the text is never copied): a word, a number, an
 * identifier, a URL... (see {@link TokenKind}). Produced once per document by the one tokenizer,
 * {@link io.mixdoc.token.Tokenizer}; every later stage reads this layer instead of tokenising again.
 *
 * <p>Offset contract: UTF-16 indices into {@link Document#text()}, half-open (see {@link Span}).
 * Whitespace belongs to no token; tokens never overlap.
 */
public record Token(int start, int end, TokenKind kind) implements Span {
    public Token {
        Span.check(start, end);
        java.util.Objects.requireNonNull(kind);
        if (end == start) {
            throw new IllegalArgumentException("empty token at " + start);
        }
    }

    /** Code-like tokens carry no language and are never part of a seam or an edit. */
    public boolean isProtected() {
        return kind.isProtected();
    }
}
