package io.mixdoc.seams;

import static io.mixdoc.seams.FastSeams.has;
import static io.mixdoc.seams.FastSeams.seams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.token.FormatDirectives;
import io.mixdoc.token.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes of false seams found on the sixth held-out corpus (data/real-fresh5, session 19: gettext catalogs of git,
 * GnuPG and util-linux, nmap's Chinese man page, a crypto library's change log): two messages of a catalog that read
 * the same, a percent-escaped line break before Chinese, an option's label beside its constant, an English list typed
 * with full-width commas, names of code joined by a slash. Each is paired with the damage it must still find. The
 * texts are the team's own.
 */
class Fresh5RealTextTest {
    /** A program's messages, one to a line, many holding directives; two of them read the same (singular and plural). */
    private static final String MESSAGES = "无法打开文件 %s\n\n已经删除了 %d 个不再需要的对象。\n\n已经删除了 %d 个不再需要的对象。\n\n"
            + "正在读取 %s 的索引\n\n无法写入新的索引文件。\n\n远程 %s 没有回应\n\n跳过 %s，文件已存在。\n\n"
            + "分支 %s 已经是最新的。\n\n请先提交您的修改。\n\n标签 '%s' 已存在\n\n未知选项：%s\n\n完成。\n";

    @Test
    void twoMessagesOfACatalogThatReadTheSameAreNoCopy() {
        List<Seam> found = seams(MESSAGES);
        assertFalse(has(found, SeamType.DUPLICATION), found.toString());
        assertTrue(RepeatedLineDetector.messageList(MESSAGES, 12));
    }

    @Test
    void aParagraphCopiedInProseIsStillDuplication() {
        String doc = "我们在周一开会讨论了新的计划，大家都很满意。\n\n我们在周一开会讨论了新的计划，大家都很满意。\n\n"
                + "会后每个人都回去准备自己的部分，下周再见。\n\n这个计划要用到 %s 格式的模板文件。\n";
        List<Seam> found = seams(doc);
        assertTrue(has(found, SeamType.DUPLICATION), found.toString());
        assertFalse(RepeatedLineDetector.messageList(doc, 4));
    }

    @Test
    void formatDirectivesAreCode() {
        assertTrue(FormatDirectives.only("%s"));
        assertTrue(FormatDirectives.only("%%0A"));
        assertTrue(FormatDirectives.only("%s)%%0A"));
        assertTrue(FormatDirectives.only("%.*s"));
        assertTrue(FormatDirectives.only("%1$lu"));
        assertFalse(FormatDirectives.only("50%"));
        assertFalse(FormatDirectives.only("%PATH%"));
        assertFalse(FormatDirectives.only("%discount"));
        assertEquals(2, FormatDirectives.linesWithDirectives("a %s\nb %d c %s\n100% sure\n%% literal\n"));
    }

    @Test
    void aPercentEscapedLineBreakBeforeChineseIsNoClauseBreakingOff() {
        String doc = "您要信任以下密钥吗？%%0A  %s%%0A  (%s)%%0A您想要允许这一请求吗？\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void anOptionsLabelBesideItsConstantIsNoLeakedWord() {
        String doc = "用法：\n -S, --whole-seconds      开启 WHOLE_SECONDS\n -T, --sticky-timeouts    开启 STICKY_TIMEOUTS\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        List<Seam> leak = seams("The committee will announce the board's最终 decision next week after a long review.\n");
        assertTrue(has(leak, SeamType.INTRA_SENTENCE_SWITCH), leak.toString());
    }

    @Test
    void anEnglishListWithFullWidthCommasIsNoClauseStartingAfterChinese() {
        assertTrue(ImePunctuation.listConjunction("ACK，PSH，and URG", 8, 11));
        assertTrue(ImePunctuation.listConjunction("SYN，and FIN的组合", 4, 7));
        assertFalse(ImePunctuation.listConjunction("我们明天，and then we will", 5, 8));
        assertFalse(ImePunctuation.listConjunction("FIN，and", 4, 7));
        String doc = "只要是URG，ACK，PSH，RST，SYN，and FIN的任何组合就行。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void namesOfCodeJoinedByASlashAreOneIdentifier() {
        assertEquals(List.of(TokenKind.IDENTIFIER), kinds("sm2.doSignature/doVerifySignature"));
        assertEquals(List.of(TokenKind.WORD, TokenKind.PUNCT, TokenKind.WORD), kinds("and/or"));
        String doc = "## 0.5.7\n\n* 修复 sm2.doSignature/doVerifySignature 传入普通数组时签名不一致的问题\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void aTermBeforeTheHeadingsEnglishInBracketsIsNoClauseStart() {
        String doc = "在Mutt 中使用msmtp (Using msmtp with Mutt)\n\n为msmtp 建立一个配置文件，然后在Mutt 的配置里指定它。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        assertTrue(ClauseSwitchDetector.termBeforeAside("使用msmtp (Using msmtp with Mutt)", 7));
        assertFalse(ClauseSwitchDetector.termBeforeAside("我们建议to invest in stocks (not bonds)", 6));
    }

    @Test
    void aRunOfOneWordIsNoPhraseCopied() {
        String doc = "tab(:); lB lB lB. l l l l l l l l l l l l l l l l l l l l l l l l. T{ 状态 T}:T{ 含义 T}\n";
        assertFalse(has(seams(doc), SeamType.DUPLICATION));
        assertTrue(RepeatedChunkDetector.oneWordRun("l l l l"));
        assertFalse(RepeatedChunkDetector.oneWordRun("or null if it"));
        List<Seam> copied = seams("这个函数返回 or null if it or null if it 不存在的时候。\n");
        assertTrue(has(copied, SeamType.DUPLICATION), copied.toString());
    }

    @Test
    void aListOfTermsJoinedByAndOrOrIsNoClause() {
        String doc = "尝试转换字符串为number, boolean, or null，无法转换返回String\n\n"
                + "使用 pattern, time zone and locale获得对应的格式化器\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        List<Seam> clause = seams("您对企业规划有什么建议to invest in stocks, bonds and gold?\n");
        assertTrue(has(clause, SeamType.INTRA_SENTENCE_SWITCH), clause.toString());
    }

    private static List<TokenKind> kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void aTechnicalUnitAfterDigitsIsNoCutWord() {
        // written for this test, in the shape of a man page's options: screen, type and network units after a number
        List<Seam> found = seams("放大因子是(-5..5)之间的一个数字,其中0表示72dpi.字体大小为12pt,帧率为60fps,延迟约5ms.\n");
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
    }
}
