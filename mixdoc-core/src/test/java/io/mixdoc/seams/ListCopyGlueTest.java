package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.text.Chars;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ListCopyGlue#copySeparator} finds the list's copy through the separator index; it must answer as the search
 * it replaced (one {@code indexOf} over the text per pair of separators, in the separators' order), so that the list
 * glue seams stay byte-identical. Texts written for this test, and random ones from a few characters.
 */
class ListCopyGlueTest {
    private static final String SEPARATORS = ChineseListGlue.SEPARATORS;

    /** {@code ListCopyGlue.copySeparator} before the index, kept here as the reference: the separator, or null. */
    private static Character searched(String text, String a, String b, String neighbour, boolean neighbourFirst) {
        for (int s1 = 0; s1 < SEPARATORS.length(); s1++) {
            for (int s2 = 0; s2 < SEPARATORS.length(); s2++) {
                String copy = neighbourFirst
                        ? neighbour + SEPARATORS.charAt(s1) + a + SEPARATORS.charAt(s2) + b
                        : a + SEPARATORS.charAt(s1) + b + SEPARATORS.charAt(s2) + neighbour;
                for (int k = text.indexOf(copy); k >= 0; k = text.indexOf(copy, k + 1)) {
                    int as = neighbourFirst ? k + neighbour.length() + 1 : k;
                    int bs = as + a.length() + 1;
                    if (ChineseListGlue.boundariesAt(text, as, as + a.length(), bs, bs + b.length())) {
                        return SEPARATORS.charAt(neighbourFirst ? s2 : s1);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hanRun(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isHan(text.charAt(i)) || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Every run {@code ListCopyGlue.find} tries, both ways, answered by the index and by the search; returns the copies found. */
    private static int compare(String text) {
        WrittenApartPairs apart = new WrittenApartPairs(text, SEPARATORS, ChineseListGlue.MIN_WORD, ChineseListGlue.MAX_WORD);
        int found = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            for (boolean startsAt : new boolean[] {false, true}) {
                int neighbour = startsAt ? i - 2 : i + 1;
                if (neighbour < 0 || neighbour + 2 > text.length()) {
                    continue;
                }
                for (int la = 2; la <= 4; la++) {
                    for (int lb = 2; lb <= 4; lb++) {
                        int start = startsAt ? i + 1 : i - la - lb;
                        int end = start + la + lb;
                        if (start < 0 || end > text.length() || !hanRun(text, start, end)) {
                            continue;
                        }
                        Character expected = searched(text, text.substring(start, start + la), text.substring(start + la, end),
                                text.substring(neighbour, neighbour + 2), startsAt);
                        int sep = apart.isEmpty() ? -1
                                : ListCopyGlue.copySeparator(text, apart, start, start + la, end, neighbour, startsAt);
                        assertEquals(expected, sep < 0 ? null : text.charAt(sep), text + " @" + start + "/" + la + "/" + lb + "/" + startsAt);
                        found += sep < 0 ? 0 : 1;
                    }
                }
            }
        }
        return found;
    }

    @Test
    void findsTheCopyOfTheListTheDocumentWritesApart() {
        String text = "表达式由变量常量和括号的组合构成。在变量、常量和括号之间可以留空格。";
        WrittenApartPairs apart = new WrittenApartPairs(text, SEPARATORS, 2, 4);
        int run = text.indexOf("变量常量");
        int neighbour = text.indexOf("括号"); // a b SEP c: the item after the run
        int sep = ListCopyGlue.copySeparator(text, apart, run, run + 2, run + 4, neighbour, false);
        assertEquals(text.indexOf('、'), sep, "the copy 变量、常量和括号 gives its separator between the two items");
        assertEquals(-1, ListCopyGlue.copySeparator(text, apart, run, run + 2, run + 4, text.indexOf("留空"), false),
                "no copy of the list ends with 留空");
        assertTrue(compare(text) >= 1);
    }

    @Test
    void ofSeveralCopiesTakesTheOneTheSearchMetFirst() {
        // 文件目录 has two copies: 文件和目录、管道 comes first in the text, 文件、目录和管道 first in the search's order
        String text = "支持文件目录、管道。文件和目录、管道都有权限。文件、目录和管道可以改名。";
        WrittenApartPairs apart = new WrittenApartPairs(text, SEPARATORS, 2, 4);
        int run = text.indexOf("文件目录");
        int sep = ListCopyGlue.copySeparator(text, apart, run, run + 2, run + 4, text.indexOf("管道"), false);
        assertEquals(text.lastIndexOf('、'), sep, "、 ranks before 和 among the separators");
        assertTrue(compare(text) >= 1);
    }

    @Test
    void answersAsTheSearchOnRandomTexts() {
        Random r = new Random(1013);
        String[] words = {"文件", "目录", "管道", "权限", "用户"}; // few words: runs recur written apart
        String other = "a1，。\n";
        int found = 0;
        for (int round = 0; round < 150; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(50);
            for (int i = 0; i < n; i++) {
                b.append(words[r.nextInt(words.length)]);
                int roll = r.nextInt(10);
                if (roll < 5) {
                    b.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
                } else if (roll < 7) {
                    b.append(other.charAt(r.nextInt(other.length())));
                }
            }
            found += compare(b.toString());
        }
        // 47 runs with a copy found at this seed; the floor is just under it
        assertTrue(found > 40, "the random texts must hold copies: " + found);
    }
}
