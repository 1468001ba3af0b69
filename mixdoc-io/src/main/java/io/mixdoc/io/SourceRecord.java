package io.mixdoc.io;

import io.mixdoc.Document;
import io.mixdoc.io.html.PageDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One record read from a corpus: a text file, a JSONL line, an HTML page or a WARC record.
 * Exactly one of {@code text} and {@code error} is non-null.
 *
 * @param id       stable id unique within the input (file path, "file.jsonl#17", WARC-Record-ID)
 * @param url      the source URL where known, else empty
 * @param metadata fields carried through to the output (JSONL fields, WARC headers, "charset"), sorted by key
 * @param text     the decoded text (HTML already reduced to its main text), or null when {@code error} is set
 * @param error    a per-record failure (stable code + message) instead of text, or null
 * @param bytes    size of the raw record in bytes, for throughput figures
 *
 * <p>Serializable so that a Spark job can shuffle records between executors.
 */
public record SourceRecord(String id, String url, Map<String, String> metadata, String text,
                           RecordError error, long bytes) implements java.io.Serializable {
    public SourceRecord {
        Objects.requireNonNull(id, "id");
        url = url == null ? "" : url;
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
        if ((text == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of text and error must be set for " + id);
        }
    }

    /** A record that was read and decoded. */
    public static SourceRecord ok(String id, String url, Map<String, String> metadata, String text, long bytes) {
        return new SourceRecord(id, url, metadata, Objects.requireNonNull(text, "text"), null, bytes);
    }

    /** A record that could not be read or decoded. */
    public static SourceRecord failed(String id, String url, Map<String, String> metadata, RecordError error, long bytes) {
        return new SourceRecord(id, url, metadata, null, Objects.requireNonNull(error, "error"), bytes);
    }

    public static SourceRecord failed(String id, String code, String message, long bytes) {
        return failed(id, "", Map.of(), new RecordError(code, message), bytes);
    }

    public boolean failed() {
        return error != null;
    }

    /**
     * The metadata a reader found that dates the text (the page's own date and its evidence, the WARC
     * capture date); the pipeline reads it as evidence for the publication date.
     */
    public static final List<String> DATING_KEYS = List.of(PageDate.METADATA_KEY, PageDate.METADATA_EVIDENCE_KEY, "warc_date");

    /** The document a pipeline analyses for this record: its text, with its {@link #DATING_KEYS} metadata. */
    public Document document() {
        if (failed()) {
            throw new IllegalStateException("record " + id + " failed (" + error.code() + "): it has no text");
        }
        return document(id, text, metadata);
    }

    /**
     * The document for {@code text} read with {@code metadata}: the one place where a reader's dating
     * evidence enters a document, for {@code mixdoc clean}, Spark and the server alike.
     */
    public static Document document(String id, String text, Map<String, String> metadata) {
        Document d = Document.of(id, text);
        for (String key : DATING_KEYS) {
            String v = metadata.get(key);
            if (v != null) {
                d = d.withMetadata(key, v);
            }
        }
        return d;
    }
}
