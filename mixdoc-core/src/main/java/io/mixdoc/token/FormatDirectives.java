package io.mixdoc.token;

/**
 * A program's format directives as its message strings hold them: printf conversions ({@code %s}, {@code %d},
 * {@code %.*s}, {@code %1$s}, {@code %lu}) and percent-escaped bytes ({@code %0A}, {@code %%0A}: GnuPG hands
 * pinentry its line breaks so). They are code: no letter of one is an English word ({@code %%0A您} is no clause "A"
 * breaking off into Chinese), and a text whose lines hold many of them is a list of a program's messages.
 * GCC's diagnostics add their own ({@code %qs}, {@code %qD}: a quoted argument; {@code %<-fpic%>}: quote marks;
 * {@code %L}, {@code %C}: a Fortran source location), and a directive may run straight into the Chinese of its
 * message ({@code %L处}, {@code %d个}): only a Latin letter after it makes it a word ({@code 50%discount}).
 */
public final class FormatDirectives {
    private static final String CONVERSIONS = "diouxXeEfFgGaAcCsSp";

    private FormatDirectives() {
    }

    /** Where the directive starting at {@code at} (a {@code %}) ends, or -1 when none starts there. */
    static int end(CharSequence text, int at) {
        int n = text.length();
        int k = at + 1;
        if (k < n && text.charAt(k) == '%') {
            k++; // %%: a literal percent sign, or the escaped percent of a %0A handed on through printf
        }
        if (k + 1 < n && hex(text.charAt(k)) && hex(text.charAt(k + 1)) && (k + 2 == n || !Character.isLetterOrDigit(text.charAt(k + 2)))) {
            return k + 2; // %0A, %%0A, %E5
        }
        if (k == at + 1 && k < n && (text.charAt(k) == '<' || text.charAt(k) == '>')) {
            return k + 1; // %<-fpic%>: GCC's quote marks around a name
        }
        int conversion = conversionEnd(text, k);
        if (conversion > 0) {
            return conversion;
        }
        return k == at + 2 ? k : -1; // %% alone
    }

    /** The end of a printf conversion's flags, width, precision, length and letter starting at {@code k}, or -1. */
    private static int conversionEnd(CharSequence text, int k) {
        int n = text.length();
        int d = k;
        while (d < n && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d > k && d < n && text.charAt(d) == '$') {
            k = d + 1; // %1$s: a positional argument
        }
        while (k < n && "-+#0'".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        k = number(text, k);
        if (k < n && text.charAt(k) == '.') {
            k = number(text, k + 1);
        }
        if (k + 1 < n && text.charAt(k) == 'q' && latinLetter(text.charAt(k + 1))) {
            k += 2; // %qs, %qD, %qE: GCC's quoted argument, whatever its letter
        } else {
            String lengthSeen = "";
            for (String length : new String[] {"hh", "ll", "h", "l", "L", "q", "j", "z", "t"}) {
                if (startsWith(text, k, length)) {
                    k += length.length();
                    lengthSeen = length;
                    break;
                }
            }
            if (k < n && CONVERSIONS.indexOf(text.charAt(k)) >= 0) {
                k++;
            } else if (!lengthSeen.equals("L")) {
                return -1; // %L alone is GCC's Fortran source location
            }
        }
        return k < n && latinLetter(text.charAt(k)) ? -1 : k; // 50%discount is no %d; %d个 is
    }

    private static int number(CharSequence text, int k) {
        if (k < text.length() && text.charAt(k) == '*') {
            return k + 1;
        }
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean startsWith(CharSequence text, int k, String s) {
        if (k + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(k + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean latinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /**
     * Is {@code core} (a whitespace-free stretch) made of directives and the marks between them, every letter and
     * digit inside one ({@code %s}, {@code %s)%%0A}, {@code %%C%%0A})?
     */
    public static boolean only(CharSequence core) {
        boolean any = false;
        for (int k = 0; k < core.length(); ) {
            char c = core.charAt(k);
            if (c == '%') {
                int e = end(core, k);
                if (e < 0) {
                    return false;
                }
                any = true;
                k = e;
            } else if (Character.isLetterOrDigit(c)) {
                return false;
            } else {
                k++;
            }
        }
        return any;
    }

    /** How many lines of {@code text} hold a printf conversion or a percent-escaped byte. */
    public static int linesWithDirectives(String text) {
        int lines = 0;
        int lineEnd = -1;
        for (int k = text.indexOf('%'); k >= 0; k = text.indexOf('%', k + 1)) {
            if (k < lineEnd) {
                continue;
            }
            int e = end(text, k);
            if (e > k + 2 || e == k + 2 && text.charAt(k + 1) != '%') {
                lines++;
                int nl = text.indexOf('\n', k);
                lineEnd = nl < 0 ? text.length() : nl;
            }
        }
        return lines;
    }
}
