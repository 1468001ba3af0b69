package io.mixdoc.corpus;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input record: kept, rejected by a rule, or failed, with the JSON line that goes
 * into the matching output file ({@code kept}, {@code rejected} or {@code errors}). The line has no
 * newline, sorted keys and no timestamps, so the same record always gives the same bytes.
 *
 * @param status   where the record goes
 * @param line     the output JSON line
 * @param reason   the broken rule (rejected), the error code (failed), or empty (kept)
 * @param seams    seams found per seam type (empty when the record was not analysed)
 * @param bytes    the raw size of the record
 * @param stats    the record's figures for the corpus report, empty when it was not analysed
 */
public record Outcome(Status status, String line, String reason, Map<String, Integer> seams, long bytes,
                      Optional<RecordStats> stats) {
    /** The three places a record can end up; every record ends in exactly one. */
    public enum Status {
        KEPT, REJECTED, FAILED;

        /** The output directory of this status: {@code kept}, {@code rejected} or {@code errors}. */
        public String dir() {
            return switch (this) {
                case KEPT -> ShardFiles.KEPT;
                case REJECTED -> ShardFiles.REJECTED;
                case FAILED -> ShardFiles.ERRORS;
            };
        }
    }

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(line, "line");
        reason = reason == null ? "" : reason;
        seams = seams == null ? Map.of() : Map.copyOf(seams);
        Objects.requireNonNull(stats, "stats");
    }

    /** An outcome without figures (the record was not analysed). */
    public Outcome(Status status, String line, String reason, Map<String, Integer> seams, long bytes) {
        this(status, line, reason, seams, bytes, Optional.empty());
    }
}
