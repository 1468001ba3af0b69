package io.mixdoc;

/**
 * A stretch of the document that is code, not prose: a Markdown fence or inline code, an indented
 * block, a stack trace, a shell command, HTML/CSS/JS, the option part of an option table. Code
 * regions get no seam and no edit, and their language is {@code zxx} (no linguistic content).
 *
 * <p>Offset contract: UTF-16 indices into {@link Document#text()}, half-open (see {@link Span}).
 */
public record CodeRegion(int start, int end, Kind kind) implements Span {
    public CodeRegion {
        Span.check(start, end);
        java.util.Objects.requireNonNull(kind);
    }

    /** Where the region was recognised from; the JSON writes it in lower case. */
    public enum Kind {
        FENCED, INLINE, INDENTED, STACK_TRACE, SHELL, MARKUP, SOURCE, OPTION
    }
}
