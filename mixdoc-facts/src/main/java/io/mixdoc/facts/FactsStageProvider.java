package io.mixdoc.facts;

import io.mixdoc.Stage;
import io.mixdoc.StageProvider;
import java.util.List;

/**
 * Contributes this module's stages to {@code Mixdoc.standard()}: structure, quantities, dates,
 * entity mentions, entity links (in that order; dates need the structure's publication date, entities
 * use the byline and dateline).
 */
public final class FactsStageProvider implements StageProvider {
    @Override
    public List<Stage> stages() {
        return List.of(new StructureTagger(), new QuantityTagger(), new DateTagger(), new EntityRecognizer(),
                new EntityLinker());
    }

    @Override
    public int order() {
        return 200;
    }
}
