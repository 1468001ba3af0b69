package io.mixdoc.facts;

import io.mixdoc.LayerKey;

/** The layer keys this module adds. Names appear in stage declarations and in the JSON. */
public final class FactsLayers {
    public static final LayerKey<StructureSpan> STRUCTURE = LayerKey.of("structure", StructureSpan.class, FactsLayerJson.STRUCTURE);
    public static final LayerKey<Quantity> QUANTITY = LayerKey.of("quantity", Quantity.class, FactsLayerJson.QUANTITY);
    public static final LayerKey<DateMention> DATE = LayerKey.of("date", DateMention.class, FactsLayerJson.DATE);
    /** Entity mentions as recognised, not yet linked ({@code entity} = -1). */
    public static final LayerKey<EntityMention> ENTITY_MENTION = LayerKey.of("entity_mention", EntityMention.class);
    /** Entity mentions linked into referents across languages. */
    public static final LayerKey<EntityMention> ENTITY = LayerKey.of("entity", EntityMention.class, FactsLayerJson.ENTITY);

    private FactsLayers() {
    }
}
