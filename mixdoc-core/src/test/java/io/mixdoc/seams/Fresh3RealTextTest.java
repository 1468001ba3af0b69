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
 * Causes of false seams found on the third fresh held-out corpus (data/real-fresh3, session 15) and the leftovers of
 * data/real and data/real-lists: a line of English a full-width colon introduces, one term named twice around
 * Chinese, a type named with its kind ({@code Long类型}), the words of an XML sample on its own line. Each is paired with the damage it must still find. The
 * texts are the team's own.
 */
class Fresh3RealTextTest {
    @Test
    void aLineOfEnglishAfterAChineseColonIsQuotedNoSwitch() {
        String doc = "连接超时的说明\n\n"
                + "默认的读取超时为五秒。官方文档的原话：zero means the request waits for as long as the server takes. （零表示一直等待）\n\n"
                + "执行失败时会打印如下错误：cannot open the lock file for writing: permission denied\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        assertTrue(ClauseSwitchDetector.quotedLineAfterColon("原话：zero means it", '：', 3));
        assertFalse(ClauseSwitchDetector.quotedLineAfterColon("原话：zero means 它", '：', 3));
        assertFalse(ClauseSwitchDetector.quotedLineAfterColon("原话，zero means it", '，', 3));
        assertTrue(ClauseSwitchDetector.quotedLineAfterColon("原话：zero means none. （零表示没有）", '：', 3));
        assertFalse(ClauseSwitchDetector.quotedLineAfterColon("原话：zero means none 零表示没有。", '：', 3));
    }

    @Test
    void anEnglishClauseThatRunsBackIntoChineseAfterAColonIsStillASwitch() {
        List<Seam> found = seams("会议纪要\n\n会议结束以后主席又补充了一句：we will meet again next week 讨论明年的预算和人员安排。\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void oneTermNamedTwiceAroundChineseIsNoSplitWord() {
        List<Seam> found = seams("如果请求的uri没有自己的uri地址，浏览器就不发送来源信息。\n");
        assertFalse(has(found, SeamType.SPLIT_WORD), found.toString());
    }

    @Test
    void twoUnknownHalvesAroundChineseAreStillProposedAsASplitName() {
        List<Seam> found = seams("The delegation of Tsvan新华社girai arrived in the capital yesterday for two days of talks.\n");
        assertTrue(has(found, SeamType.SPLIT_WORD), found.toString());
    }

    @Test
    void aTypeNamedWithItsKindIsNoHalfTranslatedName() {
        String doc = "把给定的时间戳转换为日期对象。\n\n@param date Long类型的时间戳，单位为毫秒\n"
                + "@return 如果单元格是数字格式则返回Long型，否则返回Double类型\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.HALF_TRANSLATED_NAME), found.toString());
    }

    @Test
    void aPinyinSurnameWithAGivenNameIsStillAHalfTranslatedName() {
        List<Seam> found = seams("我们感谢大使的讲话。Ambassador Liu江平 said the two countries will work together.\n");
        assertTrue(has(found, SeamType.HALF_TRANSLATED_NAME), found.toString());
    }

    @Test
    void wordsInsideAMarkupSampleAreNoGlue() {
        String help = "选择一个片段后按 Tab 键插入它。下面的文本将被插入：\n\n"
                + "<reply>Thanks for the brightcheerful answer!</reply>\n\n根据您的选择，两个单词会连在一起。\n";
        List<Seam> found = seams(help);
        assertFalse(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void theSameWordsAsProseAreStillGlue() {
        String help = "选择一个片段后按 Tab 键插入它。下面的文本将被插入：\n\n"
                + "Thanks for the brightcheerful answer!\n\n根据您的选择，两个单词会连在一起。\n";
        List<Seam> found = seams(help);
        assertTrue(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void theFirstItemOfAListAfterChinesePunctuationIsNoCutWord() {
        String doc = "邮件工具\n\n"
                + "需要这个功能的程序：fetchmail, procmail, mutt, ...\n\n"
                + "入门时先练这几组命令：cd pwd ；df du mount ；ps fg bg jobs ；\n\n"
                + "支持 Vite/Rollup、esbuild 等构建工具，也支持自定义配置。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
        assertTrue(LatinListItem.at("工具：curl, wget, aria2", 3, 7));
        assertFalse(LatinListItem.at("工具：curl, wget 和 aria2", 3, 7));
        assertTrue(LatinListItem.at("命令；tar gzip ；", 3, 6));
        assertFalse(LatinListItem.at("命令；tar the gzip ；", 3, 6));
        assertTrue(LatinListItem.at("Rollup、esbuild 等", 7, 14));
        assertFalse(LatinListItem.at("工具、esbuild 等", 3, 10));
    }

    @Test
    void aCutWordsTailAfterChinesePunctuationIsStillAFragment() {
        List<Seam> found = seams("The minister said the plant would close. 他说，“我的观点是，oduction stops in our factories next month.\n");
        assertTrue(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void aChineseNumberQuotedInsideEnglishIsNoSwitch() {
        String doc = "Number parsing\n\nThe parser reads numbers written out in words, for example 三千零五十 into `3050` and back.\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        assertTrue(ClauseSwitchDetector.quotedNumeral("三千零五十 into", 0));
        assertFalse(ClauseSwitchDetector.quotedNumeral("三千零五十个苹果 into", 0));
        assertFalse(ClauseSwitchDetector.quotedNumeral("三千零五十。", 0));
    }

    @Test
    void anEnglishClauseCutBeforeAChineseNumberIsStillASwitch() {
        List<Seam> found = seams("Trade report\n\nThe two sides signed agreements worth more than 三千零五十亿元的合作项目。\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }
}
