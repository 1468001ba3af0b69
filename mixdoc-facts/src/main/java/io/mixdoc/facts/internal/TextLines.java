package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.List;

/** The non-blank lines of a text, trimmed, as UTF-16 ranges into the original text. */
public final class TextLines {
    /** One trimmed, non-blank line {@code [start, end)}; {@code index} counts non-blank lines from 0. */
    public record Line(int start, int end, int index) {
        public String text(String all) {
            return all.substring(start, end);
        }
    }

    private TextLines() {
    }

    public static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(s, e, out.size()));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
