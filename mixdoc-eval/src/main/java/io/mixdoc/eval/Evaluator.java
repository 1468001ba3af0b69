package io.mixdoc.eval;

import io.mixdoc.Document;
import io.mixdoc.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs mixdoc (and optionally the Lingua baseline) over gold files and tallies the scores. */
public final class Evaluator {
    /** Results of one evaluation: mixdoc's tally and the baseline's (null when not asked for). */
    public record Result(Tally mixdoc, Tally baseline, List<GoldDocument> documents, List<Document> analysed) {
    }

    private final Pipeline pipeline;
    private final boolean coreOnly;

    public Evaluator(Pipeline pipeline, boolean coreOnly) {
        this.pipeline = pipeline;
        this.coreOnly = coreOnly;
    }

    public Result run(List<Path> goldPaths, boolean withBaseline) throws IOException {
        List<GoldDocument> golds = new ArrayList<>();
        for (Path p : goldPaths) {
            for (Path g : GoldDocument.find(p)) {
                golds.add(GoldDocument.load(g));
            }
        }
        SeamScorer scorer = new SeamScorer(coreOnly);
        Tally mine = new Tally();
        Tally base = withBaseline ? new Tally() : null;
        LinguaBaseline baseline = withBaseline ? new LinguaBaseline() : null;
        List<Document> analysed = new ArrayList<>();
        for (GoldDocument g : golds) {
            Document d = pipeline.run(g.name(), g.text());
            analysed.add(d);
            scorer.score(g, d, mine);
            if (withBaseline) {
                scorer.score(g, baseline.run(g.name(), g.text()), base);
            }
        }
        return new Result(mine, base, golds, analysed);
    }
}
