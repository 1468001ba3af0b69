package io.mixdoc.spark;

import java.io.Serializable;

/**
 * Makes a {@link RecordProcessor} on an executor. Serialised with the job and called once per
 * partition, so it should carry only small settings; heavy resources belong in per-JVM lazy holders
 * (as {@link io.mixdoc.Mixdoc#standard()} is), which makes them load once per executor JVM.
 */
@FunctionalInterface
public interface RecordProcessorFactory extends Serializable {
    RecordProcessor create();
}
