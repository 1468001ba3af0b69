package io.mixdoc.io.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.CleanText;
import io.mixdoc.Document;
import io.mixdoc.io.html.PageDate;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layers;
import io.mixdoc.Pipeline;
import io.mixdoc.Scores;
import io.mixdoc.Seam;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.json.ResultJson;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns one {@link SourceRecord} into its {@link Outcome}: analyse it, check the filter rules, and
 * write the output line for the emit mode. Engine-independent and thread-safe: {@code mixdoc clean}
 * and the Spark job call the same {@link #process(SourceRecord)} and so write the same lines.
 *
 * <p>Output lines (keys sorted, offsets inside {@code result} in code points):
 * <ul>
 *   <li>kept: {@code {"id", "url", "metadata", "result": {...}}} for {@link EmitMode#RESULT}, else
 *       {@code {"id", "url", "metadata", "emit": MODE, "text": "..."}};
 *   <li>rejected: {@code {"id", "url", "metadata", "rule": "min-share=zh=0.8", "value": 0.42, "scores": {...}}};
 *   <li>failed: {@code {"id", "url", "metadata", "error": {"code": "E_...", "message": "..."}}}.
 * </ul>
 * Bad input never throws: a failure inside the pipeline becomes {@link RecordError#PROCESSING}.
 */
public final class RecordProcessor {
    private final Pipeline pipeline;
    private final EmitMode emit;
    private final List<FilterRule> rules;

    public RecordProcessor(Pipeline pipeline, EmitMode emit, List<FilterRule> rules) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.emit = Objects.requireNonNull(emit, "emit");
        this.rules = List.copyOf(rules);
    }

    public EmitMode emit() {
        return emit;
    }

    public List<FilterRule> rules() {
        return rules;
    }

    public Outcome process(SourceRecord record) {
        if (record.failed()) {
            return failed(record, record.error());
        }
        if (record.text().isBlank()) {
            return failed(record, new RecordError(RecordError.EMPTY, "only white space"));
        }
        if (emit == EmitMode.MAIN && rules.isEmpty()) {
            return kept(record, record.text(), Map.of());
        }
        Document doc;
        try {
            doc = pipeline.run(withDates(Document.of(record.id(), record.text()), record.metadata()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(record, new RecordError(RecordError.PROCESSING,
                    "analysis failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))));
        }
        Map<String, Integer> seams = seamsByType(doc);
        Scores scores = Scores.of(doc);
        for (FilterRule rule : rules) {
            OptionalDouble v = rule.violation(scores);
            if (v.isPresent()) {
                ObjectNode o = envelope(record);
                o.put("rule", rule.toString());
                o.put("value", v.getAsDouble());
                ObjectNode s = o.putObject("scores");
                s.put("letters", scores.letters());
                ObjectNode share = s.putObject("language_share");
                scores.languageShare().forEach(share::put);
                s.put("seams_per_1000_letters", scores.seamsPer1000());
                s.put("switches_per_1000_letters", scores.switchesPer1000());
                return new Outcome(Outcome.Status.REJECTED, CorpusJson.line(o), rule.toString(), seams, record.bytes());
            }
        }
        if (emit == EmitMode.RESULT) {
            ObjectNode o = envelope(record);
            o.set("result", ResultJson.toTree(doc));
            return new Outcome(Outcome.Status.KEPT, CorpusJson.line(o), "", seams, record.bytes());
        }
        String text = switch (emit) {
            case ORIGINAL -> doc.text();
            case CLEANED -> CleanText.of(doc).text();
            case ZH -> languageRuns(doc, "zh");
            case EN -> languageRuns(doc, "en");
            case MAIN -> record.text();
            case RESULT -> throw new AssertionError();
        };
        return kept(record, text, seams);
    }

    private Outcome kept(SourceRecord record, String text, Map<String, Integer> seams) {
        ObjectNode o = envelope(record);
        o.put("emit", emit.id());
        o.put("text", text);
        return new Outcome(Outcome.Status.KEPT, CorpusJson.line(o), "", seams, record.bytes());
    }

    private static Outcome failed(SourceRecord record, RecordError error) {
        ObjectNode o = envelope(record);
        ObjectNode e = o.putObject("error");
        e.put("code", error.code());
        e.put("message", error.message());
        return new Outcome(Outcome.Status.FAILED, CorpusJson.line(o), error.code(), Map.of(), record.bytes());
    }

    private static ObjectNode envelope(SourceRecord record) {
        ObjectNode o = CorpusJson.MAPPER.createObjectNode();
        o.put("id", record.id());
        o.put("url", record.url());
        ObjectNode meta = o.putObject("metadata");
        record.metadata().forEach(meta::put);
        return o;
    }

    private static Map<String, Integer> seamsByType(Document doc) {
        Map<String, Integer> m = new TreeMap<>();
        for (Seam s : doc.find(Layers.SEAM).map(l -> l.spans()).orElse(List.of())) {
            m.merge(s.type().name(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * The runs of one language in the cleaned text, one per line. Neighbouring spans of the language
     * separated only by undetermined spans (spaces, digits, punctuation) form one run.
     */
    static String languageRuns(Document doc, String lang) {
        CleanText clean = CleanText.of(doc);
        StringBuilder out = new StringBuilder();
        int runStart = -1;
        int runEnd = -1;
        for (LanguageSpan s : doc.layer(Layers.LANG).spans()) {
            if (s.lang().equals(lang)) {
                if (runStart < 0) {
                    runStart = s.start();
                }
                runEnd = s.end();
            } else if (!s.lang().equals("und") && runStart >= 0) {
                appendRun(out, clean, runStart, runEnd);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            appendRun(out, clean, runStart, runEnd);
        }
        return out.toString();
    }

    private static void appendRun(StringBuilder out, CleanText clean, int start, int end) {
        String run = clean.text().substring(clean.toCleaned(start), Math.max(clean.toCleaned(start), clean.toCleaned(end))).strip();
        if (!run.isEmpty()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(run);
        }
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    /** The dates a reader found (the page's own date, the WARC capture date) go to the pipeline as evidence. */
    static Document withDates(Document doc, Map<String, String> metadata) {
        Document d = doc;
        for (String key : new String[] {PageDate.METADATA_KEY, PageDate.METADATA_EVIDENCE_KEY, "warc_date"}) {
            String v = metadata.get(key);
            if (v != null) {
                d = d.withMetadata(key, v);
            }
        }
        return d;
    }

}
