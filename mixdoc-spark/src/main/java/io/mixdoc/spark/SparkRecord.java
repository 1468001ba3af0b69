package io.mixdoc.spark;

import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SourceRecord} in a form Spark can shuffle (Java-serialisable, no records inside).
 * Converted back with {@link #toSourceRecord()} on the executor that processes it.
 */
public final class SparkRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String url;
    private final LinkedHashMap<String, String> metadata;
    private final String text;
    private final String errorCode;
    private final String errorMessage;
    private final long bytes;

    private SparkRecord(String id, String url, Map<String, String> metadata, String text, String errorCode,
                        String errorMessage, long bytes) {
        this.id = id;
        this.url = url == null ? "" : url;
        this.metadata = new LinkedHashMap<>(metadata);
        this.text = text;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.bytes = bytes;
    }

    public static SparkRecord text(String id, String url, Map<String, String> metadata, String text, long bytes) {
        return new SparkRecord(id, url, metadata, java.util.Objects.requireNonNull(text), null, null, bytes);
    }

    public static SparkRecord error(String id, String url, Map<String, String> metadata, String code, String message,
                                    long bytes) {
        return new SparkRecord(id, url, metadata, null, code, message, bytes);
    }

    public String id() {
        return id;
    }

    public long bytes() {
        return bytes;
    }

    public SourceRecord toSourceRecord() {
        return new SourceRecord(id, url, Map.copyOf(metadata), text,
                errorCode == null ? null : new RecordError(errorCode, errorMessage), bytes);
    }
}
