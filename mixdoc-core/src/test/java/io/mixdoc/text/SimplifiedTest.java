package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Deadline;
import org.junit.jupiter.api.Test;

class SimplifiedTest {
    private static String simplified(String text) {
        return Simplified.sameLength(text, Deadline.none());
    }

    @Test
    void traditionalSentencesAreReadAsSimplifiedIndexForIndex() {
        String traditional = "記者陳思遠報道：台北市政府今天說明新的規定。";
        String s = simplified(traditional);
        assertEquals(traditional.length(), s.length());
        assertEquals("记者陈思远报道：台北市政府今天说明新的规定。", s);
    }

    @Test
    void simplifiedSentencesAreNotRewritten() {
        // HanLP's phrase tables rewrite some simplified words as well (方程式 → 方程序, 程式 → 程序): a sentence with
        // no traditional character is left exactly as written
        for (String text : java.util.List.of("解这个方程式需要两步。", "这个程式很好用。", "他乾脆不去了。".replace('乾', '干'))) {
            assertEquals(text, simplified(text));
        }
        // in a text mixing both, only the traditional sentence is converted
        assertEquals("解这个方程式。记者报道。", simplified("解这个方程式。記者報道。"));
    }

    @Test
    void charactersKnowWhetherTheyAreTraditional() {
        assertTrue(Simplified.isTraditional('說'));
        assertTrue(Simplified.isTraditional('國'));
        assertFalse(Simplified.isTraditional('说'));
        assertFalse(Simplified.isTraditional('中'));
        assertFalse(Simplified.isTraditional('a'));
    }
}
