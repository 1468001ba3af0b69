package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sweep-line overlap resolution keeps exactly what comparing every pair kept. */
class SeamOverlapTest {
    /** The former quadratic rule, kept here as the reference. */
    static List<Seam> everyPair(List<Seam> all) {
        List<SeamType> priority = List.of(SeamType.NOISE, SeamType.INJECTED_ANNOTATION, SeamType.HALF_TRANSLATED_NAME, SeamType.MIXED_NUMERAL, SeamType.SPLIT_WORD,
                SeamType.DUPLICATION, SeamType.GLUED_WORDS, SeamType.FRAGMENT, SeamType.INTRA_SENTENCE_SWITCH, SeamType.ORPHAN);
        List<Seam> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingInt((Seam s) -> priority.indexOf(s.type()))
                .thenComparing(Comparator.comparingDouble(Seam::confidence).reversed())
                .thenComparingInt(Seam::start));
        List<Seam> kept = new ArrayList<>();
        for (Seam s : ranked) {
            if (kept.stream().noneMatch(k -> k.overlaps(s.start(), s.end()))) {
                kept.add(s);
            }
        }
        return kept;
    }

    @Test
    void sameAsComparingEveryPairOnRandomSeamsWithEmptyOnes() {
        Random r = new Random(42);
        SeamType[] types = SeamType.values();
        for (int round = 0; round < 300; round++) {
            List<Seam> seams = new ArrayList<>();
            int n = 1 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                int start = r.nextInt(100);
                int len = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(12);
                seams.add(Seam.of(start, start + len, types[r.nextInt(types.length)], r.nextInt(5) / 4.0, "t"));
            }
            assertEquals(everyPair(seams), SeamFinder.resolveOverlaps(seams), "round " + round); // via NonOverlapping.greedy
        }
    }

    @Test
    void aHundredThousandSeamsResolveInOnePass() {
        List<Seam> seams = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            seams.add(Seam.of(i * 3, i * 3 + 5, SeamType.FRAGMENT, 0.5, "t"));
        }
        // Every other seam overlaps its neighbour: half are kept. (The pairwise rule took minutes here.)
        assertEquals(50_000, SeamFinder.resolveOverlaps(seams).size());
    }
}
