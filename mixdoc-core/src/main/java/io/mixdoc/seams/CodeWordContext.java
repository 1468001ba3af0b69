package io.mixdoc.seams;

import io.mixdoc.text.Chars;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a Latin word is a program's word by its place, not by its spelling: glue detectors split unknown words
 * ({@code isdirectory}, {@code mytable}) that a manual names as they are. The places, each read off the
 * document (measured on the Debian manuals, man pages and Javadoc of the list sources, where each made false
 * {@code GLUED_WORDS} seams):
 * <ul>
 *   <li>the head of a command reference entry: the line opens with a word that opens three or more lines of the
 *       document, the word follows it ({@code file atime name …}, {@code file isdirectory name …},
 *       {@code string tolower string ?first?}) and Chinese describes the entry later on the line;</li>
 *   <li>a statement: the word after a keyword in capitals, on a line with three or more such words
 *       ({@code DROP SCHEMA mystuff CASCADE;}, {@code … REFERENCING OLD ROW AS somename NEW ROW AS othername});</li>
 *   <li>a line of names: three or more snake_case words on it ({@code ll_angle lr_angle man middlebutton mouse});</li>
 *   <li>a declaration: a line of a few words and no Chinese ending in {@code ;} ({@code double correctionParam;});</li>
 *   <li>the term of a definition list: a word alone before its Chinese description, beside an entry of the same shape;</li>
 *   <li>the name after an SQL statement's head ({@code CREATE TABLE myboxes (}, {@code INSERT INTO mytable});</li>
 *   <li>a name the Chinese calls an option, property, parameter or field ({@code 使用 disabledforeground 和 background 选项}).</li>
 * </ul>
 * A translator's glue falls in prose; none of these places is prose.
 */
final class CodeWordContext {
    private CodeWordContext() {
    }

    /** Lines a word must open to be the command of a reference (the document's entries, not a sentence start). */
    static final int MIN_ENTRY_LINES = 3;
    /** Keywords in capitals a line needs to read as a statement. */
    static final int MIN_KEYWORDS = 3;
    /** snake_case words a line needs to read as a list of names. */
    static final int MIN_SNAKE_WORDS = 3;

    /** Is the word at {@code [start, end)} a program's word by its place in the line? */
    static boolean codeWord(SeamContext ctx, int start, int end) {
        String text = ctx.text;
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int nl = text.indexOf('\n', end);
        int to = nl < 0 ? text.length() : nl;
        return entryHead(ctx, from, start) || afterKeyword(text, from, to, start) || snakeWords(text, from, to) >= MIN_SNAKE_WORDS
                || declaration(text, from, to) || termOfList(text, from, start, end) || afterStatementHead(text, from, start)
                || namedAsOption(text, end, to);
    }

    /** The head of an SQL statement, naming the table, view or index that follows ({@code CREATE TABLE myboxes (}). */
    private static final java.util.regex.Pattern STATEMENT_HEAD = java.util.regex.Pattern.compile(
            "(?:(?:CREATE|DROP|ALTER|TRUNCATE)(?: OR REPLACE)?(?: TEMP| TEMPORARY| UNIQUE)? "
            + "(?:TABLE|VIEW|INDEX|SCHEMA|DATABASE|SEQUENCE|TYPE|FUNCTION|TRIGGER|DOMAIN)(?: IF (?:NOT )?EXISTS)?"
            + "|INSERT INTO|DELETE FROM|UPDATE|FROM|JOIN) $");

    /** The words a {@link #STATEMENT_HEAD} match ends with (before its space). */
    private static final String[] STATEMENT_HEAD_ENDS = {"TABLE", "VIEW", "INDEX", "SCHEMA", "DATABASE", "SEQUENCE", "TYPE",
        "FUNCTION", "TRIGGER", "DOMAIN", "EXISTS", "INTO", "FROM", "UPDATE", "JOIN"};

    /** Does an SQL statement head end right before the word? The word is the name it declares or reads, never glue. */
    static boolean afterStatementHead(String text, int from, int start) {
        if (!mayEndStatementHead(text, from, start)) {
            return false; // most words: no matcher, no search from every position before them
        }
        int s = Math.max(from, start - 60);
        java.util.regex.Matcher m = STATEMENT_HEAD.matcher(text).region(s, start);
        while (s < start) {
            if (m.region(s, start).lookingAt()) {
                return s == from || !Chars.isLatinLetter(text.charAt(s - 1));
            }
            s++;
        }
        return false;
    }

    /**
     * Can {@link #STATEMENT_HEAD} end at {@code start}? Every match ends with one of {@link #STATEMENT_HEAD_ENDS} and a
     * space; its {@code $} also matches before a line terminator that ends the region, so a region ending in one
     * (other than {@code \n}, which never stands inside a line) is left to the regex.
     */
    static boolean mayEndStatementHead(String text, int from, int start) {
        if (start - from < 5) {
            return false;
        }
        char last = text.charAt(start - 1);
        if (last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return true;
        }
        if (last != ' ' || text.charAt(start - 2) < 'A' || text.charAt(start - 2) > 'Z') {
            return false;
        }
        for (String end : STATEMENT_HEAD_ENDS) {
            int at = start - 1 - end.length();
            if (at >= from && text.startsWith(end, at)) {
                return true;
            }
        }
        return false;
    }

    /** Chinese nouns that name what the Latin words before them are: an option, a property, a parameter, a field, a command. */
    private static final String[] NAMING_NOUNS = {"选项", "選項", "属性", "屬性", "参数", "參數", "字段", "欄位", "命令", "指令"};

    /**
     * Is the word named as an option, a property, a parameter, a field or a command: only Latin words and 和/或/、/commas
     * between it and such a noun ({@code 使用 disabledforeground 和 background 选项}, {@code 对于ps 和 top 命令})? Tk, CSS and
     * configuration options join their words by design ({@code activebackground}); the manual names them as they are.
     */
    static boolean namedAsOption(String text, int end, int lineEnd) {
        int i = end;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || c == ',' || c == '，' || c == '、' || c == '和' || c == '或'
                    || Chars.isAsciiLetter(c) || Character.isDigit(c)) {
                i++;
                continue;
            }
            for (String noun : NAMING_NOUNS) {
                if (text.startsWith(noun, i)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Words a declaration line holds at most ({@code double correctionParam;}, {@code UniformPrior prior;}). */
    static final int MAX_DECLARATION_WORDS = 4;

    /** A line of a few Latin words and no Chinese that ends with {@code ;}: a declaration or a statement. */
    private static boolean declaration(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e == from || text.charAt(e - 1) != ';') {
            return false;
        }
        int words = 0;
        for (int i = from; i < e; i++) {
            char c = text.charAt(i);
            if (Chars.isHan(c)) {
                return false;
            }
            if (Chars.isLatinLetter(c) && (i == from || !Chars.isLatinLetter(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words <= MAX_DECLARATION_WORDS;
    }

    /**
     * The word is the term of a definition list: it alone opens its line, Chinese describes it after a space, and
     * the entry before or after it has the same shape ({@code okcancel 显示两个按钮…} above {@code retrycancel 显示…}).
     */
    private static boolean termOfList(String text, int from, int start, int end) {
        return start == from && entryOfList(text, from, end) && (entryOfList(text, DefinitionEntryLine.neighbour(text, from, -1), -1)
                || entryOfList(text, DefinitionEntryLine.neighbour(text, from, 1), -1));
    }

    /** Does the line at {@code from} open with one Latin word, a space and Chinese? ({@code wordEnd} -1: find it.) */
    private static boolean entryOfList(String text, int from, int wordEnd) {
        if (from < 0) {
            return false;
        }
        int e = wordEnd;
        if (e < 0) {
            e = from;
            while (e < text.length() && Chars.isLatinLetter(text.charAt(e))) {
                e++;
            }
        }
        return e > from && e + 1 < text.length() && text.charAt(e) == ' ' && Chars.isHan(text.charAt(e + 1));
    }

    /** The word is the second of its line, whose first opens three or more lines, and the line goes on in Chinese. */
    private static boolean entryHead(SeamContext ctx, int lineStart, int start) {
        String text = ctx.text;
        int i = lineStart;
        while (i < start && Chars.isLatinLetter(text.charAt(i))) {
            i++;
        }
        if (i == lineStart || i >= start || text.charAt(i) != ' ') {
            return false; // the word itself opens the line, or the line opens with no word
        }
        while (i < start && text.charAt(i) == ' ') {
            i++;
        }
        if (i != start || !chineseLaterOnLine(text, start)) {
            return false; // the subcommand follows its command, and Chinese describes the entry (English prose opens lines with The)
        }
        return ctx.lineOpeners().getOrDefault(text.substring(lineStart, text.indexOf(' ', lineStart)), 0) >= MIN_ENTRY_LINES;
    }

    private static boolean chineseLaterOnLine(String text, int from) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (Chars.isHan(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Counts, for every word that opens a line followed by a space, the lines it opens (built once per document). */
    static Map<String, Integer> lineOpeners(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            int i = at;
            while (i < text.length() && Chars.isLatinLetter(text.charAt(i))) {
                i++;
            }
            if (i > at && i < text.length() && text.charAt(i) == ' ') {
                counts.merge(text.substring(at, i), 1, Integer::sum);
            }
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return counts;
    }

    /** The word before is a keyword in capitals, and the line holds {@link #MIN_KEYWORDS} or more of them. */
    private static boolean afterKeyword(String text, int from, int to, int start) {
        int e = start;
        while (e > from && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == start || !capitalsWord(text, wordStart(text, from, e), e)) {
            return false;
        }
        int keywords = 0;
        for (int i = from; i < to && keywords < MIN_KEYWORDS; ) {
            if (!Chars.isLatinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && (Chars.isLatinLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            if (capitalsWord(text, i, j)) {
                keywords++;
            }
            i = j;
        }
        return keywords >= MIN_KEYWORDS;
    }

    private static int wordStart(String text, int from, int end) {
        int s = end;
        while (s > from && Chars.isLatinLetter(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Two or more ASCII capitals and nothing else ({@code DROP}, {@code AS}). */
    private static boolean capitalsWord(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Words of letters joined by an underscore on the line ({@code ll_angle}, {@code question_arrow}). */
    private static int snakeWords(String text, int from, int to) {
        int n = 0;
        for (int i = from + 1; i + 1 < to; i++) {
            if (text.charAt(i) == '_' && Chars.isLatinLetter(text.charAt(i - 1)) && Chars.isLatinLetter(text.charAt(i + 1))) {
                n++;
                while (i + 1 < to && text.charAt(i + 1) != ' ') {
                    i++; // one count a word, however many underscores it has
                }
            }
        }
        return n;
    }

    /** Keywords of Java and its kin after which a program names what it declares or builds. */
    private static final java.util.Set<String> DECLARING = java.util.Set.of("class", "interface", "@interface", "enum",
            "record", "new", "extends", "implements", "throws");

    /**
     * Is the word at {@code start} the name a declaration gives ({@code public @interface ManyMany},
     * {@code class FooFoo extends}, {@code 主动new NutDao})? An identifier is spelled as the program spells it.
     */
    static boolean declaredName(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == start) {
            return false;
        }
        int s = e;
        while (s > 0 && (Chars.isAsciiLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '@')) {
            s--;
        }
        return DECLARING.contains(text.substring(s, e));
    }

    /**
     * Is the word at {@code [start, end)} a declaring keyword followed by a class name in camel case
     * ({@code 不应该主动new NutDao}, {@code 继承extends BaseMapper})? That is code, not an English clause: prose
     * says {@code a new Version}, with no capital inside the name.
     */
    static boolean keywordBeforeClassName(String text, int start, int end) {
        if (!DECLARING.contains(text.substring(start, end)) || end + 2 >= text.length() || text.charAt(end) != ' '
                || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        for (int i = end + 2; i < text.length() && Chars.isAsciiLetter(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is the word at {@code [start, end)} one of a list of names joined by bare commas ({@code 如id,name,code...}),
     * the length and type letters of a format conversion ({@code 0x%08lx}, {@code %lu}), or a version series' {@code x}
     * ({@code 3.x})? Prose puts a space after
     * its comma, and a cut word is never glued to a {@code %} conversion; both are how programs write.
     */
    static boolean namesOrFormat(String text, int start, int end) {
        boolean commaList = (end + 1 < text.length() && text.charAt(end) == ',' && Chars.isAsciiLetter(text.charAt(end + 1)))
                || (start >= 2 && text.charAt(start - 1) == ',' && Chars.isAsciiLetter(text.charAt(start - 2)));
        int p = start;
        while (p > 0 && (Character.isDigit(text.charAt(p - 1)) || "-+#.".indexOf(text.charAt(p - 1)) >= 0)) {
            p--;
        }
        return commaList || (p > 0 && text.charAt(p - 1) == '%') || versionWildcard(text, start, end);
    }

    /**
     * Is the word the {@code x} of a version series ({@code Python3.x版}, {@code 2.x系列}): a digit and a dot before
     * it? A version is never a cut word.
     */
    static boolean versionWildcard(String text, int start, int end) {
        return end - start == 1 && (text.charAt(start) == 'x' || text.charAt(start) == 'X')
                && start >= 2 && text.charAt(start - 1) == '.' && Character.isDigit(text.charAt(start - 2));
    }

    /** Operators of code that English prose never holds between its words ($ and | it does: $500, a headline's | ). */
    private static final java.util.regex.Pattern CODE_OPERATOR = java.util.regex.Pattern.compile("=|::|->|[{}\\\\]|\\w\\*|\\*\\w| \\* ");

    /**
     * Does the Latin stretch around {@code pos} (its line's run without Chinese) hold an operator of code
     * ({@code select * from table where field1=:name1}, {@code namespace eval ::foo}, {@code a -> b -> c})?
     * Then it is code written inside a Chinese sentence, not an English clause.
     */
    static boolean codeStretch(String text, int pos) {
        int from = pos;
        while (from > 0 && stretchChar(text.charAt(from - 1))) {
            from--;
        }
        int to = pos;
        while (to < text.length() && stretchChar(text.charAt(to))) {
            to++;
        }
        return CODE_OPERATOR.matcher(text).region(from, to).find();
    }

    private static boolean stretchChar(char c) {
        return c != '\n' && c < 0x2E80;
    }
}
