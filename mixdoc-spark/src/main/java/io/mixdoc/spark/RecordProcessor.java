package io.mixdoc.spark;

import io.mixdoc.io.SourceRecord;

/**
 * Turns one {@link SourceRecord} into one output line and its status: the seam where the Spark job
 * meets the per-record logic. The job only moves records around; whatever implements this decides
 * what a kept, rejected or failed record looks like, so the single-process {@code mixdoc clean} and
 * the Spark job write the same lines.
 *
 * <p>Implementations must be safe to use from one thread per instance; the job makes one instance
 * per partition through a {@link RecordProcessorFactory}. Bad input must come back as
 * {@link ProcessedRecord.Status#ERROR}, never as an exception.
 */
@FunctionalInterface
public interface RecordProcessor {
    ProcessedRecord process(SourceRecord record);
}
