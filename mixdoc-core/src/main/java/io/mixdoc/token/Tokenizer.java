package io.mixdoc.token;

import io.mixdoc.Script;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.text.Chars;
import io.mixdoc.text.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one tokenizer of mixdoc. Every stage that needs words reads its {@code token} layer; none
 * tokenises the text again.
 *
 * <p>How: Chinese characters form {@link TokenKind#HAN} runs, CJK punctuation one
 * {@link TokenKind#PUNCT} each. Everything else between whitespace is a <em>chunk</em>
 * ({@code config.yaml}, {@code https://…}, {@code doc.getText()}, {@code end.The}); opening and closing
 * punctuation is peeled off, and the core is recognised as a whole (URL, e-mail, handle, path,
 * version, number, identifier) or else split into words, numbers and punctuation. Hand-written rather
 * than ICU's {@code BreakIterator}: UAX #29 word breaks split URLs, paths, handles and options apart,
 * which are exactly the tokens that must stay whole here, and the core keeps no ICU dependency.
 *
 * <p>Offsets are UTF-16 indices into the text, half-open; tokens never overlap and never contain
 * whitespace, except a markup tag with attributes.
 */
public final class Tokenizer {
    private static final Pattern URL = Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|www\\.|mailto:)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)?");
    private static final Pattern VERSION = Pattern.compile(
            "[vV]\\d+(?:\\.\\d+)*(?:[-+.~][0-9A-Za-z]+)*|\\d+(?:\\.\\d+){2,}(?:[-+~][0-9A-Za-z.]+)*|\\d+\\.\\d+[-+~][0-9A-Za-z.]+");
    /** A number with a percent sign, an ordinal ending or a unit of measure or storage ({@code 4th}, {@code 10px}, {@code 8GB}). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,:]\\d+)*(?:%|st|nd|rd|th|px|em|rem|pt|ms|ns"
            + "|[kKMGT]i?[bB]|[kKMG]?[hH]z|km|kg|cm|mm|mg|ml|[smhdDkKMBpxgG])?");
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?:~|\\.{1,2})?/[^\\s]*[A-Za-z0-9_][^\\s]*|[A-Za-z]:\\\\\\S*|~");
    private static final Pattern DOTFILE = Pattern.compile("\\.[A-Za-z][\\w.-]*");
    /** A shared library with its version after the extension: {@code libc.so.6}, {@code xxxxxx.so.1.2}. */
    private static final Pattern SHARED_LIBRARY = Pattern.compile("[\\w+-]+(?:\\.[\\w+-]+)*\\.so(?:\\.\\d+)+");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.+-]*[\\w-]\\.([A-Za-z0-9]{1,10})");
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][\\w-]*(?:=\\S*)?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?|%\\w+%");
    private static final Pattern CALL = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\(.*\\)");
    /** A name right before an opening bracket: {@code processSelect(Select}, {@code feat(xgplayer}. */
    private static final Pattern OPEN_CALL = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\(\\S*");
    /** Package and program names of three parts or more: {@code libpam-gnome-keyring}, {@code network-manager-openvpn}. */
    static final Pattern HYPHENATED = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}");
    /** English hyphen compounds carry these ({@code state-of-the-art}, {@code end-to-end}); package names do not. */
    private static final Set<String> COMPOUND_GLUE = Set.of("of", "the", "to", "in", "and", "a", "on", "for", "by", "at", "or");
    /** Hex literals and escapes, alone or in a range or run: {@code 0x800-0x8ff}, {@code \\xe0\\xe1\\xa0}. */
    private static final Pattern HEX = Pattern.compile("(?:0[xX]|\\\\[xXu])[0-9A-Fa-f]+(?:[-:~]?(?:0[xX]|\\\\[xXu])[0-9A-Fa-f]+)*");
    /** A package name and what colons join to it, as a build file writes them: {@code org.bouncycastle:bcprov-jdk15to18}. */
    private static final Pattern COORDINATE = Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)+(?::[\\w.-]+)+");
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+");
    /** {@code ext4}, {@code fcitx5}, {@code utf8}, {@code x86}, {@code IPv6}, {@code k8s}: with a lower-case letter (so not {@code G20}, {@code SS1}). */
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(?=[^a-z]*[a-z])[A-Za-z]{1,6}\\d{1,3}[A-Za-z0-9]*");
    /** A range of numbered names, as manuals write register and line ranges: {@code r32..r63}, {@code x0..x7}. */
    private static final Pattern NAME_RANGE = Pattern.compile("[A-Za-z]{1,6}\\d{1,4}\\.\\.[A-Za-z]{0,6}\\d{1,4}");
    static final Pattern HYPHEN_DIGITS = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\\d+(?:-[a-z0-9]+)*|[a-z]+(?:-[a-z0-9]+)*-[a-z]*\\d[a-z0-9]*");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>\\n]*)?/?>|<![A-Za-z][^<>\\n]*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]{2,8}|#\\d{1,6}|#x[0-9A-Fa-f]{1,6});");
    private static final int MAX_TAG = 400;
    /** Longer chunk cores are addresses or text whose spaces were lost, never one identifier, path or version. */
    static final int MAX_PATTERN_CHUNK = 256;

    /** File extensions that make {@code name.ext} a file name (words such as "list" or "key" are left out on purpose). */
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "rst", "html", "htm", "xhtml", "xml",
            "json", "jsonl", "yaml", "yml", "toml", "ini", "cfg", "conf", "properties", "java", "class", "jar", "war",
            "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "py", "pyc", "ipynb", "rb", "go", "rs", "c", "h", "cc",
            "cpp", "hpp", "cxx", "cs", "php", "pl", "sh", "bash", "zsh", "bat", "cmd", "ps1", "css", "scss", "sass",
            "less", "sql", "csv", "tsv", "log", "lock", "gz", "tgz", "zip", "tar", "bz2", "xz", "7z", "deb", "rpm",
            "apk", "dmg", "exe", "dll", "so", "dylib", "iso", "img", "png", "jpg", "jpeg", "gif", "svg", "webp",
            "ico", "bmp", "pdf", "docx", "xls", "xlsx", "ppt", "pptx", "mp3", "mp4", "wav", "avi", "mkv", "mov",
            "woff", "woff2", "ttf", "otf", "kt", "kts", "gradle", "swift", "lua", "dart", "scala", "clj", "ex", "exs",
            "erl", "hs", "ml", "vim", "el", "tex", "bib", "pem", "crt", "pom", "sgml", "dtd", "xsl", "xslt", "po",
            "pot", "mo", "diff", "patch", "in", "am", "ac", "mk", "cmake", "dockerfile", "bak", "tmp", "swp", "d.ts");
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ";
    private static final String TONELESS = "aaaaeeeeiiiioooouuuuüüüüaaaaeeeeiiiioooouuuu";

    private Tokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokenize(String text) {
        return tokenize(text, io.mixdoc.Deadline.none());
    }

    /** As {@link #tokenize(String)}, checking {@code deadline} as it goes (a long text must stop when told). */
    public static List<Token> tokenize(String text, io.mixdoc.Deadline deadline) {
        List<Token> out = new ArrayList<>(text.length() / 3 + 4);
        int n = text.length();
        int i = 0;
        int steps = 0;
        int markup;
        while (i < n) {
            deadline.checkEvery(steps++);
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isSpace(cp)) {
                i = next;
            } else if (Chars.isHan(cp)) {
                int e = next;
                while (e < n && Chars.isHan(text.codePointAt(e))) {
                    e += Character.charCount(text.codePointAt(e));
                }
                out.add(new Token(i, e, TokenKind.HAN));
                i = e;
            } else if (Chars.isCjkPunct(cp)) {
                out.add(new Token(i, next, TokenKind.PUNCT));
                i = next;
            } else if (isOtherScriptLetter(cp)) {
                Script s = Chars.script(cp);
                int e = next;
                while (e < n && Chars.script(text.codePointAt(e)) == s) {
                    e += Character.charCount(text.codePointAt(e));
                }
                out.add(new Token(i, e, TokenKind.OTHER));
                i = e;
            } else if ((cp == '<' || cp == '&') && (markup = markupEnd(text, i)) > i) {
                out.add(new Token(i, markup, TokenKind.MARKUP));
                i = markup;
            } else {
                int e = next;
                while (e < n) {
                    int c = text.codePointAt(e);
                    if (!isChunkChar(c) || (c == '<' || c == '&') && markupEnd(text, e) > e) {
                        break;
                    }
                    e += Character.charCount(c);
                }
                chunk(text, i, e, out);
                i = e;
            }
        }
        return out;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    /** Letters of scripts written without Latin-style words between spaces here (kana, Hangul, Thai...). */
    private static boolean isOtherScriptLetter(int cp) {
        if (cp < 0x80) {
            return false;
        }
        Script s = Chars.script(cp);
        return s == Script.KANA || s == Script.HANGUL || s == Script.THAI || s == Script.OTHER;
    }

    private static boolean isChunkChar(int cp) {
        return !isSpace(cp) && !Chars.isHan(cp) && !Chars.isCjkPunct(cp) && !isOtherScriptLetter(cp);
    }

    private static int markupEnd(String text, int i) {
        int limit = Math.min(text.length(), i + MAX_TAG);
        var m = (text.charAt(i) == '<' ? TAG : ENTITY).matcher(text).region(i, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * One whitespace-free stretch {@code [s, e)} without Chinese: peel punctuation, then recognise or split the core.
     * A Markdown link {@code [text](url)} inside it is cut into the link text and the address. Linear in the
     * chunk's length whatever it holds (a chunk can be megabytes of text with its spaces lost).
     */
    private static void chunk(String text, int s, int e, List<Token> out) {
        // Without brackets the balances stay zero: count and isCloser only write on a bracket.
        boolean brackets = hasBracket(text, s, e);
        int[] balance = brackets ? bracketBalance(text, s, e) : NO_BRACKETS;
        while (true) {
            while (s < e && isOpener(text.charAt(s))) {
                out.add(new Token(s, s + 1, TokenKind.PUNCT));
                count(balance, text.charAt(s), -1);
                s++;
            }
            int coreEnd = e;
            int[] trailing = brackets ? balance.clone() : NO_BRACKETS;
            while (coreEnd > s && isCloser(text.charAt(coreEnd - 1), trailing)) {
                coreEnd--;
            }
            int link = linkAt(text, s, coreEnd, e);
            if (link < 0) {
                core(text, s, coreEnd, out);
                for (int k = coreEnd; k < e; k++) {
                    out.add(new Token(k, k + 1, TokenKind.PUNCT));
                }
                return;
            }
            // [text](url): the link text and the address are two tokens; the link text holds no other link.
            chunk(text, s, link + 1, out);
            for (int k = s; k <= link; k++) {
                count(balance, text.charAt(k), -1);
            }
            s = link + 1;
            int close = addressEnd(text, link + 2, e);
            if (close > link + 2) {
                // the address is one token, whatever it holds: #%E5%89%8D, #31-usage, ../doc/api.md
                out.add(new Token(link + 1, link + 2, TokenKind.PUNCT));
                out.add(new Token(link + 2, close, TokenKind.URL));
                for (int k = link + 1; k < close; k++) {
                    count(balance, text.charAt(k), -1);
                }
                s = close;
            }
        }
    }

    /** Where a link address starting at {@code from} ends: its closing bracket, within the chunk; or -1. */
    private static int addressEnd(String text, int from, int e) {
        for (int k = from; k < e; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k;
            }
            if (c == '(' || c == '[' || c == ']') {
                return -1;
            }
        }
        return -1;
    }

    /** The first {@code ](} starting in {@code [s, coreEnd)} whose bracket is inside the chunk, or -1. */
    private static int linkAt(String text, int s, int coreEnd, int e) {
        for (int k = s; k < coreEnd && k + 1 < e; k++) {
            if (text.charAt(k) == ']' && text.charAt(k + 1) == '(') {
                return k;
            }
        }
        return -1;
    }

    private static void core(String text, int s, int coreEnd, List<Token> out) {
        if (coreEnd > s) {
            // Most cores are plain words or marks: judged in place, without a copy, as wholeKind would
            // (no address is all letters or without letters and digits, so its length check does not matter).
            int classes = charClasses(text, s, coreEnd);
            TokenKind whole;
            if ((classes & (DIGIT | OTHER)) == 0) {
                whole = isCamelIdentifier(text, s, coreEnd) ? TokenKind.IDENTIFIER : null;
            } else if ((classes & (LETTER | DIGIT)) == 0) {
                whole = null;
            } else if (classes == DIGIT && asciiDigits(text, s, coreEnd)) {
                // 2024, 42: wholeKind reads NUMBER (no VERSION without a dot), and a core too long for the patterns
                // splits into the same one NUMBER run; so no copy and no matcher
                whole = TokenKind.NUMBER;
            } else {
                whole = wholeKind(text.substring(s, coreEnd));
            }
            if (whole != null) {
                out.add(new Token(s, coreEnd, whole));
            } else {
                split(text, s, coreEnd, out);
            }
        }
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '*'
                || c == '`' || c == '«' || c == '¿' || c == '¡';
    }

    /** The balances of a chunk without brackets; never written (see {@link #chunk}). */
    private static final int[] NO_BRACKETS = new int[3];

    private static boolean hasBracket(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            switch (text.charAt(k)) {
                case '(', ')', '[', ']', '{', '}' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Opening minus closing brackets of each pair ( ), [ ], { } in {@code [s, e)}. */
    private static int[] bracketBalance(String text, int s, int e) {
        int[] balance = new int[3];
        for (int k = s; k < e; k++) {
            count(balance, text.charAt(k), 1);
        }
        return balance;
    }

    private static void count(int[] balance, char c, int sign) {
        switch (c) {
            case '(' -> balance[0] += sign;
            case ')' -> balance[0] -= sign;
            case '[' -> balance[1] += sign;
            case ']' -> balance[1] -= sign;
            case '{' -> balance[2] += sign;
            case '}' -> balance[2] -= sign;
            default -> {
            }
        }
    }

    /**
     * Is {@code c}, the last character of the core so far, trailing punctuation? A closing bracket only when
     * the core has more closing than opening ones of its kind; {@code balance} is the core's and is updated
     * when a bracket is peeled.
     */
    private static boolean isCloser(char c, int[] balance) {
        switch (c) {
            case '.', ',', ';', ':', '!', '?', '"', '\'', '”', '’', '*', '`', '»', '…' -> {
                return true;
            }
            case ')', ']', '}' -> {
                int pair = c == ')' ? 0 : c == ']' ? 1 : 2;
                if (balance[pair] < 0) {
                    balance[pair]++;
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The kind of a chunk core recognised whole, or null when it is to be split into words. */
    static TokenKind wholeKind(String core) {
        if (core.length() > MAX_PATTERN_CHUNK) {
            // Java's regex engine recurses once per repetition of a group: the patterns below would overflow
            // the stack on a chunk of thousands of characters. Addresses can be long; nothing else here is.
            return URL.matcher(core).matches() ? TokenKind.URL : null;
        }
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (int k = 0; k < core.length(); k++) {
            char c = core.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        if (!other && !digit) {
            return isCamelIdentifier(core) ? TokenKind.IDENTIFIER : null; // plain words: split below (one WORD)
        }
        if (!letter && !digit) {
            return null;
        }
        // Each pattern is tried only when the core holds the character it cannot match without (the first
        // character or one it must contain): the same answers, without a matcher for most cores.
        char first = core.charAt(0);
        boolean dot = core.indexOf('.') >= 0;
        boolean hyphen = core.indexOf('-') >= 0;
        boolean paren = core.indexOf('(') >= 0;
        if (mayBeUrl(core) && URL.matcher(core).matches()) {
            return TokenKind.URL;
        }
        if (core.indexOf('@') >= 0) {
            if (EMAIL.matcher(core).matches()) {
                return TokenKind.EMAIL;
            }
            if (HANDLE.matcher(core).matches()) {
                return TokenKind.HANDLE;
            }
        }
        boolean digitFirst = first >= '0' && first <= '9';
        if ((first == '0' || first == '\\') && HEX.matcher(core).matches()) {
            return TokenKind.IDENTIFIER; // code: no letter of it is a cut word (\xe0\xa0 is no "xa")
        }
        if (core.indexOf('%') >= 0 && FormatDirectives.only(core)) {
            return TokenKind.IDENTIFIER; // %s, %%0A: a message's directives, no word of it English
        }
        if ((digitFirst || first == 'v' || first == 'V') && VERSION.matcher(core).matches()) {
            return TokenKind.VERSION;
        }
        if ((digitFirst || first == '+' || first == '-') && NUMBER.matcher(core).matches()) {
            return TokenKind.NUMBER;
        }
        boolean slash = core.indexOf('/') >= 0;
        if ((slash || core.indexOf('\\') >= 0 || core.equals("~")) && ABSOLUTE_PATH.matcher(core).matches()
                || first == '.' && DOTFILE.matcher(core).matches() || slash && relativePath(core)) {
            return TokenKind.PATH;
        }
        if (dot && core.contains(".so.") && SHARED_LIBRARY.matcher(core).matches()) {
            return TokenKind.PATH;
        }
        if (dot) {
            var file = FILE_NAME.matcher(core);
            if (file.matches() && EXTENSIONS.contains(file.group(1).toLowerCase(Locale.ROOT)) && !abbreviation(core)) {
                return TokenKind.PATH;
            }
        }
        if (twoHyphens(core) && HYPHENATED.matcher(core).matches() && java.util.Arrays.stream(core.split("-")).noneMatch(COMPOUND_GLUE::contains)) {
            return TokenKind.IDENTIFIER;
        }
        if (first == '-' && OPTION.matcher(core).matches() || (first == '$' || first == '%') && VARIABLE.matcher(core).matches()
                || paren && (CALL.matcher(core).matches() || OPEN_CALL.matcher(core).matches())
                || isAsciiLetter(first) && LETTERS_DIGITS.matcher(core).matches() && !yearLike(core)
                || dot && isAsciiLetter(first) && NAME_RANGE.matcher(core).matches()
                || hyphen && asciiDigit(core) && HYPHEN_DIGITS.matcher(core).matches()) {
            return TokenKind.IDENTIFIER;
        }
        if (letter && (core.contains("_") || core.contains("::") || core.contains("->") || core.contains("=")
                || core.contains("#") && core.indexOf('#') > 0)) {
            return TokenKind.IDENTIFIER;
        }
        if (dot && core.indexOf(':') > 0 && COORDINATE.matcher(core).matches() && dottedName(core.substring(0, core.indexOf(':')))) {
            return TokenKind.IDENTIFIER;
        }
        if (dot && DOTTED.matcher(core).matches() && dottedName(core)) {
            return TokenKind.IDENTIFIER;
        }
        if (slash && codeAlternatives(core)) {
            return TokenKind.IDENTIFIER;
        }
        return null;
    }

    /**
     * {@code sm2.doSignature/doVerifySignature}: names of code joined by slashes as alternatives, each one an
     * identifier by itself. {@code and/or} and {@code TCP/IP} are words, and stay words.
     */
    private static boolean codeAlternatives(String core) {
        if (core.startsWith("/") || core.endsWith("/") || core.contains("//")) {
            return false;
        }
        for (String part : core.split("/")) {
            if (wholeKind(part) != TokenKind.IDENTIFIER) {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@link #HYPHENATED} needs: two hyphens. Checked first because most cores with a hyphen are English
     * compounds ({@code well-known}), and the pattern's repeated group costs a matcher and a set per try.
     */
    static boolean twoHyphens(String core) {
        int first = core.indexOf('-');
        return first >= 0 && core.indexOf('-', first + 1) >= 0;
    }

    /** What {@link #HYPHEN_DIGITS} needs: an ASCII digit ({@code \\d}), as both of its branches hold one. */
    static boolean asciiDigit(String core) {
        for (int k = 0; k < core.length(); k++) {
            if (core.charAt(k) >= '0' && core.charAt(k) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** What {@link #URL} needs: a scheme's {@code ://}, {@code www.} or {@code mailto:}. */
    private static boolean mayBeUrl(String core) {
        return core.contains("://") || core.contains("www.") || core.contains("mailto:");
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code src/main/java}, {@code usr/lib/jvm}: two slashes, or one with a file name; not {@code TCP/IP}, {@code and/or}. */
    private static boolean relativePath(String core) {
        int slash = core.indexOf('/');
        if (slash <= 0 || core.contains("//")) {
            return false;
        }
        int slashes = 0;
        for (int k = 0; k < core.length(); k++) {
            char c = core.charAt(k);
            if (c == '/') {
                slashes++;
            } else if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-' && c != '+' && c != '@') {
                return false;
            }
        }
        if (slashes >= 2) {
            return true;
        }
        String last = core.substring(core.lastIndexOf('/') + 1);
        return FILE_NAME.matcher(last).matches(); // debian/foo.install, src/index.js
    }

    /** {@code e.g}, {@code U.S}: one-letter segments. */
    private static boolean abbreviation(String core) {
        for (String seg : core.split("\\.")) {
            if (seg.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Four digits in a row: a year glued to a word ({@code in2019}), no name. Digits spread between letters
     * ({@code v850e1}, {@code v850e2v3}: a processor's model) are one name's, however many they are.
     */
    private static boolean yearLike(String core) {
        int run = 0;
        for (int k = 0; k < core.length(); k++) {
            run = Character.isDigit(core.charAt(k)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code java.lang.String}, {@code doc.getText}, {@code Node.js}: dotted names whose parts are
     * all at least two letters; not a sentence whose space after the full stop was lost ({@code end.The}).
     */
    private static boolean dottedName(String core) {
        String[] parts = core.split("\\.");
        for (String p : parts) {
            if (p.length() < 2) {
                return false;
            }
        }
        if (parts.length == 2) {
            String a = parts[0];
            String b = parts[1];
            boolean sentenceGlue = Character.isLowerCase(a.charAt(a.length() - 1)) && Character.isUpperCase(b.charAt(0))
                    && b.length() > 1 && b.substring(1).chars().allMatch(Character::isLowerCase)
                    && a.chars().allMatch(Character::isLetter);
            return !sentenceGlue;
        }
        return true;
    }

    /** {@code getUserName}, {@code parseHTMLString}: two or more humps. One hump ({@code iPhone}, {@code andCentral}) stays a word. */
    private static boolean isCamelIdentifier(String core) {
        return isCamelIdentifier(core, 0, core.length());
    }

    private static boolean isCamelIdentifier(String text, int s, int e) {
        int humps = 0;
        for (int k = s + 1; k < e; k++) {
            if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
                humps++;
            }
        }
        return humps >= 2 && Character.isLowerCase(text.charAt(s));
    }

    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int OTHER = 4;

    /** Which of letters, digits and other UTF-16 units {@code [s, e)} holds, as {@link #wholeKind} tells them. */
    private static boolean asciiDigits(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int charClasses(String text, int s, int e) {
        int classes = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            classes |= Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
        }
        return classes;
    }

    /** Splits a core that is not one token into runs of letters (words), digits (numbers) and single marks. */
    private static void split(String text, int s, int e, List<Token> out) {
        int k = s;
        while (k < e) {
            int cp = text.codePointAt(k);
            int j = k + Character.charCount(cp);
            if (Character.isLetter(cp)) {
                while (j < e && Character.isLetter(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                out.add(new Token(k, j, isPinyin(text, k, j) ? TokenKind.PINYIN : TokenKind.WORD));
            } else if (Character.isDigit(cp)) {
                while (j < e && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                out.add(new Token(k, j, TokenKind.NUMBER));
            } else {
                out.add(new Token(k, j, TokenKind.PUNCT));
            }
            k = j;
        }
    }

    /** A word with a tone mark that reads as one to four pinyin syllables ({@code nǐ}, {@code Běijīng}). */
    static boolean isPinyin(String text, int s, int e) {
        if (!hasToneMark(text, s, e)) {
            return false; // nearly every word: no copy made
        }
        boolean tone = false;
        StringBuilder plain = new StringBuilder(e - s);
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            int t = TONE_MARKS.indexOf(c);
            if (t >= 0) {
                tone = true;
                plain.append(TONELESS.charAt(t));
            } else if (c < 0x80 || c == 'ü' || c == 'Ü') {
                plain.append(Character.toLowerCase(c));
            } else {
                return false;
            }
        }
        return tone && syllables(plain.toString().replace('ü', 'v'), 0, 0);
    }

    private static boolean hasToneMark(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= 0x80 && TONE_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean syllables(String s, int i, int used) {
        if (i == s.length()) {
            return used >= 1;
        }
        if (used == 4) {
            return false;
        }
        for (int j = Math.min(s.length(), i + 6); j > i; j--) {
            if (Pinyin.isSyllable(s.substring(i, j)) && syllables(s, j, used + 1)) {
                return true;
            }
        }
        return false;
    }
}
