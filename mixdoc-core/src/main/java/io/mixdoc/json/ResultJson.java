package io.mixdoc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.CleanText;
import io.mixdoc.CodeRegion;
import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.Gloss;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layer;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Scores;
import io.mixdoc.Seam;
import io.mixdoc.Sentence;
import io.mixdoc.Token;
import io.mixdoc.internal.CodePoints;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Writes a processed {@link Document} as schema-v1 JSON ({@code schema/mixdoc-result-v1.schema.json}).
 * Offsets in the JSON are Unicode code points, half-open; this class converts from Java's UTF-16.
 * Output is deterministic: the same document gives byte-identical JSON.
 */
public final class ResultJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final List<ResultSection> SECTIONS = loadSections();

    private ResultJson() {
    }

    private static List<ResultSection> loadSections() {
        List<ResultSection> l = new ArrayList<>();
        ServiceLoader.load(ResultSection.class).forEach(l::add);
        l.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return List.copyOf(l);
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

        ArrayNode spans = root.putArray("spans");
        for (LanguageSpan l : doc.layer(Layers.LANG).spans()) {
            span(spans.addObject(), cp, l.start(), l.end()).put("lang", l.lang());
        }
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence l : doc.find(Layers.SENTENCE).map(Layer::spans).orElse(List.of())) {
            span(sentences.addObject(), cp, l.start(), l.end()).put("lang", l.lang());
        }
        ArrayNode seams = root.putArray("seams");
        for (Seam m : doc.find(Layers.SEAM).map(Layer::spans).orElse(List.of())) {
            ObjectNode o = span(seams.addObject(), cp, m.start(), m.end());
            o.put("type", m.type().name());
            o.put("surface", doc.text().substring(m.start(), m.end()));
            o.put("confidence", round(m.confidence()));
            if (m.repair().isPresent()) {
                o.put("repair", m.repair().get());
            } else {
                o.putNull("repair");
            }
            o.put("repair_confidence", round(m.repairConfidence()));
            o.put("evidence", m.evidence());
        }
        ArrayNode edits = root.putArray("edits");
        for (Edit e : doc.find(Layers.EDIT).map(Layer::spans).orElse(List.of())) {
            ObjectNode o = span(edits.addObject(), cp, e.start(), e.end());
            o.put("original", e.original());
            o.put("replacement", e.replacement());
            o.put("reason", e.reason());
        }
        ArrayNode code = root.putArray("code");
        for (CodeRegion c : doc.find(Layers.CODE).map(Layer::spans).orElse(List.of())) {
            span(code.addObject(), cp, c.start(), c.end()).put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        }
        // Only protected tokens are written: they say what was left alone and why, while the full
        // token layer (every word and mark) would multiply the size of corpus output. It stays in the
        // Java API (Layers.TOKEN).
        ArrayNode tokens = root.putArray("protected_tokens");
        for (Token t : doc.find(Layers.TOKEN).map(Layer::spans).orElse(List.of())) {
            if (t.isProtected()) {
                span(tokens.addObject(), cp, t.start(), t.end()).put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        root.put("cleaned_text", CleanText.of(doc).text());
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : doc.find(Layers.DIAGNOSTIC).map(Layer::spans).orElse(List.of())) {
            span(diags.addObject(), cp, d.start(), d.end()).put("code", d.code()).put("message", d.message());
        }
        if (doc.has(Layers.GLOSS)) {
            // Only when asked for: results without the reading aid stay as they were.
            ArrayNode gloss = root.putArray("gloss");
            for (Gloss g : doc.layer(Layers.GLOSS).spans()) {
                ObjectNode o = span(gloss.addObject(), cp, g.start(), g.end());
                o.put("pinyin", g.pinyin());
                ArrayNode senses = o.putArray("glosses");
                g.glosses().forEach(senses::add);
            }
        }
        for (ResultSection section : SECTIONS) {
            section.write(doc, cp, root);
        }
        return root;
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
