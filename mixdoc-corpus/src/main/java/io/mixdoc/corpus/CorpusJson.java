package io.mixdoc.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The one JSON writer of the corpus outputs: keys sorted at every level, one line, no timestamps. */
public final class CorpusJson {
    /** Private to the corpus package: others go through the methods below, so the output format has one owner. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CorpusJson() {
    }

    /** A new, empty object to fill (written key-sorted by {@link #line} or {@link #pretty}). */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The tree of one JSON text this package wrote (a summary, a shard's commit); malformed text is an {@link UncheckedIOException}. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indented, key-sorted form of {@code node} (summary.json). */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compact, key-sorted form of {@code node}. */
    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
