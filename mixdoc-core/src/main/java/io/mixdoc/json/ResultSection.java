package io.mixdoc.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.internal.CodePoints;

/**
 * Lets a module add its layers to the result JSON (structure, entities, ...), found with
 * java.util.ServiceLoader ({@code META-INF/services/io.mixdoc.json.ResultSection}).
 * Offsets written must be code points: use {@code offsets.toCodePoint(utf16)}.
 */
public interface ResultSection {
    /** Adds this section's fields to {@code result} when the document has its layers. */
    void write(Document doc, CodePoints offsets, ObjectNode result);
}
