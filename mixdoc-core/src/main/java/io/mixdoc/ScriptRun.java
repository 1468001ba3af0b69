package io.mixdoc;

/**
 * A maximal run of letters of one writing system, with the neutral characters (spaces, digits,
 * punctuation) that the attachment rule gives it (see {@link io.mixdoc.stage.ScriptRunTagger}).
 */
public record ScriptRun(int start, int end, Script script) implements Span {
    public ScriptRun {
        Span.check(start, end);
    }
}
