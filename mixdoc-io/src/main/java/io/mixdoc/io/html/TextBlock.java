package io.mixdoc.io.html;

import java.util.Objects;

/**
 * One block of visible page text in document order: a paragraph, heading, list item, ... of the main
 * text, or a boilerplate block labelled with its kind. The text is whitespace-normalised (lines kept
 * only inside preformatted text and at {@code <br>}); it is a copy, not an offset range into the HTML.
 */
public record TextBlock(BlockKind kind, String text) {
    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** True when the block is not part of the main text. */
    public boolean isBoilerplate() {
        return kind.isBoilerplate();
    }
}
