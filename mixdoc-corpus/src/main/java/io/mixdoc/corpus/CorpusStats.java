package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distributions the corpus report plots, summed over records: the Chinese share of kept and of
 * rejected records (ten bins of 0.1), seams per 1,000 letters (fixed bins), seams per type, and the
 * records with the most seams per 1,000 letters. Mergeable, so shards ({@code mixdoc clean}) and
 * partitions (Spark) add up to the same figures whatever the split; not thread-safe.
 */
public final class CorpusStats implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Lower edges of the seams-per-1,000-letters bins; the last bin is open. */
    public static final double[] SEAM_EDGES = {0, 1, 2, 5, 10, 20, 50, 100};
    public static final int SHARE_BINS = 10;
    public static final int WORST = 20;

    /**
     * One of the worst records.
     *
     * @param source the input file, relative to the corpus root ({@code ""} when unknown)
     * @param record the record's 0-based position in that file ({@code -1} when unknown)
     */
    public record Worst(String id, String source, long record, String status, double seamsPer1000, int letters)
            implements Serializable {
    }

    private static final Comparator<Worst> WORST_FIRST = Comparator.comparingDouble(Worst::seamsPer1000).reversed()
            .thenComparing(Worst::source).thenComparingLong(Worst::record).thenComparing(Worst::id);

    private final long[] keptShare = new long[SHARE_BINS];
    private final long[] rejectedShare = new long[SHARE_BINS];
    private final long[] seams = new long[SEAM_EDGES.length];
    private final TreeMap<String, Long> seamsByType = new TreeMap<>();
    private List<Worst> worst = new ArrayList<>();

    /** Counts one record; {@code source}/{@code index} locate it for the viewer link. */
    public void add(Outcome o, String id, String source, long index) {
        o.seams().forEach((k, v) -> seamsByType.merge(k, (long) v, Long::sum));
        if (o.stats().isEmpty() || o.status() == Outcome.Status.FAILED) {
            return;
        }
        RecordStats s = o.stats().get();
        int bin = Math.min(SHARE_BINS - 1, (int) Math.floor(s.zhShare() * SHARE_BINS));
        (o.status() == Outcome.Status.KEPT ? keptShare : rejectedShare)[bin]++;
        seams[seamBin(s.seamsPer1000())]++;
        worst.add(new Worst(id, source, index, o.status().name().toLowerCase(java.util.Locale.ROOT), round(s.seamsPer1000()), s.letters()));
        trim();
    }

    static int seamBin(double v) {
        int b = 0;
        while (b + 1 < SEAM_EDGES.length && v >= SEAM_EDGES[b + 1]) {
            b++;
        }
        return b;
    }

    public CorpusStats merge(CorpusStats other) {
        for (int i = 0; i < SHARE_BINS; i++) {
            keptShare[i] += other.keptShare[i];
            rejectedShare[i] += other.rejectedShare[i];
        }
        for (int i = 0; i < seams.length; i++) {
            seams[i] += other.seams[i];
        }
        other.seamsByType.forEach((k, v) -> seamsByType.merge(k, v, Long::sum));
        worst.addAll(other.worst);
        trim();
        return this;
    }

    private void trim() {
        if (worst.size() > WORST * 2 || worst.size() > WORST && worst.size() % 8 == 0) {
            worst.sort(WORST_FIRST);
            worst = new ArrayList<>(worst.subList(0, WORST));
        }
    }

    public List<Worst> worst() {
        List<Worst> w = new ArrayList<>(worst);
        w.sort(WORST_FIRST);
        return List.copyOf(w.subList(0, Math.min(WORST, w.size())));
    }

    /** Seams found, per seam type (every analysed record, kept or rejected). */
    public Map<String, Long> seamsByType() {
        return new TreeMap<>(seamsByType);
    }

    /** The histograms and the worst records as JSON (the {@code distributions} of a summary). */
    public ObjectNode toJson() {
        ObjectNode o = CorpusJson.MAPPER.createObjectNode();
        ObjectNode share = o.putObject("zh_share");
        ArrayNode edges = share.putArray("edges");
        for (int i = 0; i <= SHARE_BINS; i++) {
            edges.add(round((double) i / SHARE_BINS));
        }
        ArrayNode k = share.putArray("kept");
        ArrayNode r = share.putArray("rejected");
        for (int i = 0; i < SHARE_BINS; i++) {
            k.add(keptShare[i]);
            r.add(rejectedShare[i]);
        }
        ObjectNode sp = o.putObject("seams_per_1000_letters");
        ArrayNode se = sp.putArray("edges");
        ArrayNode sc = sp.putArray("counts");
        for (int i = 0; i < seams.length; i++) {
            se.add(SEAM_EDGES[i]);
            sc.add(seams[i]);
        }
        ArrayNode w = o.putArray("worst_records");
        for (Worst x : worst()) {
            ObjectNode e = w.addObject();
            e.put("id", x.id());
            e.put("source", x.source());
            e.put("record", x.record());
            e.put("status", x.status());
            e.put("seams_per_1000_letters", x.seamsPer1000());
            e.put("letters", x.letters());
        }
        return o;
    }

    /** Reads {@link #toJson()} back (commit files of a clean run); missing parts count as empty. */
    public static CorpusStats fromJson(JsonNode o) {
        CorpusStats s = new CorpusStats();
        JsonNode share = o.path("zh_share");
        for (int i = 0; i < SHARE_BINS; i++) {
            s.keptShare[i] = share.path("kept").path(i).asLong();
            s.rejectedShare[i] = share.path("rejected").path(i).asLong();
        }
        for (int i = 0; i < s.seams.length; i++) {
            s.seams[i] = o.path("seams_per_1000_letters").path("counts").path(i).asLong();
        }
        for (JsonNode e : o.path("worst_records")) {
            s.worst.add(new Worst(e.path("id").asText(), e.path("source").asText(), e.path("record").asLong(-1),
                    e.path("status").asText(), e.path("seams_per_1000_letters").asDouble(), e.path("letters").asInt()));
        }
        return s;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
