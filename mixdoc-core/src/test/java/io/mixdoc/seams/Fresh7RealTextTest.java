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
 * Causes of false seams found on the eighth held-out corpus (data/real-fresh7, session 21: GCC's catalogs, a
 * mini-program UI library's change log): a processor's model name with digits between its letters, a range of
 * register names, GCC's own format directives, a file type the document writes as an extension, a product name
 * written in a lower-case-then-capitals shape. Each is paired with the damage it must still find. The texts are
 * the team's own.
 */
class Fresh7RealTextTest {
    private static List<TokenKind> kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void aModelNameWithDigitsBetweenItsLettersIsOneName() {
        assertEquals(List.of(TokenKind.IDENTIFIER), kinds("v850e1"));
        assertEquals(List.of(TokenKind.IDENTIFIER), kinds("v850e2v3"));
        assertEquals(List.of(TokenKind.IDENTIFIER), kinds("r32..r63"));
        String doc = "为 v850e 处理器编译。\n\n为 v850e1 处理器编译。\n\n为 v850e2v3 处理器编译。\n\n不使用 r32..r63 中的任何一个。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void aYearGluedToAWordIsStillNoName() {
        assertEquals(List.of(TokenKind.WORD, TokenKind.NUMBER), kinds("meteor2020"));
        assertEquals(List.of(TokenKind.WORD, TokenKind.NUMBER, TokenKind.WORD), kinds("in2019a"));
    }

    @Test
    void gccsDirectivesAreCode() {
        assertTrue(FormatDirectives.only("%qs"));
        assertTrue(FormatDirectives.only("%qD"));
        assertTrue(FormatDirectives.only("%<"));
        assertTrue(FormatDirectives.only("%>"));
        assertTrue(FormatDirectives.only("%L"));
        assertTrue(FormatDirectives.only("%2$L"));
        assertFalse(FormatDirectives.only("%discount"));
        assertFalse(FormatDirectives.only("%Launch"));
        assertFalse(FormatDirectives.only("%l"));
        // a directive that runs into its message's Chinese is one all the same; a Latin letter after it is no directive
        assertEquals(3, FormatDirectives.linesWithDirectives("%L处的实参\n共有 %d个文件\n%<-fpic%> 不受支持\n50%discount\n"));
    }

    /** A compiler's messages: option help without directives, diagnostics with GCC's; two of them read the same. */
    private static final String COMPILER_MESSAGES = "为 v850 处理器编译。\n\n为 32 位长整形和指针编译。\n\n为 32 位长整形和指针编译。\n\n"
            + "%L处的实参必须是常量\n\n%qs 不是一个有效的选项\n\n不能同时使用 %<-mlong-calls%> 和 %<-fpic%>\n\n"
            + "不生成仅特权模式的代码。\n\n%qD 已在此声明\n\n%L处的数组引用越界\n\n在 %C 处需要逗号\n\n"
            + "%qE 属性被忽略\n\n不起作用。为向前兼容保留的选项。\n";

    @Test
    void twoMessagesOfACompilerThatReadTheSameAreNoCopy() {
        List<Seam> found = seams(COMPILER_MESSAGES);
        assertFalse(has(found, SeamType.DUPLICATION), found.toString());
        assertTrue(RepeatedLineDetector.messageList(COMPILER_MESSAGES, 12));
    }

    /** Two clause switches elsewhere in the change log: a lone short fragment counts only beside other seams. */
    private static final String OTHER_SEAMS = "## 3.7.35\n\nfix: 瀑布流组件告警void app logic that relies on enumerating keys #993\n\n"
            + "## 3.7.34\n\nfix: 日历组件报错cannot read the selected range when empty #990\n";

    @Test
    void aFileTypeTheDocumentWritesAsAnExtensionIsNoCutWord() {
        String doc = "## 3.7.36\n\nfix: stepsItem.d.ts ts插槽name更新 #940\n\n" + OTHER_SEAMS;
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void theSameWordWithoutItsFileNameIsStillACutWordsHead() {
        String doc = "## 3.7.36\n\nfix: 组件 ts插槽name更新 #940\n\n" + OTHER_SEAMS;
        List<Seam> found = seams(doc);
        assertTrue(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void aProductNameAfterChineseIsNoSplitWordsTail() {
        List<Seam> found = seams("feat: popup新增iOS风格手势控制上下高度及下滑关闭\n");
        assertFalse(has(found, SeamType.SPLIT_WORD), found.toString());
    }

    @Test
    void aLowerCaseTailAfterChineseIsStillProposedAsASplitWord() {
        List<Seam> found = seams("feat: popup新增ios风格手势控制上下高度及下滑关闭\n");
        assertTrue(has(found, SeamType.SPLIT_WORD), found.toString());
    }

    // Leftovers of data/real-lists, s21-harm: names joined by bare commas, a command the Chinese names, a library's version.

    @Test
    void namesJoinedByBareCommasAfterChineseAreNoClause() {
        String doc = "根据给定的键值对数组创建对象，传入参数必须为key,value,key,value...\n\n奇数参数必须为键，最后一个键会被忽略。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void aClauseAfterChineseWithSpacesAfterItsCommasIsStillASwitch() {
        String doc = "根据给定的键值对数组创建对象，传入参数必须为key, and the value that follows it is kept as it is.\n\n"
                + "奇数参数必须为键，最后一个键会被忽略。\n";
        List<Seam> found = seams(doc);
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void aWordTheChineseCallsACommandIsNoCutWord() {
        String doc = "进程间的关系，书里的叙述很清楚。用ps 命令可以查看进程。对于ps 和 top 命令的输出就大概明白了。\n\n"
                + "同一个进程的不同线程可以很容易地互相访问数据。" + OTHER_SEAMS;
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
        assertTrue(CodeWordContext.namedAsOption("对于ps 和 top 命令", 4, 14));
        assertFalse(CodeWordContext.namedAsOption("对于ps 的输出命令", 4, 11));
    }

    @Test
    void aSharedLibraryWithItsVersionIsOneFileName() {
        assertEquals(List.of(TokenKind.PATH), kinds("libc.so.6"));
        assertEquals(List.of(TokenKind.PATH), kinds("xxxxxx.so.1"));
        String doc = "“/usr/lib” 是库文件，就是xxxxxx.so.1 之类的，“/usr/share” 是不需要修改的数据。\n\n" + OTHER_SEAMS;
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
    }
}
