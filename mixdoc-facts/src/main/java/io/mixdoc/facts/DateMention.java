package io.mixdoc.facts;

import io.mixdoc.Span;
import java.util.Objects;

/**
 * A date or period in the text with its ISO 8601 value: {@code 2025-10-11}, {@code 2023-05},
 * {@code 2025}, or an interval {@code 2025-01/2025-08}. Relative dates ({@code 今年2月},
 * {@code June this year}) are resolved against the publication date.
 *
 * <p>Offset contract: {@code [start, end)} are UTF-16 indices into the document text, half-open.
 *
 * @param relative true when the value was resolved against the publication date
 */
public record DateMention(int start, int end, String value, boolean relative) implements Span {
    public DateMention {
        Span.check(start, end);
        Objects.requireNonNull(value);
    }
}
