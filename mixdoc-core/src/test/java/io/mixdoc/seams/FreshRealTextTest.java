package io.mixdoc.seams;

import static io.mixdoc.seams.FastSeams.has;
import static io.mixdoc.seams.FastSeams.seams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes of false seams found on the fresh held-out corpus (data/real-fresh, session 12): full-width punctuation
 * typed inside English, Markdown tables spaced unevenly, a chain of 的 modifiers, a program's names. Each is
 * paired with the damage it must still find. The texts are the team's own.
 */
class FreshRealTextTest {
    @Test
    void fullWidthPunctuationInsideEnglishIsNoSwitch() {
        assertEquals(List.of(), seams("The client works in the browser，it is small and has no dependencies at all.\n\n"
                + "The options are the same on every platform。each one is described below.\n\n"
                + "It runs on browsers、Deno、Electron\n"));
        assertEquals(List.of(), seams("You can read the notes in the file below，\nbut the examples are easier to follow.\n"));
    }

    @Test
    void aSwitchAtAFullWidthCommaWithChineseAfterItIsStillASwitch() {
        List<Seam> found = seams("The committee discussed the plan for a long time and then the chairman said，"
                + "我们下周再讨论这个问题并且做出最后的决定。\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void theMarkMustStandBetweenEnglishOnBothSides() {
        assertTrue(ImePunctuation.inEnglish("in the browser，**light** weight", 14));
        assertEquals(false, ImePunctuation.inEnglish("the chairman said，我们下周再说", 17));
        assertEquals(false, ImePunctuation.inEnglish("他说，the plan works", 2));
    }

    @Test
    void aTableRowWhoseBarIsSpacedOtherwiseIsNotOneCellShort() {
        String table = "属性 | 类型 | 说明\n"
                + "zoom | Number | 地图的缩放级别。\n"
                + "center | Array | 地图的中心点。\n"
                + "mapManager| MapManager | 地图管理对象。\n"
                + "cursor | String |鼠标悬停时的样式。\n"
                + "events | Object | 事件回调。\n"
                + "plugins | Array | 插件列表。\n";
        List<Seam> found = seams(table);
        assertEquals(List.of(), found.stream().filter(s -> s.type() == SeamType.GLUED_WORDS).toList());
    }

    @Test
    void aTableRowThatLostItsSeparatorIsStillFound() {
        String table = "设备 | 用途\n/dev/null | 丢弃写入的数据\n/dev/random | 产生随机数\n/dev/zero读取时返回零\n"
                + "/dev/tty | 当前终端\n/dev/console | 系统控制台\n";
        List<Seam> found = seams(table);
        assertTrue(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void aChainOfModifiersIsNoDoubling() {
        assertEquals(List.of(), seams("该方法根据指定的类的类型，把记录转换成对象。\n"));
        assertEquals(List.of(), seams("这是他的书的书包，放在桌子上了。\n"));
    }

    @Test
    void aPieceOfAWordDoubledAfterAParticleIsStillADoubling() {
        List<Seam> found = seams("救援人员在倒塌房屋的废的废墟中找到了三名幸存者。\n");
        assertTrue(has(found, SeamType.DUPLICATION), found.toString());
    }

    @Test
    void aProgramsNamesAreNoDoublingNorClause() {
        assertEquals(List.of(), seams("关联注解\n\npublic @interface ManyMany\n\n关联的目标类\n"));
        assertEquals(List.of(), seams("这个对象是单例的，不应该主动new NutDao，而应通过注入取得。\n"));
    }

    @Test
    void englishNamedAsAnExampleIsNoSwitch() {
        assertEquals(List.of(), seams("如果遇到DataSource is closed之类的异常，请先检查代码。\n"));
    }

    @Test
    void aNamesRomanisationBesideItIsNoDoubledTerm() {
        assertEquals(List.of(), seams("支持的平台\n\n豆瓣\nDOUBAN\n\n人人网\nRENREN\n\n微博\nWEIBO\n"));
        assertTrue(ExtractionGlueDetector.romanisesChineseNearby("人人网\nRENREN", 4, 10));
        assertEquals(false, ExtractionGlueDetector.romanisesChineseNearby("微博\nRedisRedis", 3, 13));
    }

    @Test
    void namesJoinedByBareCommasAndFormatLettersAreNoCutWords() {
        assertEquals(List.of(), seams("获取所有字段，如id,name,type...\n\n@param entityClass 实体类\n"));
        assertEquals(List.of(), seams("用 strings 查看会看到诸如Buffer placed at 0x%08lx 和 Done...。这些是程序的输出。\n"));
        assertTrue(CodeWordContext.namesOrFormat("如id,name", 1, 3));
        assertTrue(CodeWordContext.namesOrFormat("0x%08lx", 5, 7));
        assertEquals(false, CodeWordContext.namesOrFormat("如id, name", 1, 3));
    }

    @Test
    void computingTermsAndTheirPluralsAreNoGluedWords() {
        assertEquals(List.of(), seams("说明：This tool does not keep the strikethrough marks, and it trims whitespaces at the end of every line.\n"));
    }

    @Test
    void aCitationBesideChineseIsNoClause() {
        assertEquals(List.of(), seams("@param distance\n\n是否使用距离特征，具体参考Zhang and Nivre (2011)\n\n@param valency\n\n"
                + "是否使用配价特征，具体参考Zhang and Nivre (2011)\n"));
        assertTrue(ClauseSwitchDetector.citation("参考Zhang and Nivre (2011)", 2));
        assertEquals(false, ClauseSwitchDetector.citation("参考The results of the team were good", 2));
    }
}
