package io.mixdoc.code;

import io.mixdoc.CodeRegion;
import io.mixdoc.CodeRegion.Kind;
import io.mixdoc.Deadline;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code in a document, line by line: Markdown fences and inline code, indented blocks that
 * read as code, stack traces, shell prompts and commands (also a command inside a Chinese sentence,
 * {@code 运行 dpkg --get-selections 可以}), HTML script/style blocks and unfenced source lines, and
 * the option part of option tables ({@code -f, --force   描述}: the description stays prose).
 *
 * <p>Offsets are UTF-16 indices into the text, half-open; the regions returned are sorted and do
 * not overlap.
 */
public final class CodeRegionFinder {
    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(`{3,}|~{3,}).*");
    private static final Pattern STACK_FRAME = Pattern.compile("\\s*(?:at [\\w$.<>/\\[\\]-]+\\(.*\\)|\\.\\.\\. \\d+ more"
            + "|Caused by: .*|Exception in thread .*|Traceback \\(most recent call last\\):?|File \".*\", line \\d+.*"
            + "|[\\w$]+(?:\\.[\\w$]+)+(?:Exception|Error)(?::.*)?)\\s*");
    private static final Pattern PROMPT = Pattern.compile("(\\s*(?:[$%#]|>>>|[A-Z]:\\\\[^>]*>|PS [^>]*>)\\s?)[a-z./~_][\\w./+:=-]*(?:\\s.*)?");
    private static final Pattern OPTION_LINE = Pattern.compile(
            "\\s*(--?[A-Za-z0-9?][\\w-]*(?:=\\S+|\\s(?:<[^>]+>|\\[[^\\]]+]|[A-Z][A-Z0-9_]+))?"
            + "(?:,\\s*--?[A-Za-z0-9?][\\w-]*(?:=\\S+|\\s(?:<[^>]+>|\\[[^\\]]+]|[A-Z][A-Z0-9_]+))?)*)(?:\\s{2,}|\\t|$).*");
    /** A declaration of Java, JavaScript, C#... outside a fence (Javadoc pages, API docs): needs code punctuation too. */
    private static final Pattern DECLARATION = Pattern.compile("\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public|private|protected|static|final"
            + "|abstract|default|synchronized|native|transient|volatile|class|interface|enum|record|import|package|def|function"
            + "|func|fn|var|let|const|void|return|throws|extends|implements|int|long|boolean|String|Object)\\s.*[(;{=<].*");
    /** A Javadoc block tag whose next word is a name: {@code @param name}, {@code @throws IOException}. */
    private static final Pattern DOC_TAG = Pattern.compile("\\s*(@(?:param|throws|exception|see)\\s+[^\\s\\p{IsHan}]+).*");
    private static final Pattern BLOCK_OPEN = Pattern.compile("(?i)\\s*<(script|style|pre)\\b[^>]*>.*");
    /** One markup element on its own line, opened and closed there: {@code <greeting>Hello world!</greeting>}. */
    private static final Pattern ELEMENT_LINE = Pattern.compile("\\s*<([A-Za-z][\\w:.-]*)(?:\\s[^<>]*)?>.*</\\1>\\s*");
    /** Programs whose name followed by arguments in a line is a command, not a mention. */
    private static final Set<String> COMMANDS = Set.of("apt", "apt-get", "apt-cache", "aptitude", "dpkg", "sudo", "su",
            "git", "npm", "npx", "yarn", "pnpm", "pip", "pip3", "python", "python3", "node", "java", "javac", "mvn",
            "gradle", "docker", "kubectl", "systemctl", "service", "journalctl", "make", "cmake", "gcc", "cd", "ls", "cp",
            "mv", "rm", "mkdir", "chmod", "chown", "cat", "grep", "curl", "wget", "ssh", "scp", "tar", "unzip", "brew",
            "conda", "cargo", "rustc", "gem", "bundle", "composer", "export", "echo", "source", "mount", "umount",
            "modprobe", "update-alternatives", "dpkg-reconfigure", "locale-gen", "useradd", "usermod", "passwd",
            "ping", "ifconfig", "ip", "iptables", "crontab", "find", "xargs", "sed", "awk", "less", "man", "debuild",
            "dch", "dh_make", "lintian", "pbuilder", "reportbug", "rsync", "nano", "go");

    /** Shell words that follow a semicolon only in code ({@code ; do}, {@code ; then}). */
    private static final Set<String> SHELL_KEYWORDS = Set.of("do", "done", "then", "fi", "else", "elif", "esac");

    /**
     * Longer lines are never matched against the line patterns: Java's regex engine recurses once per
     * repetition of a group and would overflow the stack on a line of thousands of characters, and a
     * line that long is prose or data whose line breaks were lost, not one command or declaration.
     */
    static final int MAX_PATTERN_LINE = 1_000;

    private CodeRegionFinder() {
    }

    public static List<CodeRegion> find(String text, List<Token> tokens) {
        return find(text, tokens, Deadline.none());
    }

    /** As {@link #find(String, List)}, checking {@code deadline} as it goes. */
    public static List<CodeRegion> find(String text, List<Token> tokens, Deadline deadline) {
        List<CodeRegion> out = new ArrayList<>();
        List<int[]> lines = lines(text);
        int fenceAt = -1;
        String fence = null;
        String blockTag = null;
        int blockAt = -1;
        for (int li = 0; li < lines.size(); li++) {
            deadline.checkEvery(li);
            int s = lines.get(li)[0];
            int e = lines.get(li)[1];
            if (fence == null && blockTag == null && chineseLine(text, s, e)) {
                continue; // no rule below reads such a line as code: no copy of it (most lines of a Chinese text)
            }
            String line = text.substring(s, e);
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    out.add(new CodeRegion(fenceAt, e, Kind.FENCED));
                    fence = null;
                }
                continue;
            }
            char first = firstNonSpace(line);
            Matcher f = first == '`' || first == '~' ? FENCE.matcher(line) : null;
            if (f != null && f.matches()) {
                fence = f.group(1);
                fenceAt = s;
                continue;
            }
            if (blockTag != null) {
                if (line.toLowerCase(Locale.ROOT).contains("</" + blockTag)) {
                    out.add(new CodeRegion(blockAt, e, Kind.MARKUP));
                    blockTag = null;
                }
                continue;
            }
            Matcher b = first == '<' ? BLOCK_OPEN.matcher(line) : null;
            if (b != null && b.matches() && !line.toLowerCase(Locale.ROOT).contains("</" + b.group(1).toLowerCase(Locale.ROOT))) {
                blockTag = b.group(1).toLowerCase(Locale.ROOT);
                blockAt = s;
                continue;
            }
            if (isIndented(line) && (li == 0 || blank(text, lines.get(li - 1)) || lastEndsAt(out, lines.get(li - 1)[1]))) {
                int last = indentedBlockEnd(text, lines, li);
                if (blockReadsAsCode(text, lines, li, last)) {
                    out.add(new CodeRegion(s + leading(line), lines.get(last)[1], Kind.INDENTED));
                    li = last;
                    continue;
                }
            }
            lineRegion(text, s, e, line, first, out);
        }
        if (fence != null) {
            out.add(new CodeRegion(fenceAt, text.length(), Kind.FENCED)); // an unclosed fence runs to the end, as in CommonMark
        }
        if (blockTag != null) {
            out.add(new CodeRegion(blockAt, text.length(), Kind.MARKUP));
        }
        inline(text, out, deadline);
        commands(text, tokens, out, deadline);
        return merge(out);
    }

    /**
     * Code recognised from one line on its own. {@code first} is the line's first character after ASCII
     * white space ({@link #firstNonSpace}): each pattern is tried only on lines it can match, since each
     * starts with {@code \s*} and then a known character (most lines are prose, and a matcher per
     * pattern per line was most of this stage's cost).
     */
    /**
     * Is {@code [s, e)} a line that holds Chinese, is not indented and whose first character past ASCII spaces is not
     * ASCII, or is an ASCII one that no rule reading a Chinese line starts with ({@link #inertAsciiLead})? It opens no fence or markup block, starts no indented block, and {@link #lineRegion} finds nothing in
     * it: a stack frame needs an ASCII first character, a doc tag an {@code @}, an option a {@code -}, a prompt an
     * ASCII one, and the other line rules a line without Chinese. Read in place, as {@link #firstNonSpace},
     * {@link #isIndented} and {@link #hasHan} read the line's copy.
     */
    static boolean chineseLine(String text, int s, int e) {
        if (e > s && text.charAt(s) == '\t' || e - s >= 4 && text.startsWith("    ", s)) {
            return false;
        }
        int k = s;
        while (k < e && isAsciiSpace(text.charAt(k))) {
            k++;
        }
        if (k == e || text.charAt(k) < 0x80 && !inertAsciiLead(text, k)) {
            return false;
        }
        for (; k < e; k++) {
            if (Chars.isHan(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does the printable ASCII character at {@code k}, a Chinese line's first past ASCII spaces, open no rule that
     * reads a line holding Chinese? Those are a fence ({@code `} {@code ~}), a markup block ({@code <}), a doc tag
     * ({@code @}), an option ({@code -}) and a stack frame, which in such a line must start with {@code at }.
     */
    private static boolean inertAsciiLead(String text, int k) {
        char c = text.charAt(k);
        return c > ' ' && c < 0x7F && "`~<@-".indexOf(c) < 0 && !text.startsWith("at ", k);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The code region {@code line} (the text's {@code [s, e)}) is, if any, added to {@code out}. */
    static void lineRegion(String text, int s, int e, String line, char first, List<CodeRegion> out) {
        if (line.length() > MAX_PATTERN_LINE) {
            return;
        }
        boolean han = hasHan(line);
        int lead = leading(line);
        boolean asciiWord = first < 0x80 && (Character.isLetterOrDigit(first) || first == '_' || first == '$' || first == '.');
        if (asciiWord && STACK_FRAME.matcher(line).matches() && (!han || line.strip().startsWith("at "))) {
            out.add(new CodeRegion(s + lead, e, Kind.STACK_TRACE));
            return;
        }
        Matcher d = first == '@' ? DOC_TAG.matcher(line) : null;
        if (d != null && d.matches()) {
            out.add(new CodeRegion(s + d.start(1), s + d.end(1), Kind.SOURCE));
            return;
        }
        if (!han && (first == '@' || first < 0x80 && Character.isLetter(first)) && DECLARATION.matcher(line).matches()) {
            out.add(new CodeRegion(s + lead, trimEnd(text, s, e), Kind.SOURCE));
            return;
        }
        Matcher p = first == '$' || first == '%' || first == '#' || first == '>' || first >= 'A' && first <= 'Z'
                ? PROMPT.matcher(line) : null;
        if (p != null && p.matches() && !han && !markdownHeading(line, p.group(1))) {
            out.add(new CodeRegion(s + lead, trimEnd(text, s, e), Kind.SHELL));
            return;
        }
        Matcher o = first == '-' && !line.stripLeading().startsWith("- ") ? OPTION_LINE.matcher(line) : null;
        if (o != null && o.matches()) {
            out.add(new CodeRegion(s + o.start(1), s + o.end(1), Kind.OPTION));
            return;
        }
        if (!han && startsWithCommand(line) && !proseLine(line)) {
            out.add(new CodeRegion(s + lead, trimEnd(text, s, e), Kind.SHELL));
            return;
        }
        if (!han && sourceLine(line)) {
            out.add(new CodeRegion(s + lead, trimEnd(text, s, e), Kind.SOURCE));
            return;
        }
        if (!han && first == '<' && ELEMENT_LINE.matcher(line).matches()) {
            // a manual's sample of XML or HTML: what the element holds is the sample's text, written as the
            // sample needs it (a snippet's <greetings>Hello wonderfulamazing world!</greetings>), never prose to mend
            out.add(new CodeRegion(s + lead, trimEnd(text, s, e), Kind.MARKUP));
        }
    }

    /** {@code # apt-get install x} is a root prompt; {@code # Install} is a Markdown heading. */
    private static boolean markdownHeading(String line, String prompt) {
        if (!prompt.strip().equals("#")) {
            return false;
        }
        String rest = line.substring(prompt.length()).strip();
        String first = rest.split("\\s+")[0];
        return !(COMMANDS.contains(first) || first.startsWith("/") || first.startsWith("./") || first.contains("-")
                && !rest.contains(" ") || rest.contains(" -") || rest.contains("/"));
    }

    private static boolean startsWithCommand(String line) {
        String t = line.strip();
        int sp = t.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        return COMMANDS.contains(t.substring(0, sp)) && (t.contains(" -") || t.contains("/") || t.split("\\s+").length <= 5);
    }

    /** An English sentence that happens to start with a command name ("make sure the ..."): ends with a full stop, has many words. */
    private static boolean proseLine(String line) {
        String t = line.strip();
        return (t.endsWith(".") && !t.endsWith("..")) || t.split("\\s+").length > 8 && !t.contains(" -");
    }

    /** JS/CSS/C-like source outside a fence: ends in a brace or semicolon, or is a line comment, with code punctuation. */
    private static boolean sourceLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.startsWith("//") || t.startsWith("/*") || t.equals("}") || t.equals("};") || t.equals("{")) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (last != ';' && last != '{' && last != '}') {
            return false;
        }
        return codePunctuationShare(t) >= 0.06;
    }

    private static double codePunctuationShare(String t) {
        int code = 0;
        int all = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ') {
                continue;
            }
            all++;
            if ("{}();=<>[]$|&_:\\".indexOf(c) >= 0) {
                code++;
            }
        }
        return all == 0 ? 0 : (double) code / all;
    }

    /** Inline code between backticks, on one line, outside regions found already. */
    private static void inline(String text, List<CodeRegion> out, Deadline deadline) {
        List<CodeRegion> found = new ArrayList<>();
        RegionIndex known = new RegionIndex(out);
        int i = 0;
        int n = text.length();
        int lineEnd = -1;
        for (int steps = 0; i < n; steps++) {
            deadline.checkEvery(steps);
            int open = text.indexOf('`', i);
            if (open < 0) {
                break;
            }
            int run = open;
            while (run < n && text.charAt(run) == '`') {
                run++;
            }
            if (lineEnd < run) {
                int nl = text.indexOf('\n', run);
                lineEnd = nl < 0 ? n : nl; // found once per line, not once per backtick
            }
            int close = closingTicks(text, run - open, run, lineEnd);
            if (close < 0 || close == run || known.covers(open)) {
                i = run;
                continue;
            }
            found.add(new CodeRegion(open, close + run - open, Kind.INLINE));
            i = close + run - open;
        }
        out.addAll(found);
    }

    /** The first run of {@code ticks} backticks (the start of a longer run counts, as before) in {@code [from, lineEnd)}, or -1. */
    private static int closingTicks(String text, int ticks, int from, int lineEnd) {
        int matched = 0;
        for (int k = from; k < lineEnd; k++) {
            matched = text.charAt(k) == '`' ? matched + 1 : 0;
            if (matched == ticks) {
                return k - ticks + 1;
            }
        }
        return -1;
    }

    /**
     * A command inside a sentence: a stretch of Latin text between Chinese (or the line's edges)
     * that starts with a known program and carries arguments ({@code 使用systemctl start sshd启动}),
     * or starts with a lower-case word and carries an option ({@code dpkg --get-selections}).
     */
    private static void commands(String text, List<Token> tokens, List<CodeRegion> out, Deadline deadline) {
        List<CodeRegion> found = new ArrayList<>();
        RegionIndex known = new RegionIndex(out);
        int k = 0;
        while (k < tokens.size()) {
            deadline.checkEvery(k);
            Token t = tokens.get(k);
            if (!latinish(text, t) || t.kind() == TokenKind.PUNCT || known.covers(t.start())) {
                k++;
                continue;
            }
            int j = k;
            while (j + 1 < tokens.size() && latinish(text, tokens.get(j + 1)) && sameLine(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
                j++;
            }
            // Trailing sentence punctuation is not part of the command.
            int last = j;
            while (last > k && tokens.get(last).kind() == TokenKind.PUNCT) {
                last--;
            }
            if (last > k && isCommand(text, tokens, k, last)) {
                found.add(new CodeRegion(t.start(), tokens.get(last).end(), Kind.SHELL));
            }
            k = j + 1;
        }
        out.addAll(found);
    }

    private static boolean isCommand(String text, List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        String name = text.substring(first.start(), first.end());
        boolean chineseAround = chineseBefore(text, first.start()) || chineseAfter(text, tokens.get(to).end());
        if (!chineseAround) {
            return false; // in English prose "git" and "make" are often just words
        }
        if (first.kind() == TokenKind.WORD && tokens.get(from + 1).kind() == TokenKind.PUNCT
                && text.charAt(tokens.get(from + 1).start()) == '-' && from + 2 <= to
                && tokens.get(from + 2).start() == tokens.get(from + 1).end()) {
            // apt-get, dpkg-reconfigure: a hyphenated program name
            name = text.substring(first.start(), tokens.get(from + 2).end());
            if (COMMANDS.contains(name)) {
                return to > from + 2;
            }
        }
        if (COMMANDS.contains(name) && first.kind() == TokenKind.WORD) {
            return true;
        }
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == TokenKind.PUNCT && text.charAt(t.start()) == '=') {
                return true; // arch = all, LANG=C: an assignment
            }
            if (t.kind() == TokenKind.PUNCT && text.charAt(t.start()) == ';' && k + 1 <= to
                    && SHELL_KEYWORDS.contains(text.substring(tokens.get(k + 1).start(), tokens.get(k + 1).end()))) {
                return true; // for x in a b ; do command ; done: shell syntax
            }
        }
        if (first.kind() != TokenKind.WORD || !Character.isLowerCase(text.charAt(first.start()))) {
            return false;
        }
        for (int k = from + 1; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == TokenKind.IDENTIFIER && text.charAt(t.start()) == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean latinish(String text, Token t) {
        return switch (t.kind()) {
            case WORD, NUMBER, IDENTIFIER, URL, EMAIL, PATH, VERSION, HANDLE -> true;
            case PUNCT -> !Chars.isCjkPunct(text.codePointAt(t.start()));
            default -> false;
        };
    }

    private static boolean sameLine(String text, int a, int b) {
        for (int k = a; k < b; k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean chineseBefore(String text, int pos) {
        int k = pos;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k > 0 && (Chars.isHan(text.codePointBefore(k)) || Chars.isCjkPunct(text.codePointBefore(k)));
    }

    private static boolean chineseAfter(String text, int pos) {
        int k = pos;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && (Chars.isHan(text.codePointAt(k)) || Chars.isCjkPunct(text.codePointAt(k)));
    }

    static boolean isIndented(String line) {
        return (line.startsWith("    ") || line.startsWith("\t")) && !line.isBlank();
    }

    private static int indentedBlockEnd(String text, List<int[]> lines, int from) {
        int last = from;
        for (int k = from + 1; k < lines.size(); k++) {
            String l = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (isIndented(l)) {
                last = k;
            } else if (!l.isBlank()) {
                break;
            }
        }
        return last;
    }

    /** An indented block is code when it has no Chinese and at least half its lines read as code. */
    private static boolean blockReadsAsCode(String text, List<int[]> lines, int from, int to) {
        int code = 0;
        int all = 0;
        for (int k = from; k <= to; k++) {
            String l = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (l.isBlank()) {
                continue;
            }
            all++;
            if (l.length() > MAX_PATTERN_LINE) {
                if (hasHan(l)) {
                    return false;
                }
                continue; // counted, never code
            }
            if (hasHan(l) && !STACK_FRAME.matcher(l).matches()) {
                return false;
            }
            String t = l.strip();
            if (STACK_FRAME.matcher(l).matches() || PROMPT.matcher(t).matches() || startsWithCommand(t) || sourceLine(t)
                    || codePunctuationShare(t) >= 0.08 || t.endsWith(")") || t.endsWith(",") && codePunctuationShare(t) > 0.03) {
                code++;
            }
        }
        return all > 0 && code * 2 >= all;
    }

    private static boolean blank(String text, int[] line) {
        return text.substring(line[0], line[1]).isBlank();
    }

    private static boolean lastEndsAt(List<CodeRegion> out, int end) {
        return !out.isEmpty() && out.get(out.size() - 1).end() == end;
    }

    /** Answers "is this offset inside one of these regions?" in logarithmic time (regions may overlap). */
    private static final class RegionIndex {
        private final int[] starts;
        /** The furthest end among the regions sorted up to each index. */
        private final int[] reach;

        RegionIndex(List<CodeRegion> regions) {
            List<CodeRegion> sorted = new ArrayList<>(regions);
            sorted.sort(Comparator.comparingInt(CodeRegion::start));
            starts = new int[sorted.size()];
            reach = new int[sorted.size()];
            int far = Integer.MIN_VALUE;
            for (int k = 0; k < sorted.size(); k++) {
                starts[k] = sorted.get(k).start();
                far = Math.max(far, sorted.get(k).end());
                reach[k] = far;
            }
        }

        boolean covers(int pos) {
            int k = java.util.Arrays.binarySearch(starts, pos);
            int last = k >= 0 ? lastEqual(k) : -k - 2; // the last region starting at or before pos
            return last >= 0 && pos < reach[last];
        }

        private int lastEqual(int k) {
            while (k + 1 < starts.length && starts[k + 1] == starts[k]) {
                k++;
            }
            return k;
        }
    }

    /**
     * The first character of {@code line} that is not ASCII white space (what the patterns' {@code \s}
     * means), or {@code '\0'} when there is none.
     */
    static char firstNonSpace(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!isAsciiSpace(c)) {
                return c;
            }
        }
        return '\0';
    }

    private static int leading(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean hasHan(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (Chars.isHan(line.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** [start, end) of every line, without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        int n = text.length();
        for (int k = 0; k <= n; k++) {
            if (k == n || text.charAt(k) == '\n') {
                int e = k > s && text.charAt(k - 1) == '\r' ? k - 1 : k;
                out.add(new int[] {s, e});
                s = k + 1;
            }
        }
        return out;
    }

    /** Sorted, with overlapping regions joined (the first one's kind is kept). */
    private static List<CodeRegion> merge(List<CodeRegion> regions) {
        List<CodeRegion> sorted = new ArrayList<>();
        for (CodeRegion r : regions) {
            if (r.end() > r.start()) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparingInt(CodeRegion::start).thenComparingInt(CodeRegion::end));
        List<CodeRegion> out = new ArrayList<>();
        for (CodeRegion r : sorted) {
            CodeRegion last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.start() < last.end()) {
                out.set(out.size() - 1, new CodeRegion(last.start(), Math.max(last.end(), r.end()), last.kind()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
