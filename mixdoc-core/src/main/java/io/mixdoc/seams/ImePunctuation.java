package io.mixdoc.seams;

import io.mixdoc.text.Chars;

/**
 * Full-width punctuation typed inside English ({@code from the browser，light-weight}, {@code are the same。each
 * requirement}, {@code On browsers、Node、React Native}): a writer whose keyboard is set to a Chinese input method
 * types it. No Chinese letter stands on either line, so no clause has switched into Chinese; a translator's cut
 * leaves Chinese words beside the mark ({@code the team will，在下周}).
 */
final class ImePunctuation {
    private ImePunctuation() {
    }

    /** Markdown's emphasis and code marks, which may stand between the mark and the words ({@code browser，**light-weight**}). */
    private static final String MARKUP = "*_`";

    /** Does the word at [start, end) touch a full-width mark that stands between English lines with no Chinese? */
    static boolean touches(String text, int start, int end) {
        return (end < text.length() && Chars.isCjkPunct(text.charAt(end)) && inEnglish(text, end))
                || (start > 0 && Chars.isCjkPunct(text.charAt(start - 1)) && inEnglish(text, start - 1));
    }

    /** Is the full-width mark at {@code at} written between English on both sides, with no Chinese letter on its lines? */
    static boolean inEnglish(String text, int at) {
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || MARKUP.indexOf(text.charAt(before)) >= 0
                || Chars.isCjkPunct(text.charAt(before)))) {
            before--;
        }
        int after = at + 1;
        int newlines = 0;
        while (after < text.length() && newlines <= 1 && (Character.isWhitespace(text.charAt(after))
                || MARKUP.indexOf(text.charAt(after)) >= 0 || Chars.isCjkPunct(text.charAt(after)))) {
            newlines += text.charAt(after) == '\n' ? 1 : 0;
            after++;
        }
        if (before < 0 || after >= text.length() || newlines > 1
                || !Chars.isLatinLetter(text.charAt(before)) || !Chars.isLatinLetter(text.charAt(after))) {
            return false;
        }
        return !Chars.hasHan(text, text.lastIndexOf('\n', before) + 1, before)
                && !Chars.hasHan(text, after, lineEnd(text, after));
    }

    /**
     * Is the word at [start, end) the {@code and} or {@code or} of an English list whose commas were typed full-width,
     * a Latin item before the mark and one after the word ({@code FIN，PSH，and URG}, {@code RST，SYN，and FIN的组合})?
     * The list is English, whatever Chinese goes on around it; a translator's cut leaves Chinese before the mark.
     */
    static boolean listConjunction(String text, int start, int end) {
        String w = text.substring(start, end);
        if (!w.equals("and") && !w.equals("or") || start < 2 || !isListComma(text.charAt(start - 1))) {
            return false;
        }
        int before = start - 2;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && Chars.isLatinLetter(text.charAt(before)) && end + 1 < text.length()
                && text.charAt(end) == ' ' && Chars.isLatinLetter(text.charAt(end + 1));
    }

    private static boolean isListComma(char c) {
        return c == '，' || c == '、';
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

}
