package io.mixdoc.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Span;
import io.mixdoc.json.ResultSection;
import io.mixdoc.json.SpanArrayJson;
import java.util.List;

/**
 * CONTRIBUTING.md's worked example (in this module's tests: its service file must not reach other modules) of a new output field, exactly as written there: a span type, a key
 * that carries its JSON, the module's section and its schema fragment. {@link HashtagExampleTest} keeps it honest.
 */
final class HashtagExample {
    private HashtagExample() {
    }

    /** A hashtag; {@code tag} without the {@code #}. */
    record Hashtag(int start, int end, String tag) implements Span {
    }

    static final LayerKey<Hashtag> HASHTAG = LayerKey.of("hashtag", Hashtag.class, new SpanArrayJson<>("hashtags", false) {
        @Override
        protected void fill(Document doc, Hashtag h, ObjectNode o) {
            o.put("tag", h.tag());
        }

        @Override
        protected Hashtag span(JsonNode o, int start, int end) {
            return new Hashtag(start, end, o.get("tag").asText());
        }
    });

    /** Registered in {@code META-INF/services/io.mixdoc.json.ResultSection}. */
    public static final class Section implements ResultSection {
        @Override
        public List<LayerKey<?>> layers() {
            return List.of(HASHTAG);
        }

        @Override
        public String schemaFragment() {
            return "hashtags.schema.json";
        }
    }
}
