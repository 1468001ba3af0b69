package io.mixdoc.eval;

import io.mixdoc.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs mixdoc over facts gold files ({@link NewsGold}) and scores them by the gold format's rules. */
public final class FactsEvaluator {
    private FactsEvaluator() {
    }

    /** Scores every {@code *.facts.json} under {@code goldPaths}; their texts are read from {@code sharedEval}. */
    public static FactsGoldScorer run(Pipeline pipeline, List<Path> goldPaths, Path sharedEval) throws IOException {
        return run(pipeline, goldPaths, sharedEval, null);
    }

    /**
     * As {@link #run(Pipeline, List, Path)}; with a {@code traditional} variant (else null), each text is first
     * converted to traditional characters ({@link NewsGold#inTraditional}), to measure what the script costs.
     */
    public static FactsGoldScorer run(Pipeline pipeline, List<Path> goldPaths, Path sharedEval, AsTraditional.Variant traditional)
            throws IOException {
        FactsGoldScorer scorer = new FactsGoldScorer();
        for (Path p : goldPaths) {
            for (Path file : NewsGold.find(p)) {
                NewsGold loaded = NewsGold.load(file, sharedEval);
                NewsGold gold = traditional != null ? loaded.inTraditional(traditional) : loaded;
                scorer.add(gold.key(), gold.json(), pipeline.run(gold.document()));
            }
        }
        return scorer;
    }
}
