package io.mixdoc.facts;

import io.mixdoc.Span;
import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * <p>Offset contract: {@code [start, end)} are UTF-16 indices into the document text, half-open.
 *
 * @param lang   {@code zh}, {@code en}, or {@code mixed} for half-translated names such as {@code Liu江平}
 * @param entity the referent: mentions with the same number name the same real-world thing, across
 *               both languages; -1 before linking
 * @param source why it was found, e.g. {@code hanlp:nr}, {@code gazetteer}, {@code byline}
 */
public record EntityMention(int start, int end, EntityType type, String lang, int entity, String source)
        implements Span {
    public EntityMention {
        Span.check(start, end);
        Objects.requireNonNull(type);
        Objects.requireNonNull(lang);
        Objects.requireNonNull(source);
    }

    public EntityMention withEntity(int id, EntityType newType) {
        return new EntityMention(start, end, newType, lang, id, source);
    }
}
