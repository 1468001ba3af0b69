package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@code structure} layer: the article's parts from the structure stages' own layers, put
 * together in one view for the result JSON's {@code structure} section and for the stages that read
 * several parts at once (entities use byline and dateline, dates the publication date). It finds
 * nothing itself; a new part is a new stage whose layer is listed in {@link #PARTS}.
 */
public final class StructureAssembler implements Stage {
    /** The part layers, in the order their spans are joined (spans at one offset keep this order). */
    static final List<LayerKey<StructureSpan>> PARTS = List.of(FactsLayers.DATELINE, FactsLayers.BYLINE,
            FactsLayers.HEADLINE, FactsLayers.END_MARK, FactsLayers.BOILERPLATE, FactsLayers.CAPTION, FactsLayers.TURN,
            FactsLayers.PARAGRAPH, FactsLayers.PUBLICATION_DATE);

    @Override
    public String id() {
        return "structure";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return new LinkedHashSet<>(PARTS);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.STRUCTURE;
    }

    @Override
    public Document apply(Document doc) {
        List<StructureSpan> all = new ArrayList<>();
        for (LayerKey<StructureSpan> part : PARTS) {
            all.addAll(doc.layer(part).spans());
        }
        return doc.with(FactsLayers.STRUCTURE, all);
    }

    /** The structure stages, in an order that meets every requirement, the assembler last. */
    public static List<Stage> stages() {
        return List.of(new DatelineTagger(), new BylineTagger(), new HeadlineTagger(), new EndMarkTagger(),
                new BoilerplateTagger(), new CaptionTagger(), new TurnTagger(), new ParagraphTagger(),
                new PublicationDateTagger(), new StructureAssembler());
    }
}
