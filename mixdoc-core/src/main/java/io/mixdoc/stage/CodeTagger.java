package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Stage;
import io.mixdoc.code.CodeRegionFinder;
import java.util.Set;

/** Adds the {@code code} layer: where the document is code rather than prose ({@link CodeRegionFinder}). */
public final class CodeTagger implements Stage {
    @Override
    public String id() {
        return "code";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKEN);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.CODE;
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.CODE, CodeRegionFinder.find(doc.text(), doc.layer(Layers.TOKEN).spans(), doc.deadline()));
    }
}
