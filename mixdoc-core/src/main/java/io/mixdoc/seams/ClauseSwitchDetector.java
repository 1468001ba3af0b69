package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A clause that runs on in the other language where a whole Latin word touches Chinese ({@link CutSite}):
 * an {@link SeamType#INTRA_SENTENCE_SWITCH} ({@code 建议to invest}, {@code the team will 在下周}). A switch of
 * language is a switch of clause, so the English part must carry grammar (a function word:
 * {@link SeamContext#stretchHasGrammar}); {@code test cases 和} and {@code debian/rules build 运行了} are terms.
 * Where the word is the piece of a cut word instead, it is {@link FragmentDetector}'s, and no switch is claimed.
 * Left alone: clean sentence changes ({@code 。The}) and the document's headline.
 */
public final class ClauseSwitchDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.INTRA_SENTENCE_SWITCH);
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        for (LatinToken t : ctx.tokens) {
            ctx.deadline.check();
            if (!ctx.stretchHasGrammar(t) || CutSite.leftAlone(ctx, t) || ctx.inRecurringStretch(t)) {
                continue; // no clause, a name or notation, or a term the document keeps using (order by)
            }
            boolean known = CutSite.known(ctx, t);
            Seam s = switch (CutSite.sideOf(ctx, t, known)) {
                case EMBEDDED, AFTER_SPACE -> null; // a piece of a word, or a fragment's
                case BEFORE, AFTER_DIGITS -> clauseStarts(ctx, t, known);
                case AFTER -> clauseBreaksOff(ctx, t, known);
                case OTHER -> clauseBreaksOffThrough(ctx, t, known);
            };
            if (s != null && !IndexEntryLine.at(ctx.text, t.start()) // 移动，Summary of Move tool actions: an index line
                    && !DefinitionEntryLine.at(ctx.text, t.start()) // N - Delay before redial 若未建立连接: an entry's head
                    && !ImePunctuation.touches(ctx.text, t.start(), t.end()) // the browser，light-weight: no Chinese
                    && !ImePunctuation.listConjunction(ctx.text, t.start(), t.end()) // FIN，PSH，and URG: an English list
                    && !CodeWordContext.keywordBeforeClassName(ctx.text, t.start(), t.end()) // 主动new NutDao
                    && !CodeWordContext.codeStretch(ctx.text, t.start()) // 例如：select * from table where f=:n
                    && !CodeWordContext.namesOrFormat(ctx.text, t.start(), t.end()) // 必须为key,value,key,value...: names
                    && !ChosenLabel.at(ctx.text, t.start())) { // 选择 Undo changes to partitions，然后: a menu item's label
                out.add(s);
            }
        }
        return out;
    }

    /** Chinese, then the first word of an English clause. */
    private static Seam clauseStarts(SeamContext ctx, LatinToken t, boolean known) {
        int prev = ctx.cpBefore(t.start());
        if (Character.isLowerCase(t.text().charAt(0))) {
            if (!known || CutSite.unitAfterNumber(ctx, t) || ctx.wordsForward(t) < 2
                    || CutSite.knownTailFragment(ctx, t) != null) {
                return null; // a cut word's tail, a unit, a lone word
            }
            if (hyphenatedName(ctx.text, t.end()) || opensAnAside(ctx.text, t.start())) {
                return null; // 扩展类weui-link(, “公钥基础设施：easy-rsa”, B2B （business to business ，即…）
            }
            if (termBeforeAside(ctx.text, t.end()) || glossedStretch(ctx.text, t.start())) {
                return null; // 在Mutt 中使用msmtp (Using msmtp with Mutt): a term, then the heading's English in brackets;
                             // ，can't initialize something（什么东西不能初始化）: English quoted, then its Chinese gloss
            }
            if (quotedLineAfterColon(ctx.text, prev, t.start())) {
                return null; // 官方含义：timeout of zero is …, 保留字：if then elif: a line of English the colon introduces
            }
            return Seam.of(t.start() - Character.charCount(prev), t.start() + 1,
                    SeamType.INTRA_SENTENCE_SWITCH, 0.75, "lower-case clause starts right after Chinese");
        }
        if (!Chars.isHan(prev) && !Chars.isCjkClausePunct(prev)) {
            return null; // a new sentence or a quotation
        }
        if (!Chars.isHan(prev) && !hanOnLineBefore(ctx.text, t.start())) {
            return null; // - [BizGoblin](url)：Data visualization library…: a full-width colon on an English line
        }
        if (citation(ctx.text, t.start())) {
            return null; // 具体参考Zhang and Nivre (2011): authors and a year, no clause
        }
        if (ctx.wordsForward(t) >= 3 && CutSite.hasLowerCaseWord(ctx, t.start()) && !CutSite.inFirstLine(ctx, t.start())) {
            return Seam.of(t.start() - Character.charCount(prev), t.start() + 1,
                    SeamType.INTRA_SENTENCE_SWITCH, 0.6, "English clause starts inside a Chinese sentence");
        }
        return null;
    }

    /**
     * Does a lower-case English stretch start right after a full-width colon and run, with no Chinese, to the end of
     * its line or through an English sentence's end ({@code 保留字：if then elif else fi}, {@code 官方含义：timeout of
     * zero is interpreted as an infinite timeout. （0的超时…）}, {@code 会引起如下错误：finger: can not stat x. 它应…})?
     * The colon introduces what follows as written: a definition quoted from the original, an error message, a list
     * of keywords. A page translator's cut runs back into Chinese in mid-sentence ({@code ：we will meet 讨论…}).
     */
    static boolean quotedLineAfterColon(String text, int prev, int start) {
        if (prev != '：') {
            return false;
        }
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        int han = start;
        while (han < end && !Chars.isHan(text.charAt(han))) {
            han++;
        }
        return han == end || SENTENCE_END.matcher(text).region(start, han).find();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](?:\\s|$)");

    /** Is there a Chinese letter between the start of the line and {@code pos}? Without one no Chinese sentence is under way. */
    static boolean hanOnLineBefore(String text, int pos) {
        return Chars.hasHan(text, text.lastIndexOf('\n', pos - 1) + 1, pos);
    }

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'-]+(?:(?:,| and| &) \\p{Lu}[\\p{L}'-]+)*(?: et al\\.?)? ?[(（]\\d{4}[a-z]?[)）]");

    /**
     * Does a citation start at {@code start}: capitalised names joined by {@code and}, {@code &} or commas, maybe
     * {@code et al.}, then a year in brackets ({@code 参考Zhang and Nivre (2011)}, {@code 见Li et al. (2019)})? The
     * author names of a reference, no English clause.
     */
    static boolean citation(String text, int start) {
        return CITATION.matcher(text).region(start, Math.min(text.length(), start + 120)).lookingAt();
    }

    /**
     * Is the word the first part of a compound joined by hyphens that nothing English follows
     * ({@code weui-link(}, {@code easy-rsa”}, {@code half-screen-dialog})? That is a package's, component's or
     * command's name written beside Chinese; a clause goes on after its compound ({@code 至此on-water green
     * compressors}).
     */
    static boolean hyphenatedName(String text, int end) {
        int at = end;
        int parts = 1;
        while (at + 1 < text.length() && text.charAt(at) == '-' && Chars.isLatinLetter(text.charAt(at + 1))) {
            at++;
            while (at < text.length() && (Chars.isLatinLetter(text.charAt(at)) || Character.isDigit(text.charAt(at)))) {
                at++;
            }
            parts++;
        }
        boolean wordFollows = at + 1 < text.length() && text.charAt(at) == ' ' && Chars.isLatinLetter(text.charAt(at + 1));
        return parts >= 2 && !wordFollows;
    }

    /**
     * Does the word open a bracket that closes later on its line ({@code B2B （business to business ，即不同公司…）})?
     * An English gloss or aside in brackets is the author's, even when the bracket goes on in Chinese.
     */
    static boolean opensAnAside(String text, int start) {
        char open = start > 0 ? text.charAt(start - 1) : ' ';
        char close = open == '（' ? '）' : open == '(' ? ')' : 0;
        if (close == 0) {
            return false;
        }
        int nl = text.indexOf('\n', start);
        int closeAt = text.indexOf(close, start);
        return closeAt > 0 && (nl < 0 || closeAt < nl);
    }

    /**
     * Is the word ending at {@code end} followed, across spaces, by a bracket that closes on its line
     * ({@code 使用msmtp (Using msmtp with Mutt)})? The word is a term of the Chinese, and the English grammar after
     * it is an aside of its own (the heading's original, a gloss); a cut runs on in English words, not in brackets.
     */
    static boolean termBeforeAside(String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && opensAnAside(text, k + 1);
    }

    /**
     * Does the Latin stretch from {@code start} end by opening a full-width bracket that closes on its line, holding
     * Chinese ({@code can't initialize something（什么东西不能初始化）})? The English is quoted and glossed, whole.
     */
    static boolean glossedStretch(String text, int start) {
        int k = start;
        while (k < text.length() && CutSite.latinStretch(text.charAt(k))) {
            k++;
        }
        return k + 1 < text.length() && text.charAt(k) == '（' && Chars.isHan(text.charAt(k + 1)) && opensAnAside(text, k + 1);
    }

    /** The last word of an English clause, then Chinese. */
    private static Seam clauseBreaksOff(SeamContext ctx, LatinToken t, boolean known) {
        if (!known) {
            return null; // an unknown word there is a cut word's head
        }
        boolean clause = CutSite.clauseBefore(ctx, t);
        int next = ctx.cpAt(t.end());
        boolean cut = Chars.isHan(next) || Chars.isCjkClausePunct(next) || next == '·' || next == '“'
                || (Chars.isCjkSentenceEnd(next) && FunctionWords.is(t.lower()));
        if (!clause || !cut || ctx.simplified().startsWith("之类", t.end())) {
            return null; // DataSource is closed之类的异常 (之類): English named as an example (such as), quoted, not cut
        }
        // A word the document or the Chinese completes is a cut word's head (FragmentDetector's).
        return CutSite.knownHeadCompletion(ctx, t) != null ? null : CutSite.switchAfter(ctx, t, "English clause breaks off into Chinese");
    }

    /**
     * The end of an English clause meeting Chinese through something in between: digits
     * ({@code meteor2020年}), a closing quote ({@code no”，}), ASCII punctuation ({@code students;和})
     * or a space ({@code such as we 可以看到}).
     */
    /**
     * Does the quote closing at {@code close} open on the same line with no Chinese inside ({@code "for x in foo1 foo2 … ;
     * do command ; done"，该循环…})? Chinese quoting a whole piece of English, a command or a message, cuts nothing; a
     * translator's cut leaves the quote's start in Chinese.
     */
    static boolean wholeQuotation(String text, int close) {
        char c = text.charAt(close);
        char open = c == '”' ? '“' : c == '’' ? '‘' : '"';
        for (int i = close - 1; i >= 0; i--) {
            char b = text.charAt(i);
            if (b == '\n' || Chars.isHan(b)) {
                return false;
            }
            if (b == open) {
                return true;
            }
        }
        return false;
    }

    private static Seam clauseBreaksOffThrough(SeamContext ctx, LatinToken t, boolean known) {
        if (!CutSite.chineseAhead(ctx, t) || !CutSite.clauseEndsHere(ctx, t)) {
            return null; // the common case first
        }
        String text = ctx.text;
        int e = t.end();
        char c = text.charAt(e);
        if (Character.isDigit(c)) {
            return known && CutSite.digitsThenHan(ctx, e) ? CutSite.switchAfter(ctx, t, "English clause runs into a Chinese number") : null;
        }
        int k = e;
        while (k < text.length() && (text.charAt(k) == '”' || text.charAt(k) == '"' || text.charAt(k) == '’')) {
            k++;
        }
        if (k > e && k < text.length() && (Chars.isCjkClausePunct(text.charAt(k)) || Chars.isHan(text.charAt(k)))
                && !wholeQuotation(text, e)) {
            return CutSite.switchAfter(ctx, t, "quoted English breaks off into Chinese");
        }
        if ((c == ';' || c == ',' || c == ':') && e + 1 < text.length() && Chars.isHan(text.charAt(e + 1))) {
            return CutSite.switchAfter(ctx, t, "English clause breaks off into Chinese");
        }
        if (c == ' ' && e + 1 < text.length() && t.isLowerCase() && known && Chars.isHan(text.charAt(e + 1))
                && !CutSite.inFirstLine(ctx, e) && CutSite.hanRun(text, e + 1) >= CutSite.MIN_HAN_AFTER_SPACE
                && !quotedNumeral(text, e + 1) && !errorMessage(text, e)) {
            // "such as 手 and 扌", "cope with 第 6.2.2 节": English quoting a Chinese word is no cut; a
            // translator's cut leaves the rest of the sentence in Chinese.
            return Seam.of(e - 1, e + 1, SeamType.INTRA_SENTENCE_SWITCH, 0.55, "English clause left unfinished before Chinese");
        }
        return null;
    }

    private static final java.util.regex.Pattern ERROR_NAME = java.util.regex.Pattern.compile(
            "\\b[A-Za-z][\\w.$]*(?:Error|Exception|Warning):\\s");

    /**
     * Does the English ending at {@code end} run from an error's type and a colon on its line, with no Chinese between
     * ({@code 修复 TypeError: _x is not a function 报错问题}, {@code 抛出 IllegalStateException: pool is closed 异常})? That is
     * a program's message quoted whole, not a clause a translator cut.
     */
    static boolean errorMessage(String text, int end) {
        int from = end;
        while (from > 0 && text.charAt(from - 1) != '\n' && !Chars.isHan(text.charAt(from - 1))) {
            from--;
        }
        return ERROR_NAME.matcher(text).region(from, end).find();
    }

    /** Chinese numerals and their units, as a number is written out in words ({@code 兩百四十五}). */
    private static final String NUMERAL_UNITS = "十百千万萬亿億两兩";

    /**
     * {@code for example 兩百四十五 into 245}: a Chinese number written out in words, set apart by spaces with the
     * English going on after it, is quoted; a cut leaves the rest of the sentence in Chinese.
     */
    static boolean quotedNumeral(String text, int from) {
        int i = from;
        while (i < text.length() && (Chars.hanDigit(text.charAt(i)) >= 0 || NUMERAL_UNITS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i == from || i < text.length() && Chars.isHan(text.charAt(i))) {
            return false;
        }
        return i + 1 < text.length() && text.charAt(i) == ' ' && Chars.isLatinLetter(text.charAt(i + 1));
    }
}
