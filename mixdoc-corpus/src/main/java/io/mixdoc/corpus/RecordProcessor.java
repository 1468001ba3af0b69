package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.AnalysisStoppedException;
import io.mixdoc.CleanText;
import io.mixdoc.Deadline;
import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Pipeline;
import io.mixdoc.Scores;
import io.mixdoc.Seam;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.json.ResultJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
 * Bad input never throws: a failure inside the pipeline becomes {@link RecordError#PROCESSING}, an
 * analysis that passes the per-record time limit is stopped and becomes {@link RecordError#TIMEOUT},
 * one that runs out of memory {@link RecordError#OUT_OF_MEMORY}; the run goes on either way.
 */
public final class RecordProcessor {
    private final Pipeline pipeline;
    private final EmitMode emit;
    private final List<FilterRule> rules;
    private final Duration timeLimit;
    /** Set once {@link #warmUp()} has run: models are loaded and later records only analyse. */
    private volatile boolean warm;

    /**
     * What {@link #warmUp()} analyses before the first record's clock starts: Chinese and English
     * sentences, a name, a date and a quantity, so that every stage meets input that makes it load its
     * models (Lingua, HanLP, the dictionaries and gazetteers).
     */
    static final String WARM_UP_TEXT = "2024年3月5日，新华社北京电 国家主席习近平在人民大会堂会见了澳大利亚总理，双方签署了价值5亿美元的协议。"
            + " The Prime Minister of Australia, Anthony Albanese, said on March 5, 2024 that the talks in Beijing were"
            + " productive and that trade grew by 12 percent last year.\n";

    /** The default per-record time limit: far above any ordinary page (a 1 MB page takes seconds). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /**
     * A processor that runs only the stages of {@code pipeline} its output reads (see {@link #reads}):
     * with the default pipeline and {@code --emit cleaned}, say, the fast path and not the facts. A
     * result ({@link EmitMode#RESULT}) holds every layer of {@code pipeline}, facts included.
     */
    public RecordProcessor(Pipeline pipeline, EmitMode emit, List<FilterRule> rules) {
        this(pipeline, emit, rules, DEFAULT_TIME_LIMIT);
    }

    /** @param timeLimit how long one record's analysis may run before it becomes {@code E_TIMEOUT} */
    public RecordProcessor(Pipeline pipeline, EmitMode emit, List<FilterRule> rules, Duration timeLimit) {
        this(pipeline, emit, rules, timeLimit, true);
    }

    /**
     * @param facts whether a result ({@link EmitMode#RESULT}) holds the layers of the stage providers
     *              (structure, entities, quantities, dates: {@code --facts}) or only the core layers
     *              (languages, sentences, seams, edits, code, protected tokens, diagnostics). The other
     *              emit modes never read facts, so for them it changes nothing.
     */
    public RecordProcessor(Pipeline pipeline, EmitMode emit, List<FilterRule> rules, Duration timeLimit, boolean facts) {
        this.emit = Objects.requireNonNull(emit, "emit");
        this.rules = FilterRule.inCheckOrder(rules);
        Objects.requireNonNull(pipeline, "pipeline");
        this.pipeline = emit == EmitMode.MAIN && rules.isEmpty() ? pipeline.producing(Set.of())
                : reads(emit, facts).map(layers -> producing(pipeline, layers)).orElse(pipeline);
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the per-record time limit must be positive, was " + timeLimit);
        }
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * The layers a kept or rejected line of {@code emit} is made from, or empty for every layer (the
     * full result). Scores and the seam counts of the summary read languages and seams; the cleaned
     * text and its language runs read the edits too.
     */
    static Optional<Set<LayerKey<?>>> reads(EmitMode emit) {
        return reads(emit, true);
    }

    /** As {@link #reads(EmitMode)}; a result without {@code facts} reads the core layers only. */
    static Optional<Set<LayerKey<?>>> reads(EmitMode emit, boolean facts) {
        return switch (emit) {
            case RESULT -> facts ? Optional.empty() : Optional.of(Layers.CORE);
            case CLEANED, ZH, EN -> Optional.of(Set.of(Layers.LANG, Layers.SEAM, Layers.EDIT));
            case ORIGINAL, MAIN -> Optional.of(Set.of(Layers.LANG, Layers.SEAM));
        };
    }

    /** The stages of {@code pipeline} that {@code layers} need, leaving out layers it has no stage for. */
    public static Pipeline producing(Pipeline pipeline, Set<LayerKey<?>> layers) {
        Set<LayerKey<?>> available = new java.util.HashSet<>();
        pipeline.stages().forEach(s -> available.add(s.produces()));
        Set<LayerKey<?>> wanted = new java.util.HashSet<>(layers);
        wanted.retainAll(available);
        return pipeline.producing(wanted);
    }

    /** The ids of the stages this processor runs, in order (empty when it analyses nothing). */
    public List<String> stages() {
        return pipeline.stageIds();
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
            return kept(record, record.text(), Map.of(), Optional.empty());
        }
        warmUp();
        Document doc;
        try {
            doc = pipeline.run(record.document(), Deadline.after(timeLimit));
        } catch (AnalysisStoppedException e) {
            if (!e.timedOut()) {
                throw e; // the run itself is being stopped, not this record
            }
            return failed(record, new RecordError(RecordError.TIMEOUT,
                    "analysis stopped after the per-record time limit of " + timeLimit.toMillis() + " ms"));
        } catch (OutOfMemoryError e) {
            return failed(record, new RecordError(RecordError.OUT_OF_MEMORY,
                    "analysis ran out of memory on " + record.bytes() + " bytes; give the JVM more heap (-Xmx) or split the record"));
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
                o.set("scores", ResultJson.scores(scores));
                return new Outcome(Outcome.Status.REJECTED, CorpusJson.line(o), rule.toString(), seams, record.bytes(),
                        Optional.of(RecordStats.of(scores)));
            }
        }
        if (emit == EmitMode.RESULT) {
            ObjectNode o = envelope(record);
            o.set("result", ResultJson.toTree(doc));
            return new Outcome(Outcome.Status.KEPT, CorpusJson.line(o), "", seams, record.bytes(), Optional.of(RecordStats.of(scores)));
        }
        String text = switch (emit) {
            case ORIGINAL -> doc.text();
            case CLEANED -> CleanText.of(doc).text();
            case ZH -> languageRuns(doc, "zh");
            case EN -> languageRuns(doc, "en");
            case MAIN -> record.text();
            case RESULT -> throw new AssertionError();
        };
        return kept(record, text, seams, Optional.of(RecordStats.of(scores)));
    }

    /**
     * Runs the pipeline once, without a time limit, before the first record's clock starts. The stages
     * load their models lazily on first use, which takes tens of seconds on a loaded machine; counted
     * against the first records' limits it turned them into {@code E_TIMEOUT} although their own analysis
     * takes milliseconds. Other threads wait here until the models are loaded, outside their records'
     * clocks. A failure is left for the records themselves to report.
     */
    private void warmUp() {
        if (warm) {
            return;
        }
        synchronized (this) {
            if (warm) {
                return;
            }
            try {
                pipeline.run("warm-up", WARM_UP_TEXT);
            } catch (AnalysisStoppedException e) {
                if (!e.timedOut()) {
                    throw e; // the run is being stopped; warm up again next time
                }
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // The records that meet the same fault report it as their own error.
            }
            warm = true;
        }
    }

    private Outcome kept(SourceRecord record, String text, Map<String, Integer> seams, Optional<RecordStats> stats) {
        ObjectNode o = envelope(record);
        o.put("emit", emit.id());
        o.put("text", text);
        return new Outcome(Outcome.Status.KEPT, CorpusJson.line(o), "", seams, record.bytes(), stats);
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
}
