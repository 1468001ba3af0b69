package io.mixdoc.spark;

import io.mixdoc.io.corpus.Outcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One output line and where it goes.
 *
 * @param id     the source record's id
 * @param url    the source URL, or empty
 * @param status kept, rejected by a rule, or failed
 * @param json   the record as one line of JSON (no line break)
 * @param outcome {@code mixdoc clean}'s outcome behind the line when there is one: its figures feed the
 *               corpus report; never shipped between executors
 */
public record ProcessedRecord(String id, String url, Status status, String json, Optional<Outcome> outcome) {
    /** Where a record ends up; {@link #dir()} names its output directory part. */
    public enum Status {
        KEPT, REJECTED, ERROR;

        public String dir() {
            return switch (this) {
                case KEPT -> "kept";
                case REJECTED -> "rejected";
                case ERROR -> "errors";
            };
        }
    }

    public ProcessedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        if (json.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("json must be one line");
        }
        Objects.requireNonNull(outcome, "outcome");
    }

    public ProcessedRecord(String id, String url, Status status, String json) {
        this(id, url, status, json, Optional.empty());
    }
}
