package io.mixdoc.facts;

import io.mixdoc.LayerKey;
import java.util.List;

/**
 * Puts {@code structure}, {@code quantities}, {@code dates} and {@code entities} in the result JSON, in
 * that order; each key carries its writer and reader ({@link FactsLayerJson}).
 */
public final class FactsResultSection implements io.mixdoc.json.ResultSection {
    @Override
    public List<LayerKey<?>> layers() {
        return List.of(FactsLayers.STRUCTURE, FactsLayers.QUANTITY, FactsLayers.DATE, FactsLayers.ENTITY);
    }

    /** These fields' schema (and {@code scores.boilerplate_share}); it uses core's {@code $defs}. */
    @Override
    public String schemaFragment() {
        return "result-facts.schema.json";
    }
}
