package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The separator index answers {@link ChineseListGlue}'s question (where does the document write these two words
 * apart?) with the separators, in the same order, that the map it replaced held; so the list-glue seams stay
 * byte-identical.
 */
class WrittenApartPairsTest {
    private static final String SEPARATORS = "、和或及与與";

    /** The map {@code ChineseListGlue.writtenApart} built before the index: kept here as the reference. */
    private static Map<String, List<Integer>> oldMap(String text) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 1; i + 1 < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) < 0 || !Chars.isHan(text.charAt(i - 1)) || !Chars.isHan(text.charAt(i + 1))) {
                continue;
            }
            for (int l = 2; l <= 4 && i - l >= 0 && Chars.isHan(text.charAt(i - l)); l++) {
                for (int r = 2; r <= 4 && i + r < text.length() && Chars.isHan(text.charAt(i + r)); r++) {
                    out.computeIfAbsent(text.substring(i - l, i) + '\u0000' + text.substring(i + 1, i + 1 + r),
                            k -> new ArrayList<>()).add(i);
                }
            }
        }
        return out;
    }

    private static int[] asArray(List<Integer> l) {
        return l == null ? null : l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every split of every Han run of two to eight characters (no separator inside): the questions asked. */
    private static int compare(String text) {
        Map<String, List<Integer>> old = oldMap(text);
        WrittenApartPairs index = new WrittenApartPairs(text, SEPARATORS, 2, 4);
        assertEquals(old.isEmpty(), index.isEmpty(), text);
        int hits = 0;
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 4; end <= Math.min(text.length(), start + 8); end++) {
                boolean run = true;
                for (int x = start; x < end; x++) {
                    run &= Chars.isHan(text.charAt(x)) && SEPARATORS.indexOf(text.charAt(x)) < 0;
                }
                if (!run) {
                    continue;
                }
                for (int j = start + 2; j <= end - 2; j++) {
                    int[] expected = asArray(old.get(text.substring(start, j) + '\u0000' + text.substring(j, end)));
                    assertArrayEquals(expected, index.separators(start, j, end), text + " @" + start + "/" + j + "/" + end);
                    hits += expected == null ? 0 : 1;
                }
            }
        }
        return hits;
    }

    @Test
    void findsTheListItemsAWrittenTextSetsApart() {
        String text = "支持的对象有文件、目录和命名管道。每个文件目录、命名管道都有权限，文件或目录可以改名。";
        WrittenApartPairs index = new WrittenApartPairs(text, SEPARATORS, 2, 4);
        int glued = text.indexOf("文件目录、");
        int[] seps = index.separators(glued, glued + 2, glued + 4);
        assertArrayEquals(new int[] {text.indexOf('、'), text.indexOf('或')}, seps);
        assertNull(index.separators(glued + 2, glued + 4, glued + 6), "目录、命名 is no run of Han characters written apart as 目录命名");
        assertEquals(1, compare(text), "only 文件目录 is a run of the text written apart elsewhere");
    }

    @Test
    void answersAsTheOldMapOnRandomTexts() {
        Random r = new Random(13);
        String words = "文件目录"; // few characters: glued runs recur written apart
        String separators = "和、或";
        String other = "ab ，。\n";
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(200);
            for (int i = 0; i < n; i++) {
                int roll = r.nextInt(20);
                String from = roll < 16 ? words : roll < 19 ? separators : other;
                b.append(from.charAt(r.nextInt(from.length())));
            }
            hits += compare(b.toString());
        }
        // 472 questions answered with separators at this seed; the floor is just under it
        assertTrue(hits > 400, "the random texts must ask many questions the map answered: " + hits);
    }

    @Test
    void aTextWithoutSeparatorsBetweenHanIsEmpty() {
        assertTrue(new WrittenApartPairs("文件, 目录 and pipes", SEPARATORS, 2, 4).isEmpty());
        assertTrue(new WrittenApartPairs("", SEPARATORS, 2, 4).isEmpty());
        assertNull(new WrittenApartPairs("文件目录", SEPARATORS, 2, 4).separators(0, 2, 4));
    }
}
