package io.mixdoc.seams;

import io.mixdoc.text.Chars;

/**
 * Entries of a reference: a line opens with a Latin head (an option, a menu item, a command's synopsis, a doc
 * comment's tag) and Chinese describes it after it ({@code N - Delay before redial 若未建立连接，…},
 * {@code binary format a7a*a alpha bravo charlie 将返回…}, {@code @param cs a 字符串}). The head is a name, not a
 * clause the Chinese cut short. A head is short, holds no Chinese and stands apart from its description by a space
 * or a tab (a page translator's cut runs on: {@code it will be hours until才能进入}); a lone such line may be a cut,
 * so the nearest non-blank line before or after must be an entry too (a doc comment's tag line is one by its tag).
 * Measured on the man pages and Javadoc of the list sources, where these heads made a fifth of the false
 * {@code INTRA_SENTENCE_SWITCH} seams.
 */
final class DefinitionEntryLine {
    private DefinitionEntryLine() {
    }

    /** Longest head: a term, a label or a synopsis, not a sentence. */
    static final int MAX_HEAD = 60;

    /** Does the position lie in the Latin head of an entry line beside another entry? */
    static boolean at(String text, int pos) {
        int from = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
        int head = headEnd(text, from);
        if (head < 0 || pos > head) {
            return false;
        }
        return docTag(text, from) || headEnd(text, neighbour(text, from, -1)) >= 0 || headEnd(text, neighbour(text, from, 1)) >= 0;
    }

    /** Where the line's Latin head ends (its first Chinese character), or -1 when the line is no entry. */
    static int headEnd(String text, int from) {
        if (from < 0 || from >= text.length()) {
            return -1;
        }
        boolean latin = false;
        for (int i = from; i < text.length() && i - from <= MAX_HEAD; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (Chars.isHan(c) || Chars.isCjkClausePunct(c)) {
                if (!latin) {
                    return -1;
                }
                boolean opens = Chars.isLatinLetter(text.charAt(from)) || "-•*@".indexOf(text.charAt(from)) >= 0;
                char gap = text.charAt(i - 1);
                // the description stands apart from its head (a space, a tab); a cut runs Chinese on (until才能进入)
                return opens && (gap == ' ' || gap == '\t') ? i : -1;
            }
            if (Character.isIdeographic(c) || c >= 0x3000 && c < 0x3040 || c >= 0xFF00) {
                return -1; // a full-width mark or another script before any Chinese: no entry shape
            }
            latin |= Chars.isLatinLetter(c);
        }
        return -1;
    }

    /**
     * The name an entry line defines, lower-cased, words one space apart: its head up to a bracket, an equals sign or
     * a colon ({@code logon home (G) 这个选项…} defines {@code logon home}); null when the line at {@code from} is
     * no entry beside another or its head is no plain name of at most {@code maxWords} words.
     */
    static String definedName(String text, int from, int maxWords) {
        int head = headEnd(text, from);
        if (head < 0 || docTag(text, from) || !at(text, from)) {
            return null;
        }
        int end = from;
        while (end < head && "([{=:<,;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String name = text.substring(from, end).trim();
        if (name.isEmpty() || !name.chars().allMatch(c -> Chars.isLatinLetter(c) || c == ' ' || c == '-' || c == '_')) {
            return null;
        }
        String[] words = name.split(" +");
        return words.length <= maxWords ? String.join(" ", words).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** A doc comment's tag line ({@code @param}, {@code @return}, {@code @throws}). */
    private static boolean docTag(String text, int from) {
        return text.startsWith("@param ", from) || text.startsWith("@return ", from) || text.startsWith("@throws ", from);
    }

    /** The start of the nearest non-blank line before ({@code step} -1) or after (1) the line at {@code from}; -1 if none. */
    static int neighbour(String text, int from, int step) {
        int at = from;
        while (true) {
            if (step < 0) {
                if (at == 0) {
                    return -1;
                }
                at = text.lastIndexOf('\n', at - 2) + 1;
            } else {
                int nl = text.indexOf('\n', at);
                if (nl < 0) {
                    return -1;
                }
                at = nl + 1;
            }
            int nl = text.indexOf('\n', at);
            if (!text.substring(at, nl < 0 ? text.length() : nl).isBlank()) {
                return at;
            }
        }
    }
}
