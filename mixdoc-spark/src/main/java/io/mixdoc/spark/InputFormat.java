package io.mixdoc.spark;

import java.util.Locale;

/** How an input file is read; {@link #AUTO} decides by the file name. */
public enum InputFormat {
    /** One document per file, UTF-8 (a BOM is skipped). */
    TEXT,
    /** One JSON object per line; the text in a field ({@code text} by default), other fields kept as metadata. */
    JSONL,
    /** WARC (gzipped or not): response records with HTML or plain text, and resource/conversion records. */
    WARC,
    /** {@code .jsonl}, {@code .ndjson} (optionally {@code .gz}) are JSONL, {@code .warc[.gz]} WARC, anything else text. */
    AUTO;

    public static InputFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be auto, text, jsonl or warc, got '" + s + "'");
        }
    }

    /** The concrete format of {@code path}. */
    public InputFormat resolve(String path) {
        if (this != AUTO) {
            return this;
        }
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".gz")) {
            p = p.substring(0, p.length() - 3);
        }
        if (p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
            return JSONL;
        }
        if (p.endsWith(".warc") || p.endsWith(".arc")) {
            return WARC;
        }
        return TEXT;
    }
}
