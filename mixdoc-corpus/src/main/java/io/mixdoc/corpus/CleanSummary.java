package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a clean run ({@code summary.json}), summed over every committed shard, so a resumed
 * run reports the whole corpus. {@code seconds} and {@code throughput} cover the last invocation only;
 * {@code stages} the analysis stages it ran (only those its emit mode and rules read).
 * {@code report.html} is drawn from exactly this summary ({@link CorpusReport}).
 *
 * @param distributions the report's histograms and worst records, over every committed shard
 * @param throughput    records and bytes done after so many seconds, sampled by the progress meter
 * @param corpusRoot    the folder the worst records' {@code source} paths are relative to
 */
public record CleanSummary(long recordsIn, long kept, long rejected, long failed, long bytes, double seconds,
                           long shards, long resumedRecords, Map<String, Long> seamsByType,
                           Map<String, Long> errorsByCode, Map<String, Long> rejectedByRule,
                           CorpusStats distributions, List<ProgressMeter.Sample> throughput, String corpusRoot,
                           List<String> stages) {

    public CleanSummary {
        stages = List.copyOf(stages);
    }

    static CleanSummary collect(ShardFiles files, double seconds, long resumedRecords, List<ProgressMeter.Sample> throughput,
                                String corpusRoot, List<String> stages) throws IOException {
        CorpusStats stats = new CorpusStats();
        long in = 0, kept = 0, rejected = 0, failed = 0, bytes = 0, shards = 0;
        Map<String, Long> seams = new TreeMap<>();
        Map<String, Long> codes = new TreeMap<>();
        Map<String, Long> rules = new TreeMap<>();
        for (long shard : files.committed()) {
            JsonNode c = CorpusJson.MAPPER.readTree(Files.readString(files.commit(shard)));
            shards++;
            in += c.path("records").asLong();
            kept += c.path("kept").asLong();
            rejected += c.path("rejected").asLong();
            failed += c.path("failed").asLong();
            bytes += c.path("bytes").asLong();
            add(seams, c.path("seams_by_type"));
            add(codes, c.path("errors_by_code"));
            add(rules, c.path("rejected_by_rule"));
            stats.merge(CorpusStats.fromJson(c.path("stats")));
        }
        return new CleanSummary(in, kept, rejected, failed, bytes, Math.round(seconds * 1000) / 1000.0, shards,
                resumedRecords, seams, codes, rules, stats, List.copyOf(throughput), corpusRoot, stages);
    }

    private static void add(Map<String, Long> into, JsonNode counts) {
        counts.fields().forEachRemaining(e -> into.merge(e.getKey(), e.getValue().asLong(), Long::sum));
    }

    public String toJson() {
        ObjectNode o = CorpusJson.MAPPER.createObjectNode();
        o.put("records_in", recordsIn);
        o.put("kept", kept);
        o.put("rejected", rejected);
        o.put("failed", failed);
        o.put("bytes", bytes);
        o.put("seconds", seconds);
        o.put("shards", shards);
        o.put("resumed_records", resumedRecords);
        seamsByType.forEach(o.putObject("seams_by_type")::put);
        errorsByCode.forEach(o.putObject("errors_by_code")::put);
        rejectedByRule.forEach(o.putObject("rejected_by_rule")::put);
        stages.forEach(o.putArray("stages")::add);
        o.set("distributions", distributions.toJson());
        ArrayNode t = o.putArray("throughput");
        for (ProgressMeter.Sample x : throughput) {
            t.addObject().put("seconds", x.seconds()).put("records", x.records()).put("bytes", x.bytes());
        }
        o.put("corpus_root", corpusRoot);
        try {
            return CorpusJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A few lines for the terminal. */
    public String describe(Path out) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "mixdoc clean: %d records (%.1f MB) in %.1f s: %d kept, %d rejected, %d failed%s%n",
                recordsIn, bytes / 1e6, seconds, kept, rejected, failed,
                resumedRecords > 0 ? " (" + resumedRecords + " from an earlier run)" : ""));
        if (!seamsByType.isEmpty()) {
            b.append("  seams: ");
            seamsByType.forEach((k, v) -> b.append(k).append(' ').append(v).append("  "));
            b.append('\n');
        }
        if (!errorsByCode.isEmpty()) {
            b.append("  errors: ");
            errorsByCode.forEach((k, v) -> b.append(k).append(' ').append(v).append("  "));
            b.append('\n');
        }
        if (!rejectedByRule.isEmpty()) {
            b.append("  rejected: ");
            rejectedByRule.forEach((k, v) -> b.append(k).append(' ').append(v).append("  "));
            b.append('\n');
        }
        b.append("  stages: ").append(stages.isEmpty() ? "none (main text only)" : String.join(" ", stages)).append('\n');
        b.append("  output: ").append(out).append("/{kept,rejected,errors}/part-*.jsonl, summary.json, report.html");
        return b.toString();
    }
}
