package io.mixdoc.facts.internal;

import io.mixdoc.Document;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.Span;
import java.util.List;

/** The ranges of the {@code boilerplate} layer: facts found there are not the article's. */
public final class Boilerplate {
    private final List<StructureSpan> spans;

    private Boilerplate(List<StructureSpan> spans) {
        this.spans = spans;
    }

    public static Boilerplate of(Document doc) {
        return new Boilerplate(doc.find(FactsLayers.BOILERPLATE).map(l -> l.spans()).orElse(List.of()));
    }

    public boolean contains(Span s) {
        for (StructureSpan b : spans) {
            if (s.start() >= b.start() && s.start() < b.end()) {
                return true;
            }
        }
        return false;
    }
}
