package io.mixdoc;

/** Something wrong with the input (not with mixdoc), with a stable code such as {@code E_BINARY}. */
public record Diagnostic(int start, int end, String code, String message) implements Span {
    public Diagnostic {
        Span.check(start, end);
    }
}
