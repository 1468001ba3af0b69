package io.mixdoc.seams;

/**
 * Cheap necessary conditions for {@link ExtractionGlueDetector}'s two run-on regexes, so a text without a
 * candidate is not searched by them at all: a regex with a look-behind and an alternation is tried at every
 * position of the text, and nearly every text has no sentence end or date run on (profiled: 6.5 % of the
 * fast path's CPU). Each test only says "the regex may match"; when it does, the regex runs as before, so the
 * seams found are the same.
 */
final class RunOnCandidates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private RunOnCandidates() {
    }

    /**
     * A lower-case ASCII letter, {@code .}, {@code ?} or {@code !} and an upper-case ASCII letter in a row: every
     * match of {@code SENTENCE_GLUE} ({@code worked.The}) holds one.
     */
    static boolean sentenceEnd(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && isAsciiLower(text.charAt(i - 1)) && isAsciiUpper(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ASCII letter, a month name, a space and a digit 1–9 in a row: every match of {@code DATE_RUN_ON}
     * ({@code updatedMarch 3}) holds one. Found from the spaces before a digit, which are few.
     */
    static boolean monthAfterLetter(String text) {
        for (int i = text.indexOf(' '); i >= 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
            char next = text.charAt(i + 1);
            if (next < '1' || next > '9') {
                continue;
            }
            for (String month : MONTHS) {
                int at = i - month.length();
                if (at >= 1 && text.startsWith(month, at) && isAsciiLetter(text.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetter(char c) {
        return isAsciiLower(c) || isAsciiUpper(c);
    }
}
