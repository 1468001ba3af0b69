package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@code paragraph} layer: every non-blank line, trimmed, that is neither boilerplate nor a
 * caption. Offsets are UTF-16 indices into the document text, half-open.
 */
public final class ParagraphTagger implements Stage {
    @Override
    public String id() {
        return "paragraphs";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.BOILERPLATE, FactsLayers.CAPTION);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.PARAGRAPH;
    }

    @Override
    public Document apply(Document doc) {
        StructureRanges boilerplate = StructureRanges.of(doc.layer(FactsLayers.BOILERPLATE).spans());
        StructureRanges captions = StructureRanges.of(doc.layer(FactsLayers.CAPTION).spans());
        List<StructureSpan> out = new ArrayList<>();
        for (Line l : TextLines.of(doc.text())) {
            if (!boilerplate.inside(l.start()) && !captions.inside(l.start())) {
                out.add(StructureSpan.of(l.start(), l.end(), StructureKind.PARAGRAPH));
            }
        }
        return doc.with(FactsLayers.PARAGRAPH, out);
    }
}
