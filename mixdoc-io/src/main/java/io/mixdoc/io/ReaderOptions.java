package io.mixdoc.io;

/**
 * Settings shared by every reader; checked when built.
 *
 * @param textField      the JSONL field holding the text (other fields become metadata)
 * @param maxRecordBytes records larger than this (raw bytes) become {@link RecordError#TOO_LARGE}
 *                       without being held in memory
 */
public record ReaderOptions(String textField, long maxRecordBytes) {
    public static final long DEFAULT_MAX_RECORD_BYTES = 8L * 1024 * 1024;
    /** Hard ceiling so that one record always fits a Java array. */
    public static final long MAX_RECORD_BYTES_LIMIT = Integer.MAX_VALUE - 16;

    public ReaderOptions {
        if (textField == null || textField.isEmpty()) {
            throw new IllegalArgumentException("textField must be a non-empty field name");
        }
        if (maxRecordBytes < 1 || maxRecordBytes > MAX_RECORD_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxRecordBytes must be in 1.." + MAX_RECORD_BYTES_LIMIT + ", got " + maxRecordBytes);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions("text", DEFAULT_MAX_RECORD_BYTES);
    }

    public ReaderOptions withTextField(String field) {
        return new ReaderOptions(field, maxRecordBytes);
    }

    public ReaderOptions withMaxRecordBytes(long max) {
        return new ReaderOptions(textField, max);
    }

    /** The limit as an int (it always fits). */
    public int maxBytes() {
        return (int) maxRecordBytes;
    }
}
