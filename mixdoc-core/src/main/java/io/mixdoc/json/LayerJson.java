package io.mixdoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.Span;
import java.util.List;

/**
 * How one layer is written to the result JSON and read back: the one place a layer's JSON lives. A
 * {@link io.mixdoc.LayerKey} carries it ({@code LayerKey.of(name, type, json)}); {@link ResultJson} writes
 * and reads every such layer, so a new layer needs no change there.
 *
 * <p>Offset contract: spans are UTF-16 indices into the document text; the JSON has code points
 * (convert with {@code offsets}, or extend {@link SpanArrayJson}, which does it for you).
 */
public interface LayerJson<T extends Span> {
    /** The result field this layer is written to, e.g. {@code seams}. */
    String field();

    /**
     * True when the field is written (empty) even for a document without the layer, as schema v1
     * requires for {@code seams}, {@code edits}, ...; false when it appears only with its layer.
     */
    boolean writtenWhenAbsent();

    /** Writes this layer's field(s) into {@code result}. {@code spans} is empty when the document lacks the layer. */
    void write(Document doc, List<T> spans, CodePoints offsets, ObjectNode result);

    /** The spans {@link #write} wrote, read back from {@code result} (which has {@link #field()}). */
    List<T> read(JsonNode result, String text, CodePoints offsets);
}
