package io.mixdoc.io;

import java.util.Map;

/**
 * One record read from a corpus: a text file, a JSONL line, an HTML page or a WARC record.
 *
 * @param id       stable id unique within the input (file path, "file.jsonl#17", WARC-Record-ID)
 * @param url      the source URL where known, else empty
 * @param metadata fields carried through to the output (JSONL fields, WARC headers, "charset")
 * @param text     the decoded text (HTML already reduced to its main text), or null when {@code error} is set
 * @param error    a per-record failure (stable code + message) instead of text, or null
 * @param bytes    size of the raw record in bytes, for throughput figures
 */
public record SourceRecord(String id, String url, Map<String, String> metadata, String text,
                           RecordError error, long bytes) {
    public boolean failed() {
        return error != null;
    }
}
