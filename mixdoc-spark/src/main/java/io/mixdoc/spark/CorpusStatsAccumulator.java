package io.mixdoc.spark;

import io.mixdoc.corpus.CorpusStats;
import org.apache.spark.util.AccumulatorV2;

/**
 * Sums the corpus report's distributions ({@link CorpusStats}) over the partitions. Like every Spark
 * accumulator updated in a transformation, a retried task may count its records twice.
 */
final class CorpusStatsAccumulator extends AccumulatorV2<CorpusStats, CorpusStats> {
    private static final long serialVersionUID = 1L;
    private CorpusStats stats = new CorpusStats();
    private boolean zero = true;

    @Override
    public boolean isZero() {
        return zero;
    }

    @Override
    public AccumulatorV2<CorpusStats, CorpusStats> copy() {
        CorpusStatsAccumulator c = new CorpusStatsAccumulator();
        c.stats = new CorpusStats().merge(stats);
        c.zero = zero;
        return c;
    }

    @Override
    public void reset() {
        stats = new CorpusStats();
        zero = true;
    }

    @Override
    public void add(CorpusStats v) {
        stats.merge(v);
        zero = false;
    }

    @Override
    public void merge(AccumulatorV2<CorpusStats, CorpusStats> other) {
        add(other.value());
    }

    @Override
    public CorpusStats value() {
        return stats;
    }
}
