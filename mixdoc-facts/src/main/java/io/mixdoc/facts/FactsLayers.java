package io.mixdoc.facts;

import io.mixdoc.LayerKey;

/** The layer keys this module adds. Names appear in stage declarations and in the JSON. */
public final class FactsLayers {
    /** The article's parts, one layer per structure stage (all {@link StructureSpan}s of one kind). */
    public static final LayerKey<StructureSpan> DATELINE = LayerKey.of("dateline", StructureSpan.class);
    public static final LayerKey<StructureSpan> BYLINE = LayerKey.of("byline", StructureSpan.class);
    public static final LayerKey<StructureSpan> HEADLINE = LayerKey.of("headline", StructureSpan.class);
    public static final LayerKey<StructureSpan> END_MARK = LayerKey.of("end_mark", StructureSpan.class);
    /** Page furniture (related headlines, share and credit lines): facts found there are not the article's. */
    public static final LayerKey<StructureSpan> BOILERPLATE = LayerKey.of("boilerplate", StructureSpan.class);
    public static final LayerKey<StructureSpan> CAPTION = LayerKey.of("caption", StructureSpan.class);
    public static final LayerKey<StructureSpan> TURN = LayerKey.of("turn", StructureSpan.class);
    public static final LayerKey<StructureSpan> PARAGRAPH = LayerKey.of("paragraph", StructureSpan.class);
    public static final LayerKey<StructureSpan> PUBLICATION_DATE = LayerKey.of("publication_date", StructureSpan.class);
    /** All the parts above in one layer, as the result JSON's {@code structure} section writes them. */
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
