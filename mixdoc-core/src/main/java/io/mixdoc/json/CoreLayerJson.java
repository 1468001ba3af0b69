package io.mixdoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.CodeRegion;
import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.Gloss;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.Sentence;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of core's layers ({@link io.mixdoc.Layers} attaches each to its key). Field names and
 * order are schema v1's; each layer's writer and reader sit side by side so they cannot drift apart.
 */
public final class CoreLayerJson {
    private CoreLayerJson() {
    }

    public static final LayerJson<LanguageSpan> LANG = new SpanArrayJson<>("spans", true) {
        @Override
        protected void fill(Document doc, LanguageSpan s, ObjectNode o) {
            o.put("lang", s.lang());
        }

        @Override
        protected LanguageSpan span(JsonNode o, int start, int end) {
            return new LanguageSpan(start, end, o.get("lang").asText());
        }
    };

    public static final LayerJson<Sentence> SENTENCE = new SpanArrayJson<>("sentences", true) {
        @Override
        protected void fill(Document doc, Sentence s, ObjectNode o) {
            o.put("lang", s.lang());
        }

        @Override
        protected Sentence span(JsonNode o, int start, int end) {
            return new Sentence(start, end, o.get("lang").asText());
        }
    };

    public static final LayerJson<Seam> SEAM = new SpanArrayJson<>("seams", true) {
        @Override
        protected void fill(Document doc, Seam m, ObjectNode o) {
            o.put("type", m.type().name());
            o.put("surface", doc.cover(m));
            o.put("confidence", ResultJson.round(m.confidence()));
            if (m.repair().isPresent()) {
                o.put("repair", m.repair().get());
            } else {
                o.putNull("repair");
            }
            o.put("repair_confidence", ResultJson.round(m.repairConfidence()));
            o.put("evidence", m.evidence());
        }

        @Override
        protected Seam span(JsonNode o, int start, int end) {
            JsonNode repair = o.get("repair");
            return new Seam(start, end, SeamType.valueOf(o.get("type").asText()), o.get("confidence").asDouble(),
                    repair == null || repair.isNull() ? Optional.empty() : Optional.of(repair.asText()),
                    o.get("repair_confidence").asDouble(), o.get("evidence").asText());
        }
    };

    public static final LayerJson<Edit> EDIT = new SpanArrayJson<>("edits", true) {
        @Override
        protected void fill(Document doc, Edit e, ObjectNode o) {
            o.put("original", e.original());
            o.put("replacement", e.replacement());
            o.put("reason", e.reason());
        }

        @Override
        protected Edit span(JsonNode o, int start, int end) {
            return new Edit(start, end, o.get("original").asText(), o.get("replacement").asText(), o.get("reason").asText());
        }
    };

    public static final LayerJson<CodeRegion> CODE = new SpanArrayJson<>("code", true) {
        @Override
        protected void fill(Document doc, CodeRegion c, ObjectNode o) {
            o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        }

        @Override
        protected CodeRegion span(JsonNode o, int start, int end) {
            return new CodeRegion(start, end, CodeRegion.Kind.valueOf(o.get("kind").asText().toUpperCase(Locale.ROOT)));
        }
    };

    /**
     * Only protected tokens are written: they say what was left alone and why, while the full token
     * layer (every word and mark) would multiply the size of corpus output. It stays in the Java API, so a
     * document read back from JSON has the protected tokens only.
     */
    public static final LayerJson<Token> PROTECTED_TOKENS = new SpanArrayJson<>("protected_tokens", true) {
        @Override
        protected boolean written(Token t) {
            return t.isProtected();
        }

        @Override
        protected void fill(Document doc, Token t, ObjectNode o) {
            o.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
        }

        @Override
        protected Token span(JsonNode o, int start, int end) {
            return new Token(start, end, TokenKind.valueOf(o.get("kind").asText().toUpperCase(Locale.ROOT)));
        }
    };

    public static final LayerJson<Diagnostic> DIAGNOSTIC = new SpanArrayJson<>("diagnostics", true) {
        @Override
        protected void fill(Document doc, Diagnostic d, ObjectNode o) {
            o.put("code", d.code()).put("message", d.message());
        }

        @Override
        protected Diagnostic span(JsonNode o, int start, int end) {
            return new Diagnostic(start, end, o.get("code").asText(), o.get("message").asText());
        }
    };

    /** Only when asked for: results without the reading aid stay as they were. */
    public static final LayerJson<Gloss> GLOSS = new SpanArrayJson<>("gloss", false) {
        @Override
        protected void fill(Document doc, Gloss g, ObjectNode o) {
            o.put("pinyin", g.pinyin());
            ArrayNode senses = o.putArray("glosses");
            g.glosses().forEach(senses::add);
        }

        @Override
        protected Gloss span(JsonNode o, int start, int end) {
            List<String> senses = new ArrayList<>();
            o.get("glosses").forEach(g -> senses.add(g.asText()));
            return new Gloss(start, end, o.get("pinyin").asText(), senses);
        }
    };
}
