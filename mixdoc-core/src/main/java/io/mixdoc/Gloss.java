package io.mixdoc;

import java.util.List;
import java.util.Objects;

/**
 * A Chinese word with its reading and meanings, for readers who do not read Chinese (the viewer's
 * reading aid, {@code mixdoc analyze --gloss}).
 *
 * <p>Offset contract: {@code [start, end)} in UTF-16 units of {@link Document#text()}, like every
 * {@link Span}; the JSON gives code points.
 *
 * @param pinyin  the word's pinyin with tone marks, one syllable per character, separated by spaces
 *                (e.g. {@code yín háng}); empty when no reading is known
 * @param glosses English senses from CC-CEDICT, the reading that matches {@code pinyin} first; may be empty
 */
public record Gloss(int start, int end, String pinyin, List<String> glosses) implements Span {
    public Gloss {
        Span.check(start, end);
        Objects.requireNonNull(pinyin, "pinyin");
        glosses = List.copyOf(glosses);
    }
}
