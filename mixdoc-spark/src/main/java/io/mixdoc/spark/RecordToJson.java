package io.mixdoc.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Scores;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.json.ResultJson;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * STAND-IN for the corpus processor of {@code mixdoc clean} (module mixdoc-io, branch corpus), to
 * be replaced by it once merged: see {@link MixdocSparkJob#processorFactory}. Runs
 * {@link Mixdoc#standard()} (one pipeline per JVM) on a record's text and writes one line:
 * <ul>
 *   <li>kept: {@code {"id":..,"url":..,"metadata":{..},"result":<ResultJson.toTree>}}</li>
 *   <li>rejected by the {@link KeepRules}: the same plus {@code "reject_reason"} before {@code "result"}</li>
 *   <li>error: {@code {"id":..,"url":..,"metadata":{..},"error":{"code":..,"message":..}}}; a read
 *       error carries the reader's code, a failure inside the pipeline {@code E_PIPELINE}</li>
 * </ul>
 * Offsets inside {@code result} are code points, as in every mixdoc JSON. Thread-confined use,
 * shareable pipeline.
 */
public final class RecordToJson implements RecordProcessor {
    /** Error code for an exception thrown while analysing a record (a bug, kept as data). */
    public static final String E_PIPELINE = "E_PIPELINE";

    private final Pipeline pipeline;
    private final KeepRules rules;

    public RecordToJson(Pipeline pipeline, KeepRules rules) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.rules = Objects.requireNonNull(rules);
    }

    /** A factory for Spark: each executor builds its processor around the per-JVM standard pipeline. */
    public static RecordProcessorFactory factory(KeepRules rules) {
        Objects.requireNonNull(rules);
        return () -> new RecordToJson(Mixdoc.standard(), rules);
    }

    @Override
    public ProcessedRecord process(SourceRecord record) {
        String url = record.url() == null ? "" : record.url();
        if (record.failed()) {
            ObjectNode o = head(record, url);
            o.putObject("error").put("code", record.error().code()).put("message", record.error().message());
            return new ProcessedRecord(record.id(), url, ProcessedRecord.Status.ERROR, line(o));
        }
        Document doc;
        Scores scores;
        ObjectNode result;
        try {
            doc = pipeline.run(record.id(), record.text());
            scores = Scores.of(doc);
            result = ResultJson.toTree(doc);
        } catch (RuntimeException e) {
            ObjectNode o = head(record, url);
            o.putObject("error").put("code", E_PIPELINE).put("message", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new ProcessedRecord(record.id(), url, ProcessedRecord.Status.ERROR, line(o));
        }
        Optional<String> reason = rules.rejectReason(scores);
        ObjectNode o = head(record, url);
        reason.ifPresent(r -> o.put("reject_reason", r));
        o.set("result", result);
        return new ProcessedRecord(record.id(), url,
                reason.isPresent() ? ProcessedRecord.Status.REJECTED : ProcessedRecord.Status.KEPT, line(o));
    }

    private static ObjectNode head(SourceRecord record, String url) {
        ObjectNode o = ResultJson.MAPPER.createObjectNode();
        o.put("id", record.id());
        o.put("url", url);
        ObjectNode meta = o.putObject("metadata");
        Map<String, String> m = record.metadata() == null ? Map.of() : record.metadata();
        new java.util.TreeMap<>(m).forEach(meta::put);
        return o;
    }

    private static String line(ObjectNode o) {
        try {
            return ResultJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
