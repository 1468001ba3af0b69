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
 * Causes of false seams found on the held-out real corpus (data/real-unseen): letters used as mathematical or
 * address notation beside Chinese, and callback names in change logs. The texts are the team's own.
 */
class HeldOutRealTextTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static List<Seam> seams(String text) {
        return PIPELINE.run("t", text).layer(Layers.SEAM).spans();
    }

    @Test
    void lettersOfAFormulaBesideChineseAreNoCut() {
        assertEquals(List.of(), seams("参数 z 是一个复数，写成「x+yi」或「x+yj」的形式，其中 x 和 y 都是实数。"));
        assertEquals(List.of(), seams("子网写成这样的形式：p.q.r.s/n；p.q.r.s是起始地址， n表示前缀的位数。"));
    }

    @Test
    void aLetterTheDocumentUsesAsASymbolIsNoFragment() {
        assertEquals(List.of(), seams("直线方程写作 y=k*x+b，其中 k 是斜率， b表示截距。"));
    }

    @Test
    void aWordCutBesideChineseIsStillAFragment() {
        List<Seam> found = seams("双方同意继续合作。 The two sides will st扩大贸易往来并深化投资合作。");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.FRAGMENT), found.toString());
    }

    @Test
    void lettersAndDigitsOfAVersionDoNotMakeEveryLetterASymbol() {
        assertEquals(java.util.Set.of(), LetterNotation.lettersUsedAsSymbols("升级到 2.5.1 版本，或者 3.0 以上。"));
        assertEquals(java.util.Set.of("p", "q", "n"), LetterNotation.lettersUsedAsSymbols("写作 p.q/n 即可"));
    }

    @Test
    void aLatinWordJoinedToChineseByAHyphenIsWhole() {
        assertEquals(List.of(), seams("攻击者会在机器上装一个 木马－bot。这个木马通过远程指令控制，用于下载文件。"));
    }

    @Test
    void linesOfABookIndexAreNoClauseSwitches() {
        assertEquals(List.of(), seams("索引\n\n图层\n\n裁剪，Cropping an image\n\n旋转，Rotating the canvas\n\n"
                + "Drawing a straight line，绘制直线\n\n蒙版，Using layer masks\n"));
    }

    @Test
    void aSentenceThatSwitchesAtAFullWidthCommaIsStillASwitch() {
        List<Seam> found = seams("这个问题我们已经讨论了很久，but nobody has found a way to fix it before the release.\n\n"
                + "下一步我们会请外部专家来评估，then we will decide what to do next with the team.\n");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void callbackNamesInAChangeLogAreNoGluedWords() {
        assertEquals(List.of(), seams("- 修复 onSubmit 在表单校验失败时仍被调用的问题\n- feat(upload): support afterRemove in the list view\n"
                + "- 新增 isVisible 属性，用于控制弹窗是否显示"));
    }

    @Test
    void aFunctionWordGluedToANameIsStillGlue() {
        List<Seam> found = seams("该公司的代表说，会议将在北京举行。The minister arrived andObama spoke first, the agency said.");
        assertTrue(found.stream().anyMatch(s -> s.type() == SeamType.GLUED_WORDS), found.toString());
    }
}
