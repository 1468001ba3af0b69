package io.mixdoc.facts.internal;

import java.math.BigDecimal;

/** Reads Chinese numerals ({@code 两千}, {@code 二十九}, {@code 三百五十万}) and mixed Arabic ones. */
public final class ChineseNumbers {
    /** Characters that may appear in a Chinese numeral. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumbers() {
    }

    public static boolean isNumeralChar(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /** The value of a Chinese numeral, or null when {@code s} is not one. */
    public static BigDecimal parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        long total = 0;      // completed 亿 groups
        long section = 0;    // completed 万 groups below 亿
        long current = 0;    // below 万
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0) {
                    // digit-by-digit form such as 二〇二五
                    digit = digit * 10 + d;
                } else {
                    digit = d;
                }
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit < 10_000) {
                current += (digit < 0 ? 1 : digit) * unit;
            } else if (unit == 10_000) {
                // a group with no figure before it counts one: 万名 is 10000, as 十 is 10
                long figure = digit < 0 && section == 0 && current == 0 ? 1 : Math.max(digit, 0);
                section = (section + current + figure) * unit;
                current = 0;
            } else {
                long figure = digit < 0 && total == 0 && section == 0 && current == 0 ? 1 : Math.max(digit, 0);
                total = (total + section + current + figure) * unit;
                section = 0;
                current = 0;
            }
            digit = -1;
        }
        long value = total + section + current + Math.max(digit, 0);
        return BigDecimal.valueOf(value);
    }

    /** A Chinese digit's value; 两 counts as 2 in amounts ({@code 两千多年}). */
    private static int digit(char c) {
        return c == '两' ? 2 : io.mixdoc.text.Chars.hanDigit(c);
    }

    /** Arabic digits with thousands separators and a decimal point, or a Chinese numeral. */
    public static BigDecimal parseAny(String s) {
        String t = s.replace(",", "").replace("，", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return new BigDecimal(toAsciiDigits(t));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parse(t);
    }

    /** Full-width digits and the full-width point read as ASCII ({@link WideDigits}, one folding of digits for all). */
    public static String toAsciiDigits(String s) {
        return WideDigits.fold(s).replace('．', '.');
    }
}
