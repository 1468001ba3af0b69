package io.mixdoc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.CleanText;
import io.mixdoc.Document;
import io.mixdoc.Layer;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Scores;
import io.mixdoc.Span;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Writes a processed {@link Document} as schema-v1 JSON ({@code schema/mixdoc-result-v1.schema.json}) and
 * reads one back ({@link #read}). Each layer's fields are written by the {@link LayerJson} its key carries.
 * Offsets in the JSON are Unicode code points, half-open; this class converts from Java's UTF-16.
 * Output is deterministic: the same document gives byte-identical JSON.
 */
public final class ResultJson {
    /**
     * The result's mapper, private to this package (the schema assembly shares it): other modules read and
     * write results through {@link #read}, {@link #write} and {@link #toTree}, and own a mapper for JSON of their own.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** Every layer the result carries, in the order its fields are written. */
    private static final List<LayerKey<?>> RESULT_LAYERS = loadResultLayers();

    private ResultJson() {
    }

    /** The modules' sections on the class path, in a fixed order (by class name). */
    static List<ResultSection> sections() {
        List<ResultSection> sections = new ArrayList<>();
        ServiceLoader.load(ResultSection.class).forEach(sections::add);
        sections.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return sections;
    }

    /** Every layer the result carries, in the order its fields are written. */
    public static List<LayerKey<?>> resultLayers() {
        return RESULT_LAYERS;
    }

    private static List<LayerKey<?>> loadResultLayers() {
        List<LayerKey<?>> keys = new ArrayList<>(Layers.IN_RESULT);
        sections().forEach(s -> keys.addAll(s.layers()));
        Set<String> fields = new HashSet<>();
        for (LayerKey<?> k : keys) {
            String field = k.json().orElseThrow(() -> new IllegalStateException("layer " + k + " has no JSON")).field();
            if (!fields.add(field)) {
                throw new IllegalStateException("two layers write the result field '" + field + "'");
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The {@code scores} object: the one place {@link Scores} become JSON, for the result, the records
     * {@code mixdoc clean} and the Spark job reject, and anything else that reports them.
     */
    public static ObjectNode scores(Scores scores) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("letters", scores.letters());
        ObjectNode share = s.putObject("language_share");
        for (Map.Entry<String, Double> e : scores.languageShare().entrySet()) {
            share.put(e.getKey(), e.getValue());
        }
        s.put("switches_per_1000_letters", scores.switchesPer1000());
        s.put("seams_per_1000_letters", scores.seamsPer1000());
        s.put("translation_completeness", scores.translationCompleteness());
        return s;
    }

    /**
     * The result as a JSON tree: the document's header fields, then every layer whose key carries its
     * JSON ({@link io.mixdoc.LayerKey#json()}): core's in {@link Layers#IN_RESULT} order, then the modules'.
     */
    public static ObjectNode toTree(Document doc) {
        CodePoints cp = new CodePoints(doc.text());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Mixdoc.SCHEMA);
        root.put("id", doc.id());
        root.put("offsets", "unicode code points, end exclusive");
        if (!doc.metadata().isEmpty()) {
            ObjectNode meta = root.putObject("metadata");
            doc.metadata().forEach(meta::put);
        }
        Scores scores = Scores.of(doc);
        root.put("language", scores.mainLanguage());
        root.put("text", doc.text());
        root.set("scores", scores(scores));
        for (LayerKey<?> key : RESULT_LAYERS) {
            if (key.equals(Layers.DIAGNOSTIC)) {
                // Derived from the edits, not a layer; it has stood here since schema v1 was first written.
                root.put("cleaned_text", CleanText.of(doc).text());
            }
            writeLayer(doc, key, cp, root);
        }
        return root;
    }

    private static <T extends Span> void writeLayer(Document doc, LayerKey<T> key, CodePoints cp, ObjectNode root) {
        LayerJson<T> json = key.json().orElseThrow();
        Optional<Layer<T>> layer = doc.find(key);
        if (layer.isPresent() || json.writtenWhenAbsent()) {
            json.write(doc, layer.map(Layer::spans).orElse(List.of()), cp, root);
        }
    }

    /**
     * The document a result describes: its id, text, metadata and every layer written to the JSON, as
     * {@link #toTree} wrote them, so that writing the document again gives the same JSON. Layers the
     * result does not carry (script runs, unlinked entity mentions) are absent, and the token layer has
     * only the protected tokens. Throws {@link IllegalArgumentException} for JSON that is no mixdoc/1 result.
     */
    public static Document read(JsonNode result) {
        if (!result.path("schema").asText().equals(Mixdoc.SCHEMA) || !result.path("text").isTextual()
                || !result.path("id").isTextual()) {
            throw new IllegalArgumentException("not a " + Mixdoc.SCHEMA + " result (needs schema, id and text)");
        }
        String text = result.get("text").asText();
        CodePoints cp = new CodePoints(text);
        Document doc = Document.of(result.get("id").asText(), text);
        for (Iterator<Map.Entry<String, JsonNode>> it = result.path("metadata").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            doc = doc.withMetadata(e.getKey(), e.getValue().asText());
        }
        for (LayerKey<?> key : RESULT_LAYERS) {
            doc = readLayer(doc, key, result, cp);
        }
        return doc;
    }

    /** {@link #read(JsonNode)} from the text of one result (pretty-printed or one JSONL line). */
    public static Document read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T extends Span> Document readLayer(Document doc, LayerKey<T> key, JsonNode result, CodePoints cp) {
        LayerJson<T> json = key.json().orElseThrow();
        if (!result.has(json.field())) {
            return doc;
        }
        try {
            return doc.with(key, json.read(result, doc.text(), cp));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad '" + json.field() + "' in result " + doc.id() + ": " + e, e);
        }
    }

    public static String write(Document doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, for JSONL outputs. */
    public static String writeLine(Document doc) {
        try {
            return MAPPER.writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode span(ObjectNode o, CodePoints cp, int start, int end) {
        o.put("start", cp.toCodePoint(start));
        o.put("end", cp.toCodePoint(end));
        return o;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
