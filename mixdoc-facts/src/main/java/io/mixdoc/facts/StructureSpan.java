package io.mixdoc.facts;

import io.mixdoc.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One structural part of an article: dateline, byline, caption, interview turn, end mark, ...
 *
 * <p>Offset contract: {@code [start, end)} are UTF-16 indices into the document text, half-open.
 * A {@link StructureKind#PUBLICATION_DATE} span covers the dateline it was read from (or is empty at
 * 0 when the date came from elsewhere).
 *
 * @param attributes kind-specific facts, e.g. {@code agency}, {@code place}, {@code month}, {@code day}
 *                   for a dateline, {@code role} and {@code speaker} for a turn, {@code kind} for boilerplate
 * @param names      people named by the span (byline authors), in order
 */
public record StructureSpan(int start, int end, StructureKind kind, Map<String, String> attributes,
                            List<String> names) implements Span {
    public StructureSpan {
        Span.check(start, end);
        Objects.requireNonNull(kind);
        attributes = Map.copyOf(attributes);
        names = List.copyOf(names);
    }

    public static StructureSpan of(int start, int end, StructureKind kind) {
        return new StructureSpan(start, end, kind, Map.of(), List.of());
    }

    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }
}
