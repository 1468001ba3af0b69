package io.mixdoc.seams;

import static io.mixdoc.seams.FastSeams.has;
import static io.mixdoc.seams.FastSeams.seams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes of false seams found on the second fresh held-out corpus (data/real-fresh2, session 13): a change log's
 * credit {@code by @handle}, a version series' {@code 3.x}, a full-width colon on a line with no Chinese. Each is
 * paired with the damage it must still find. The texts are the team's own.
 */
class Fresh2RealTextTest {
    @Test
    void aChangeLogCreditingAHandleIsNoClause() {
        String log = "2021-03-02: version 1.4\n"
                + "1. 修复分词结果缓存失效的bug; by @lindamo\n"
                + "2. 修复配置文件不能热加载的问题；by @chen-wei\n"
                + "3. 新增自定义stop words; by @ouyang\n";
        assertEquals(List.of(), seams(log));
    }

    @Test
    void aClauseWithBySomeoneWithoutAHandleIsStillAClause() {
        List<Seam> found = seams("会议纪要\n\n我们今天讨论了这个问题，it was written by the new team last week and nobody checked it.\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void theXOfAVersionSeriesIsNoCutWord() {
        assertEquals(List.of(), seams("从这个版本开始支持Python3.x版，之前只支持Python2.x系列的解释器。\n"));
        assertTrue(CodeWordContext.versionWildcard("支持2.x系列", 4, 5));
        assertFalse(CodeWordContext.versionWildcard("支持a.x系列", 4, 5));
        assertFalse(CodeWordContext.versionWildcard("支持2.xy系列", 4, 6));
    }

    @Test
    void aFullWidthColonOnAnEnglishLineStartsNoSwitch() {
        String readme = "相关项目：\n\n"
                + "- [ChartKit](https://example.org/chartkit)：Chart components based on the same grammar and React\n"
                + "- [MapKit](https://example.org/mapkit)：Geographic views for the web\n";
        assertEquals(List.of(), seams(readme));
        assertFalse(ClauseSwitchDetector.hanOnLineBefore("- [ChartKit](x)：Chart", 16));
        assertTrue(ClauseSwitchDetector.hanOnLineBefore("图表组件：Chart", 5));
    }

    @Test
    void anEnglishClauseAfterAChineseColonIsStillASwitch() {
        List<Seam> found = seams("会议纪要\n\n会议结束以后主席最后总结说：The committee will meet again next week to decide the plan.\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void theNameAfterAnSqlStatementHeadIsNoGlue() {
        String manual = "下面的例子创建一个表，并插入两行数据。\n\n"
                + "CREATE TABLE mycircles (\n    id integer,\n    area float\n);\n\n"
                + "INSERT INTO mycircles VALUES (1, 2.5);\n";
        assertFalse(has(seams(manual), SeamType.GLUED_WORDS), seams(manual).toString());
    }

    @Test
    void aNameTheChineseCallsAnOptionIsNoGlue() {
        String manual = "-state 指定按钮的状态。在普通状态下，使用 foreground 和 background 选项显示按钮。"
                + "在禁用状态下，使用 disabledforeground 和 background 选项显示按钮，disabled 状态不响应鼠标。\n";
        assertFalse(has(seams(manual), SeamType.GLUED_WORDS), seams(manual).toString());
        assertTrue(CodeWordContext.namedAsOption("使用 activebackground 和 background 选项", 18, 35));
        assertFalse(CodeWordContext.namedAsOption("使用 activebackground 显示按钮", 18, 25));
    }
}
