package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Habits of real writers that looked like damage on the real news pages (texts here are our own): an English
 * em dash, Chinese emphatic doubling, a year typed with the digit 0 for 〇, a word the lexicon lacks, a table
 * row. Each was a false seam, and some an applied edit, before the rule that now leaves it alone.
 */
class RealWritingIsNoSeamTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static List<Seam> seams(String text) {
        return PIPELINE.run("t", text).layer(Layers.SEAM).spans();
    }

    @Test
    void anEnglishEmDashIsNoCutIntoChinese() {
        assertEquals(List.of(), seams("The bank moved its savings accounts to an app—the kind of change that nobody "
                + "asked for—and the customers noticed it within a week."));
    }

    @Test
    void anEmDashBetweenChineseAndEnglishStillCuts() {
        List<Seam> found = seams("两国领导人在会谈中强调，要进一步加强合作——and they agreed to meet again next year in Beijing.");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void chineseEmphaticDoublingIsSpeech() {
        assertEquals(List.of(), seams("老师说这门课的作业很少很少，可是大家还是觉得时间不够用。"));
        assertEquals(List.of(), seams("他总是讲那些如何如何的故事，听得大家都有点困了。"));
    }

    @Test
    void emphasisAClauseSaidTwiceAndATitleAreNoDoubling() {
        // a measure numeral (好多 is mq), a degree adverb with its word at a clause's end, a whole clause said twice,
        // a time word doubled in a title: each is how people write, not a translator's double
        assertEquals(List.of(), seams("这次旅行让他学到了好多好多的东西，回来以后变化很大。"));
        assertEquals(List.of(), seams("大家都说这家店的菜多香多香，可是价格也不便宜。"));
        assertEquals(List.of(), seams("她抱着小狗说：我爱你，很爱很爱。然后就睡着了。"));
        assertEquals(List.of(), seams("他们只会反复念叨，守规守规，听令听令，从来不问为什么。"));
        assertEquals(List.of(), seams("那首歌叫《每年每年我等你》，我们都会唱。"));
    }

    @Test
    void aNounDoubledInsideAPhraseIsStillDamage() {
        List<Seam> found = seams("这家工厂提高了港口运输运输效率，并计划明年扩建仓库。");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.DUPLICATION), found.toString());
        found = seams("为了让更多年轻多年轻人买得起房，政府降低了税费。");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.DUPLICATION), found.toString());
    }

    @Test
    void doubledWordsDoNotVouchForEachOther() {
        String text = "我们的农机市场市场很大，每年都有新的客户来这里证明证明自己的眼光。";
        for (Seam s : seams(text)) {
            assertTrue(s.repairConfidence() < 0.5, "applied without other damage: " + s);
        }
    }

    @Test
    void aPersonalPronounWrittenTwiceIsStillDamage() {
        List<Seam> found = seams("这也是我们我们必须改变做法的原因。");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.DUPLICATION), found.toString());
    }

    @Test
    void aDoubledChunkThatCutsAWordIsStillDamage() {
        List<Seam> found = seams("救援人员在倒塌建筑的废的废墟中找到了幸存者。");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.DUPLICATION), found.toString());
    }

    @Test
    void aYearTypedWithTheDigitZeroForLingIsNoMixedNumeral() {
        assertEquals(List.of(), seams("二00四年十大经济新闻回顾。"));
        assertTrue(seams("会议于0二:30开始。").stream().anyMatch(s -> s.type() == SeamType.MIXED_NUMERAL));
    }

    @Test
    void anIdentifiersDigitsOrANumberGlossedWithItsDigitsAreNoMixedNumeral() {
        assertEquals(List.of(), seams("加密的结果由C1、C3、C2三部分组成，其中C1是随机点。"));
        assertEquals(List.of(), seams("在有效用户标识不为零0的情况下绑定一个保留端口会失败。"));
        // digits first, then the translated rest of the same number: a half-done translation
        assertTrue(seams("车手在第4四圈进站换胎。").stream().anyMatch(s -> s.type() == SeamType.MIXED_NUMERAL));
    }

    @Test
    void anUnknownWordInPlainEnglishIsALexiconGapNotTwoWords() {
        assertEquals(List.of(), seams("The company has been underdelivering on its promises for a while, analysts said on Monday."));
    }

    @Test
    void aTabEndsAnEnglishClause() {
        assertEquals(List.of(), seams("2004年\tLove is all around\tTurbo成员\t特别出演"));
    }

    @Test
    void theHandlesADocCommentCreditsAreNoGluedWords() {
        // written for this test, shaped like the Javadoc of Chinese Java libraries: "@author hubin" was split "hub in"
        String credit = " * @author sowin lin\n * @since 2019-03-01";
        assertTrue(seams("条件构造器的抽象类\n\n" + credit + "\npublic abstract class Builder").isEmpty());
        List<Seam> prose = seams("条件构造器的抽象类\n\nThe sowin jumped over the fence.");
        assertTrue(prose.stream().anyMatch(s -> s.type() == SeamType.GLUED_WORDS), prose.toString()); // in prose it still splits
    }
}
