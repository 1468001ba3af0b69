package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A number written partly in Arabic digits and partly in Chinese numerals ({@code 202四},
 * {@code 19一八}): a translator turned some digits into words. Repaired to digits. Not a seam:
 * digits beside other Chinese ({@code 1-8月}, {@code 2026版}), or {@code 一} standing between
 * two numbers as a dash ({@code 5一6}), or the digit 0 typed for {@code 〇} ({@code 二00四年}).
 */
public final class MixedNumeralDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.MIXED_NUMERAL);
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        List<Seam> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isDigitish(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < text.length() && isDigitish(text.charAt(i))) {
                i++;
            }
            Seam seam = judge(text, s, i);
            if (seam != null) {
                out.add(seam);
            }
        }
        return out;
    }

    /** A run made of one value written once in Chinese numerals and once in digits, either order. */
    private static boolean sameValueTwice(String run) {
        int split = 1;
        while (split < run.length() && (run.charAt(split) <= '9') == (run.charAt(0) <= '9')) {
            split++;
        }
        if (run.charAt(0) <= '9') {
            return false; // 4四th: digits first is a translator's half-done number
        }
        String first = run.substring(0, split);
        String second = run.substring(split);
        boolean secondDigits = !second.isEmpty() && second.charAt(0) <= '9';
        return !second.isEmpty() && second.chars().allMatch(c -> (c <= '9') == secondDigits)
                && asDigits(first).equals(asDigits(second));
    }

    private static String asDigits(String part) {
        StringBuilder b = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            b.append(c <= '9' ? c : (char) ('0' + Chars.hanDigit(c)));
        }
        return b.toString();
    }

    private static boolean isDigitish(char c) {
        return (c >= '0' && c <= '9') || Chars.hanDigit(c) >= 0;
    }

    private static Seam judge(String text, int s, int e) {
        boolean ascii = false;
        boolean han = false;
        boolean adjacent = false;
        for (int i = s; i < e; i++) {
            boolean isAscii = text.charAt(i) <= '9';
            ascii |= isAscii;
            han |= !isAscii;
            if (i > s && isAscii != (text.charAt(i - 1) <= '9')) {
                adjacent = true;
            }
        }
        if (!ascii || !han || !adjacent) {
            return null;
        }
        if (text.charAt(s) <= '9' && s > 0 && Chars.isLatinLetter(text.charAt(s - 1)) && e < text.length()
                && Chars.isHan(text.charAt(e))) {
            return null; // C2三部分, SM2: the digits end an identifier, and a Chinese numeral follows it
        }
        String run = text.substring(s, e);
        if (sameValueTwice(run)) {
            return null; // 零0, 三3: a number word glossed with its digits, nothing was translated
        }
        if (run.matches("[0-9]+一[0-9]+")) {
            return null; // 5一6: a range written with 一 for a dash
        }
        if (run.matches("[一二三四五六七八九][0一二三四五六七八九〇]+")) {
            return null; // 二00四: writers type the digit 0 for 〇 in a Chinese year; nothing was translated
        }
        StringBuilder repair = new StringBuilder();
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            repair.append(c <= '9' ? c : (char) ('0' + Chars.hanDigit(c)));
        }
        char next = e < text.length() ? text.charAt(e) : ' ';
        double conf = Chars.isHan(next) && "年月日号".indexOf(next) < 0 ? 0.6 : 0.9;
        return Seam.of(s, e, SeamType.MIXED_NUMERAL, conf, "Arabic digits mixed with Chinese numerals")
                .withRepair(repair.toString(), conf);
    }
}
