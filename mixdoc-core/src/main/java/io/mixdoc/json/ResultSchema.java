package io.mixdoc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The JSON Schema of the result, assembled from the modules' fragments: core's
 * ({@code io/mixdoc/schema/result-core.schema.json}: the header, core's layers, shared {@code $defs}) and
 * each {@link ResultSection}'s ({@link ResultSection#schemaFragment()}), merged in the order the result
 * writes their fields. The published {@code schema/mixdoc-result-v1.schema.json} is this assembly, checked
 * by a test and rewritten by it on {@code -Dmixdoc.updateGolden=true}; it is never edited by hand.
 */
public final class ResultSchema {
    static final String CORE_FRAGMENT = "/io/mixdoc/schema/result-core.schema.json";

    private ResultSchema() {
    }

    /** The whole schema for the modules on the class path. */
    public static ObjectNode assembled() {
        ObjectNode schema = fragment(ResultSchema.class, CORE_FRAGMENT);
        for (ResultSection section : ResultJson.sections()) {
            ObjectNode part = fragment(section.getClass(), section.schemaFragment());
            part.remove("$comment");
            merge(schema, part, "");
        }
        schema.put("$comment", "Assembled from the modules' schema fragments (io.mixdoc.json.ResultSchema); "
                + "edit those, never this file.");
        return schema;
    }

    /** {@link #assembled()} as the published file's text. */
    public static String text() {
        try {
            return ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(assembled()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode fragment(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema fragment " + resource + " of " + owner.getName() + " not found");
            }
            return (ObjectNode) ResultJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code from}'s members to {@code into}, objects merged member by member; any other clash is an error. */
    private static void merge(ObjectNode into, ObjectNode from, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = into.get(e.getKey());
            if (old == null) {
                into.set(e.getKey(), e.getValue());
            } else if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) {
                merge(o, n, path + "/" + e.getKey());
            } else if (!old.equals(e.getValue())) {
                throw new IllegalStateException("two schema fragments define " + path + "/" + e.getKey() + " differently");
            }
        }
    }
}
