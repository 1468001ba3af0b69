package io.mixdoc.io.charset;

import io.mixdoc.io.RecordError;

/**
 * Bytes turned into text, or why they could not be. Exactly one of {@code text} and {@code error}
 * is non-null.
 *
 * @param text        the decoded text, without a byte-order mark
 * @param charset     the Java name of the charset used ("UTF-8", "GB18030", "Big5", "UTF-16LE", ...), or empty on error
 * @param source      how the charset was chosen: {@code bom}, {@code declared}, {@code meta}, {@code detected}
 * @param replaced    how many undecodable byte sequences became U+FFFD
 * @param error       why the bytes are not text, or null
 */
public record DecodedText(String text, String charset, String source, int replaced, RecordError error) {
    static DecodedText ok(String text, String charset, String source, int replaced) {
        return new DecodedText(text, charset, source, replaced, null);
    }

    static DecodedText failed(String code, String message) {
        return new DecodedText(null, "", "", 0, new RecordError(code, message));
    }

    public boolean failed() {
        return error != null;
    }
}
