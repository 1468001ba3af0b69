package io.mixdoc.server.internal;

import io.mixdoc.Document;
import io.mixdoc.io.SourceRecord;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code POST /v1/analyze} was asked to analyse, after decoding: a document id and the text.
 * For HTML input {@code text} is the extracted main text (offsets in the answer index it, not the HTML).
 *
 * @param id       the document id echoed in the result ({@code [A-Za-z0-9._-]}, at most 64 chars)
 * @param text     the text to analyse, never blank
 * @param format   {@code text} or {@code html}: what the client sent
 * @param metadata what the reader found beside the text (for HTML: title, the page's own date), as
 *                 {@code mixdoc clean} reads the same page
 */
public record AnalyzeRequest(String id, String text, String format, Map<String, String> metadata) {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final String DEFAULT_ID = "doc";

    public AnalyzeRequest {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(format);
        metadata = Map.copyOf(metadata);
    }

    /** A request with no metadata (plain text). */
    public AnalyzeRequest(String id, String text, String format) {
        this(id, text, format, Map.of());
    }

    /** The document to analyse: the text, with the page's dating evidence as {@code mixdoc clean} gives it. */
    public Document document() {
        return SourceRecord.document(id, text, metadata);
    }

    /** A client-given id, checked; a bad one is a client error, not silently replaced. */
    static String checkedId(String id) {
        if (id == null) {
            return DEFAULT_ID;
        }
        if (!ID.matcher(id).matches()) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "id must match [A-Za-z0-9._-]{1,64}");
        }
        return id;
    }

    /** An id derived from an uploaded file's name: its stem with unsafe characters replaced. Never a path. */
    static String idFromFileName(String fileName) {
        if (fileName == null) {
            return DEFAULT_ID;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? DEFAULT_ID : safe;
    }
}
