package io.mixdoc.text;

import io.mixdoc.Script;

/** Character classes shared by the stages. All methods take code points. */
public final class Chars {
    private Chars() {
    }

    private static final Script[] SCRIPTS = Script.values();
    /**
     * The script of every BMP character, computed once per JVM (64 KB) by {@link #computeScript}: a
     * lookup instead of {@code UnicodeScript.of}'s binary search for every character of every document.
     */
    private static final byte[] BMP_SCRIPT = new byte[0x10000];

    static {
        if (SCRIPTS.length > Byte.MAX_VALUE) {
            throw new IllegalStateException("too many scripts for the lookup table");
        }
        for (int cp = 0; cp < BMP_SCRIPT.length; cp++) {
            BMP_SCRIPT[cp] = (byte) computeScript(cp).ordinal();
        }
    }

    public static Script script(int cp) {
        if (cp >= 0 && cp < BMP_SCRIPT.length) {
            return SCRIPTS[BMP_SCRIPT[cp]];
        }
        return computeScript(cp);
    }

    private static Script computeScript(int cp) {
        if (cp < 0x80) {
            return isAsciiLetter(cp) ? Script.LATIN : Script.NONE;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return Script.HAN;
        }
        Character.UnicodeScript us;
        try {
            us = Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return Script.NONE;
        }
        switch (us) {
            case HAN:
                return Script.HAN;
            case HIRAGANA:
            case KATAKANA:
                return Script.KANA;
            case HANGUL:
                return Script.HANGUL;
            case LATIN:
                return Character.isLetter(cp) ? Script.LATIN : Script.NONE;
            case CYRILLIC:
                return Script.CYRILLIC;
            case GREEK:
                return Script.GREEK;
            case ARABIC:
                return Script.ARABIC;
            case HEBREW:
                return Script.HEBREW;
            case THAI:
                return Script.THAI;
            case DEVANAGARI:
                return Script.DEVANAGARI;
            default:
                return Character.isLetter(cp) ? Script.OTHER : Script.NONE;
        }
    }

    public static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Latin letters including accented ones (é, ü), which English-language words may carry. */
    public static boolean isLatinLetter(int cp) {
        return cp < 0x80 ? isAsciiLetter(cp) : (Character.isLetter(cp) && script(cp) == Script.LATIN);
    }

    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // CJK Unified Ideographs: nearly every Chinese character, without a table lookup
        }
        return cp >= 0x2E80 && !(cp >= 0xFF00 && cp <= 0xFFEF) && script(cp) == Script.HAN;
    }

    /** Is there a Chinese character in {@code text} between {@code from} and {@code to} (clamped to the text)? */
    public static boolean hasHan(CharSequence text, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; ) {
            int cp = Character.codePointAt(text, i);
            if (isHan(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Chinese numerals that a translator may leave inside an Arabic number. */
    public static int hanDigit(int cp) {
        return switch (cp) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Full-width and CJK punctuation: belongs to Chinese text. */
    public static boolean isCjkPunct(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x2014 || cp == 0x2026
                || cp == 0xFF1F || cp == 0xFF01;
    }

    /** Sentence-final marks of Chinese text. */
    public static boolean isCjkSentenceEnd(int cp) {
        return cp == '。' || cp == '！' || cp == '？' || cp == '；';
    }

    /** Mid-sentence CJK punctuation: comma, enumeration comma, colon. */
    public static boolean isCjkClausePunct(int cp) {
        return cp == '，' || cp == '、' || cp == '：';
    }

    public static boolean isLetter(int cp) {
        return Character.isLetter(cp) || isHan(cp);
    }
}
