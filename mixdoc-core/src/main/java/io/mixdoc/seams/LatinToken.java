package io.mixdoc.seams;

/**
 * A Latin word of the {@code token} layer (kind WORD), with its text: UTF-16 offsets into the document text.
 * {@code index} is its position in {@link SeamContext#tokens}, where the context keeps its per-word flags.
 */
record LatinToken(int start, int end, String text, String lower, int index) {
    LatinToken(int start, int end, String text, int index) {
        this(start, end, text, text.toLowerCase(java.util.Locale.ROOT), index);
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isLowerCase() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isAllCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Upper case after the first letter (iPhone, McDonald, andCentral). */
    boolean hasInnerCapital() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
