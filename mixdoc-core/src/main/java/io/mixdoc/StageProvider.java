package io.mixdoc;

import java.util.List;

/**
 * Lets a module add stages to {@link Mixdoc.Builder#standard()} without core depending on it
 * (java.util.ServiceLoader, file {@code META-INF/services/io.mixdoc.StageProvider}).
 */
public interface StageProvider {
    /** Stages in the order they must run. They may require any layer of the fast path. */
    List<Stage> stages();

    /** Providers run in increasing order. */
    default int order() {
        return 100;
    }
}
