package io.mixdoc.json;

import io.mixdoc.LayerKey;
import java.util.List;

/**
 * Lets a module put its layers in the result JSON (structure, entities, ...) without core depending on
 * it, found with java.util.ServiceLoader ({@code META-INF/services/io.mixdoc.json.ResultSection}). Each
 * key carries its own writer and reader ({@link LayerKey#json()}); {@link ResultJson} writes the fields
 * after core's, in the order given here.
 */
public interface ResultSection {
    /** This module's layers that appear in the result, in the order their fields are written. */
    List<LayerKey<?>> layers();

    /**
     * The class path resource (relative to this class, or absolute) holding this module's part of the
     * result schema: the {@code properties} of its fields, merged into core's by {@link ResultSchema}.
     */
    String schemaFragment();
}
