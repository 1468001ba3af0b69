package io.mixdoc.corpus;

import java.util.Locale;

/** What text goes into each kept output record of {@code mixdoc clean}. */
public enum EmitMode {
    /** The text as read and analysed (for HTML, the extracted main text), in field {@code text}. */
    ORIGINAL,
    /** The text with the repairs applied ({@code CleanText}), in field {@code text}. */
    CLEANED,
    /** Only the Chinese parts of the cleaned text, one run per line, in field {@code text}. */
    ZH,
    /** Only the English parts of the cleaned text, one run per line, in field {@code text}. */
    EN,
    /** The article body as the reader extracted it, unanalysed unless filter rules need scores. */
    MAIN,
    /** The full schema-v1 result tree, in field {@code result}. */
    RESULT;

    /** The lower-case name used on the command line and in output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmitMode parse(String s) {
        for (EmitMode m : values()) {
            if (m.id().equals(s.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown emit mode '" + s + "' (original, cleaned, zh, en, main, result)");
    }
}
