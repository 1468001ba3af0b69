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
 * Causes of false seams in traditional text (session 20: data/real read through {@code --as-traditional PLAIN}) and
 * one of simplified text the conversion showed: corner brackets quoting English, rules that read a simplified word
 * beside a token (之类, 类型) or HanLP's tags of a word (謝謝); and of simplified text: a Chinese gloss in brackets
 * after English words, a menu item named after a verb of choosing (选择 Undo changes to partitions，).
 * Each is paired with the damage it must still find. The texts are the team's own.
 */
class TraditionalRealTextTest {
    @Test
    void englishQuotedInCornerBracketsIsWhole() {
        List<Seam> found = seams("安裝時可以選擇這樣的選項：「Mail is delivered by the relay host or fetchmail」。這些都是輕量的選擇。\n\n"
                + "要引用「/home/user/docs」的話，只要用「docs/notes」就可以了。\n");
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void aCutWordBesideTraditionalChineseIsStillAFragment() {
        List<Seam> found = seams("雙方同意繼續合作。 The two sides will st擴大貿易往來並深化投資合作。");
        assertTrue(has(found, SeamType.FRAGMENT), found.toString());
    }

    @Test
    void englishNamedBeforeTraditionalZhiLeiIsQuoted() {
        List<Seam> found = seams("如果遇到 DataSource is closed之類的異常，請先檢查代碼。\n");
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void aTypeNameBeforeTraditionalLeiXingIsNoName() {
        String doc = "@param date Long類型Date（Unix時間戳）\n@return 時間對象\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.HALF_TRANSLATED_NAME), found.toString());
        List<Seam> name = seams("我們感謝大使的講話。Ambassador Liu江平 said the two countries will work together.\n");
        assertTrue(has(name, SeamType.HALF_TRANSLATED_NAME), name.toString());
    }

    @Test
    void aTraditionalThankYouEndingAParagraphIsNoOrphan() {
        List<Seam> found = seams("最後感謝每一位提交過補丁的朋友，也感謝他們一貫的支持。謝謝。\n");
        assertFalse(has(found, SeamType.ORPHAN), found.toString());
        List<Seam> noun = seams("這座城市為兩國之間的貿易往來做出了很大的貢獻。歐洲。\n下一段講的是別的事情。\n");
        assertTrue(has(noun, SeamType.ORPHAN), noun.toString());
    }

    @Test
    void aChineseGlossInBracketsFinishesNoEnglishWord() {
        List<Seam> found = seams("在引导过程中，可以看到很多消息类似 can't find something（找不到什么东西），"
                + "或者 can't initialize something（什么东西不能初始化）。\n");
        assertFalse(has(found, SeamType.FRAGMENT), found.toString());
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void aMenuItemNamedAfterAVerbOfChoosingIsNoClause() {
        String doc = "分区完成后，请从菜单选择 Finish partitioning and write changes to disk，使用它创建的即可。"
                + "如果不满意，可以选择 Undo changes to partitions，然后重新分区。\n";
        List<Seam> found = seams(doc);
        assertFalse(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
        assertTrue(ChosenLabel.at(doc, doc.indexOf("Undo")));
        assertFalse(ChosenLabel.at(doc, doc.indexOf("使用")));
        List<Seam> cut = seams("会议纪要\n\n我们今天讨论了这个问题，it was written by the new team last week and nobody checked it.\n");
        assertTrue(has(cut, SeamType.INTRA_SENTENCE_SWITCH), cut.toString());
    }
}
