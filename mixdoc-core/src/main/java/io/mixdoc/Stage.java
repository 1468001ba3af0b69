package io.mixdoc;

import java.util.Set;

/**
 * One analysis step: reads the layers it {@link #requires()} and adds the one it {@link #produces()}.
 * Implementations are small, final, stateless after construction and safe to share between threads.
 */
public interface Stage {
    /** A stable id used by configuration, the CLI and the JSON, e.g. {@code seams}. */
    String id();

    Set<LayerKey<?>> requires();

    LayerKey<?> produces();

    /** Returns {@code doc} with the produced layer added. Never mutates its argument. */
    Document apply(Document doc);
}
