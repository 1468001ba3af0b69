package io.mixdoc.io;

import java.util.Objects;

/**
 * Why one record could not be processed: a stable {@code code} (one of the constants below; part of
 * the output format of {@code mixdoc clean}) and a one-line human message. Bad input becomes this
 * value, never an exception.
 */
public record RecordError(String code, String message) implements java.io.Serializable {
    /** A file or record with no bytes, or only white space after decoding. */
    public static final String EMPTY = "E_EMPTY";
    /** Bytes that are not text in any charset we know (NUL bytes, control characters). */
    public static final String BINARY = "E_BINARY";
    /** A record larger than the per-record limit; it is skipped without being held in memory. */
    public static final String TOO_LARGE = "E_TOO_LARGE";
    /** A JSONL line (which must be UTF-8) with invalid UTF-8 bytes. */
    public static final String INVALID_UTF8 = "E_INVALID_UTF8";
    /** A JSONL line that is not a JSON object. */
    public static final String BAD_JSON = "E_BAD_JSON";
    /** A JSONL object without the configured text field, or with a non-string one. */
    public static final String NO_TEXT_FIELD = "E_NO_TEXT_FIELD";
    /** A WARC file that cannot be read on from this point (truncated, corrupt gzip, bad headers). */
    public static final String CORRUPT_WARC = "E_CORRUPT_WARC";
    /** A WARC response whose HTTP message cannot be parsed. */
    public static final String BAD_HTTP = "E_BAD_HTTP";
    /** An HTML page the extractor could not handle (too deeply nested, parser failure). */
    public static final String BAD_HTML = "E_BAD_HTML";
    /** An HTML page with no main text. */
    public static final String NO_MAIN_TEXT = "E_NO_MAIN_TEXT";
    /** An I/O failure while reading one input. */
    public static final String READ = "E_READ";
    /** The analysis of this record passed the per-record time limit and was stopped. */
    public static final String TIMEOUT = "E_TIMEOUT";
    /** The analysis of this record needed more memory than the JVM has. */
    public static final String OUT_OF_MEMORY = "E_OUT_OF_MEMORY";
    /** The analysis pipeline failed on this record. */
    public static final String PROCESSING = "E_PROCESSING";

    public RecordError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
