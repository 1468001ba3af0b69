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

    /**
     * The ranges but credit lines ("来源：巴彦淖尔日报  编辑：苏亮"): a credit is no fact of the article's, but the
     * outlet and the people it names are named in the text all the same.
     */
    public static Boilerplate ofNamesElsewhere(Document doc) {
        return new Boilerplate(doc.find(FactsLayers.BOILERPLATE).map(l -> l.spans()).orElse(List.<StructureSpan>of()).stream()
                .filter(b -> !b.attribute("kind").equals("credits")).toList());
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
