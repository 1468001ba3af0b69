package io.mixdoc.seams;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters used as symbols, not words: {@code a+bi}, {@code a.b.c.d/e}, {@code x^2+y^2}. Technical writing in
 * Chinese quotes such notation beside Chinese ({@code 形如「a+bi」}, {@code 使用该语法表示：a.b.c.d/e}), where a
 * letter touching a Chinese character looks like a cut word or the start of an English clause. A symbol is a
 * run of one or two letters joined to another such run by an operator or a dot with no space between; a single
 * letter is also a symbol wherever the document uses that letter so elsewhere ({@code a.b.c.d是网络地址, e指定…}).
 * Such tokens are never cut sites ({@link CutSite#leftAlone}).
 */
final class LetterNotation {
    private LetterNotation() {
    }

    /** Symbols are this short; a longer run is a word ({@code e-mail}, {@code and/or}). */
    static final int MAX_SYMBOL = 2;
    private static final String OPERATORS = "+-*/=^.<>";
    static final Pattern NOTATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Za-z0-9]{1,2}(?:[-+*/=^.<>][A-Za-z0-9]{1,2})+(?![\\p{L}\\p{N}])");

    /** A doc comment's one-letter parameter ({@code @param a 乘数}). */
    private static final Pattern PARAMETER = Pattern.compile("@param\\s+([A-Za-z])\\s");

    static boolean isSymbol(SeamContext ctx, LatinToken t) {
        if (t.text().length() > MAX_SYMBOL) {
            return false;
        }
        if (joined(ctx.text, t.start() - 1, -1) || joined(ctx.text, t.end(), 1)) {
            return true;
        }
        return t.text().length() == 1 && ctx.notationLetters().contains(t.text());
    }

    /** The character at {@code at} is an operator, and past it (going {@code dir}) stands a run of one or two letters or digits. */
    private static boolean joined(String text, int at, int dir) {
        if (at < 0 || at >= text.length() || OPERATORS.indexOf(text.charAt(at)) < 0) {
            return false;
        }
        int k = at + dir;
        int n = 0;
        while (k >= 0 && k < text.length() && isAsciiAlnum(text.charAt(k))) {
            n++;
            k += dir;
        }
        // Chinese bounds a symbol as a space does (x<y返回小于0的数); a Latin letter would make it a word (e-mail)
        boolean bounded = k < 0 || k >= text.length() || !Character.isLetterOrDigit(text.charAt(k))
                || io.mixdoc.text.Chars.isHan(text.charAt(k));
        return n >= 1 && n <= MAX_SYMBOL && bounded;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The first position from {@code from} where a {@link #NOTATION} match may start: one or two ASCII letters or
     * digits, then an operator. Every match starts at such a position, so searching from each in turn finds the
     * matches a plain search finds; the regex is tried there only ({@link #findFrom}).
     */
    static int notationStart(String text, int from) {
        for (int p = from; p + 2 < text.length(); p++) {
            if (isAsciiAlnum(text.charAt(p)) && (isOperator(text.charAt(p + 1))
                    || isAsciiAlnum(text.charAt(p + 1)) && isOperator(text.charAt(p + 2)))) {
                return p;
            }
        }
        return -1;
    }

    /** A matcher of {@link #NOTATION} whose look-behind and look-ahead see past a region's bounds, for {@link #findFrom}. */
    static Matcher notationMatcher(String text) {
        return NOTATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next notation match starting at or after {@code from}, as {@link Matcher#find()} would find it: the regex is
     * tried only at the positions {@link #notationStart} lets through (a plain search tries every character).
     */
    static boolean findFrom(Matcher m, String text, int from) {
        for (int p = notationStart(text, from); p >= 0; p = notationStart(text, p + 1)) {
            if (m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOperator(char c) {
        return c == '-' || c == '+' || c == '*' || c == '/' || c == '=' || c == '^' || c == '.' || c == '<' || c == '>';
    }

    /** The single letters the text uses as symbols, found once per document (linear in the text). */
    static Set<String> lettersUsedAsSymbols(String text) {
        Set<String> out = new HashSet<>();
        Matcher p = PARAMETER.matcher(text);
        while (p.find()) {
            out.add(p.group(1)); // "@param a 乘数": a one-letter parameter is a symbol wherever the comment names it (a * b的结果)
        }
        Matcher m = notationMatcher(text);
        for (int from = 0; findFrom(m, text, from); from = m.end()) {
            String run = m.group();
            if (run.chars().filter(Character::isLetter).count() < 2) {
                continue; // 3.5, v2.0: a number or a version, not notation
            }
            for (String part : run.split("[-+*/=^.<>]")) {
                if (part.length() == 1 && Character.isLetter(part.charAt(0))) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
