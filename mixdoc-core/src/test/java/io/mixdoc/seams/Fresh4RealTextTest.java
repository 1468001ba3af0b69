package io.mixdoc.seams;

import static io.mixdoc.seams.FastSeams.has;
import static io.mixdoc.seams.FastSeams.seams;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes of false seams found on the fifth held-out corpus (data/real-fresh4, session 18: gettext catalogs, a server's
 * messages, a CLI's README): a curt verb sentence after a message, a shell pipe read as a table bar, a program's error
 * message quoted before Chinese, an option name ending in an acronym. Each is paired with the damage it must still find.
 * The texts are the team's own.
 */
class Fresh4RealTextTest {
    @Test
    void aCurtVerbSentenceAfterAMessageIsNoOrphan() {
        String doc = "cache.duplicate=同一个缓存[{0}]被注册了两次。忽略。\ncache.removed=缓存[{0}]已经移除。\n\n"
                + "最后感谢每一位提交过补丁的朋友。谢谢。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.ORPHAN), found.toString());
    }

    @Test
    void aNounStrandedAfterASentenceIsStillAnOrphan() {
        List<Seam> found = seams("这座城市为两国之间的贸易往来做出了很大的贡献。欧洲。\n下一段讲的是别的事情。\n");
        assertTrue(has(found, SeamType.ORPHAN), found.toString());
    }

    @Test
    void theOutputBelowAShellPipeIsNoShortTableRow() {
        String doc = "把数字换成可读的形式。\n\n示例：\n"
                + "  $ echo 2K | numconv --from=si\n           -> \"2000\"\n"
                + "  $ echo 2K | numconv --from=iec\n           -> \"2048\"\n"
                + "  $ du -b | numconv --field 1 --to=si\n  $ ls -l | numconv --field 5 --to=iec\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void anErrorMessageQuotedBeforeChineseIsNoUnfinishedClause() {
        String doc = "## 更新日志\n\n- 修复 TypeError: _helperRuntime2 is not a function 报错问题\n"
                + "- 修复连接池关闭以后仍然抛出 IllegalStateException: the pool is closed 异常的问题\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        assertTrue(ClauseSwitchDetector.errorMessage("修复 TypeError: x is not a function 报错", 33));
        assertFalse(ClauseSwitchDetector.errorMessage("修复 the error is not a function 报错", 30));
    }

    @Test
    void anOptionNameEndingInAnAcronymIsNoGlue() {
        String doc = "| 键 | 类型 | 说明 |\n| --- | --- | --- |\n"
                + "| minifyJS | boolean | 上传时压缩 JS 代码，优先级高于 minify |\n"
                + "| minifyWXML | boolean | 上传时压缩 WXML 代码，优先级高于 minify |\n"
                + "| autoPrefixWXSS | boolean | 上传时自动补全 WXSS 的前缀 |\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void aTermEndingAnItemOfAChineseListIsNoCutHead() {
        assertTrue(LatinListItem.endsChineseItem("用户id、中文名", 2, 4));
        assertFalse(LatinListItem.endsChineseItem("the Standi、省委", 4, 10));
        assertFalse(LatinListItem.endsChineseItem("用户id、", 2, 4));
    }
}
