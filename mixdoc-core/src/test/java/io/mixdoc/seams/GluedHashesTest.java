package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WrittenApartGlue#gluedHashes} hashes each junction's two sides run together on its characters: the same
 * set of hashes as the strings it replaced ({@code left + right}, cut at the first {@code \0}), on team-written and
 * random junctions, some holding a second {@code \0} or characters beyond the BMP.
 */
class GluedHashesTest {
    /** The old code: a string per junction, its hash, sorted and distinct. */
    private static int[] old(List<String> junctions) {
        return junctions.stream()
                .mapToInt(k -> (k.substring(0, k.indexOf('\u0000')) + k.substring(k.indexOf('\u0000') + 1)).hashCode())
                .sorted().distinct().toArray();
    }

    private static int[] distinct(int[] sorted) {
        return Arrays.stream(sorted).distinct().toArray();
    }

    @Test
    void sameHashesAsTheGluedStrings() {
        List<String> team = List.of("Facebook\u0000Twitter", "apt-get\u0000apt-cache", "可视\u0000分析", "Redis\u0000缓存",
                "a\u0000b", "ab\u0000", "\u0000ab", "x\u0000y\u0000z", "\uD83D\uDE00\u0000emoji");
        assertArrayEquals(old(team), distinct(WrittenApartGlue.gluedHashes(team)));
        Random r = new Random(7);
        String alphabet = "abcXYZ-_.和的\u0000\uD83D\uDE00";
        for (int round = 0; round < 2_000; round++) {
            List<String> junctions = new ArrayList<>();
            for (int j = r.nextInt(30); j > 0; j--) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(12); k > 0; k--) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                b.insert(r.nextInt(b.length() + 1), '\u0000');
                junctions.add(b.toString());
            }
            int[] hashes = WrittenApartGlue.gluedHashes(junctions);
            assertEquals(junctions.size(), hashes.length);
            assertArrayEquals(old(junctions), distinct(hashes));
        }
    }
}
