package io.mixdoc.seams;

/**
 * A Latin word of the {@code token} layer (kind WORD): UTF-16 offsets into the document text, read in place.
 * {@code index} is its position in {@link SeamContext#tokens}, where the context keeps its per-word flags.
 * No string is made per token: {@link #lower} is the document's one copy of the lower-cased word (from
 * {@link SeamContext}'s word numbering), and {@link #text} is that same string when the token is written in
 * lower case, a copy of the token's text (made when first asked) only when it is not.
 */
final class LatinToken {
    private final String source;
    private final int start;
    private final int end;
    private final int index;
    private final String lower;
    private String text;

    /** A token whose lower-cased word is {@code lower}, {@code source[start, end)} lower-cased. */
    LatinToken(String source, int start, int end, String lower, int index) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.lower = lower;
        this.index = index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int index() {
        return index;
    }

    /** The token's text lower-cased ({@code Locale.ROOT}). */
    String lower() {
        return lower;
    }

    /** The token's text as written. */
    String text() {
        if (text == null) {
            int n = end - start;
            text = lower.length() == n && source.regionMatches(start, lower, 0, n) ? lower : source.substring(start, end);
        }
        return text;
    }

    /** Length of the text, in UTF-16 units. */
    int length() {
        return end - start;
    }

    boolean isCapitalised() {
        return Character.isUpperCase(source.charAt(start));
    }

    boolean isLowerCase() {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isAllCaps() {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Upper case after the first letter (iPhone, McDonald, andCentral). */
    boolean hasInnerCapital() {
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text() + "@" + start;
    }
}
