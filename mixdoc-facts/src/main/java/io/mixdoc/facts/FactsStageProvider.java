package io.mixdoc.facts;

import io.mixdoc.Stage;
import io.mixdoc.StageProvider;
import io.mixdoc.facts.structure.StructureAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * Contributes this module's stages to {@code Mixdoc.standard()}: the structure stages (one per part,
 * then their assembly), quantities, dates,
 * entity mentions, entity links (in that order; dates need the structure's publication date, entities
 * use the byline and dateline).
 */
public final class FactsStageProvider implements StageProvider {
    @Override
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>(StructureAssembler.stages());
        stages.addAll(List.of(new QuantityTagger(), new DateTagger(), new EntityRecognizer(), new EntityLinker()));
        return List.copyOf(stages);
    }

    @Override
    public int order() {
        return 200;
    }
}
