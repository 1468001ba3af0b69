package io.mixdoc.json;

/**
 * Converts UTF-16 offsets (Java's) to Unicode code point offsets (the public JSON's) and back.
 * Texts without surrogate pairs take the identity fast path.
 */
public final class CodePoints {
    private final String text;
    private final int[] cpAtUtf16; // null when the text has no surrogates

    public CodePoints(String text) {
        this.text = text;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            cpAtUtf16 = null;
        } else {
            cpAtUtf16 = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                cpAtUtf16[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    cp++;
                }
            }
            cpAtUtf16[text.length()] = cp;
        }
    }

    public int toCodePoint(int utf16) {
        return cpAtUtf16 == null ? utf16 : cpAtUtf16[utf16];
    }

    public int toUtf16(int codePoint) {
        if (cpAtUtf16 == null) {
            return codePoint;
        }
        if (codePoint < 0 || codePoint > cpAtUtf16[text.length()]) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside the text");
        }
        // The last UTF-16 index with this code point offset: a low surrogate shares its offset with the
        // index after it, so the last one is always a character boundary. Binary search keeps reading a
        // whole result linear-logarithmic rather than quadratic.
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cpAtUtf16[mid] <= codePoint) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public int length() {
        return toCodePoint(text.length());
    }
}
