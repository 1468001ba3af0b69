package io.mixdoc.seams;

/**
 * Lines of a book index or a glossary: {@code 移动，Summary of Move tool actions}, {@code 画笔，工具选项}. Each names a
 * term and, after one full-width comma, where it is explained; no sentence runs through them, so Chinese meeting
 * English at that comma is no switch of clause. An entry line is short, holds exactly one full-width comma with
 * text on both sides and no sentence punctuation, and its nearest non-blank neighbour line is one too (a lone
 * such line may be a sentence cut short).
 */
final class IndexEntryLine {
    private IndexEntryLine() {
    }

    static final int MAX_LINE = 80;
    private static final String SENTENCE_MARKS = "。！？；!?;";

    /** Does the position stand on an index entry line with an entry line beside it? */
    static boolean at(String text, int pos) {
        int from = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
        if (pos - from > MAX_LINE) {
            return false;
        }
        int nl = text.indexOf('\n', pos);
        int to = nl < 0 ? text.length() : nl;
        if (!isEntry(text, from, to)) {
            return false;
        }
        return isEntry(text, previousLine(text, from)) || isEntry(text, nextLine(text, to));
    }

    private static boolean isEntry(String text, int[] line) {
        return line != null && isEntry(text, line[0], line[1]);
    }

    static boolean isEntry(String text, int from, int to) {
        String line = text.substring(from, to).strip();
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return false;
        }
        int comma = line.indexOf('，');
        if (comma <= 0 || comma == line.length() - 1 || line.indexOf('，', comma + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_MARKS.indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ':' && last != '：';
    }

    /** The bounds of the nearest non-blank line before the line starting at {@code from}, or null. */
    private static int[] previousLine(String text, int from) {
        int end = from - 1;
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(start, end).isBlank()) {
                return end - start > MAX_LINE + 2 ? null : new int[] {start, end};
            }
            end = start - 1;
        }
        return null;
    }

    /** The bounds of the nearest non-blank line after the line ending at {@code to}, or null. */
    private static int[] nextLine(String text, int to) {
        int start = to + 1;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > MAX_LINE + 2) {
                return null;
            }
            if (!text.substring(start, end).isBlank()) {
                return new int[] {start, end};
            }
            start = end + 1;
        }
        return null;
    }
}
