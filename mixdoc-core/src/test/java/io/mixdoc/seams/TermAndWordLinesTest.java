package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.text.Chars;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WrittenApartGlue#termAndWordLines} copies the lines around a line break out only when their lengths allow a
 * term and a Chinese word; its answer must be the old one (both lines always copied), here kept as the reference,
 * at every line break of texts written for this test and of random ones.
 */
class TermAndWordLinesTest {
    private static boolean old(String text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        int s = text.lastIndexOf('\n', i - 1) + 1;
        int e = text.indexOf('\n', i + 1);
        e = e < 0 ? text.length() : e;
        String before = text.substring(s, i);
        String after = text.substring(i + 1, e);
        return latinTerm(before) && hanWord(after) || hanWord(before) && latinTerm(after);
    }

    private static boolean latinTerm(String line) {
        return line.length() <= WrittenApartGlue.MAX_TERM && WrittenApartGlue.isLatin(line)
                && line.chars().allMatch(c -> WrittenApartGlue.isTermChar((char) c)) && line.chars().filter(Character::isLetter).count() >= 2;
    }

    private static boolean hanWord(String line) {
        return line.length() >= 2 && line.length() <= WrittenApartGlue.MAX_HAN_WORD && line.chars().allMatch(c -> Chars.isHan((char) c));
    }

    @Test
    void sameAnswerAsCopyingTheLines() {
        List<String> texts = List.of(
                "频道\nKBS2\n女杰\nMBC\n新闻联播\nSBS-Plus\n",
                "KBS2\n女杰",
                "\n\n女杰\nKBS2\n",
                "A very long line of English prose that is no term at all, followed by\n女杰\nand more\n",
                "C++\n编程语言\nRISC-V\n处理器架构",
                "x\n中文\nab\n中文中文中文\nabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n中文");
        int yes = 0;
        for (String t : texts) {
            yes += compareAtEveryBreak(t);
        }
        assertTrue(yes >= 6, "line breaks between a term line and a word line: " + yes);
        Random r = new Random(13);
        String alphabet = "aBc1-+中文字\n\n ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            yes += compareAtEveryBreak(b.toString());
        }
        assertTrue(yes > 80, "random line breaks between a term and a word: " + yes); // 98 with this seed
    }

    private static int compareAtEveryBreak(String t) {
        int yes = 0;
        for (int i = 0; i < t.length(); i++) {
            boolean expected = old(t, i);
            assertEquals(expected, WrittenApartGlue.termAndWordLines(t, i), t.replace("\n", "⏎") + " at " + i);
            yes += expected ? 1 : 0;
        }
        return yes;
    }
}
