package io.mixdoc.facts.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The binary search answers as a scan of every span does, for overlapping, nested and empty spans in any order. */
class StructureRangesTest {
    private static boolean scan(List<StructureSpan> spans, int pos) {
        return spans.stream().anyMatch(s -> pos >= s.start() && pos < s.end());
    }

    @Test
    void nestedAndEmptySpans() {
        List<StructureSpan> spans = List.of(StructureSpan.of(10, 40, StructureKind.CAPTION), StructureSpan.of(12, 15, StructureKind.CAPTION),
                StructureSpan.of(50, 50, StructureKind.CAPTION));
        StructureRanges r = StructureRanges.of(spans);
        assertFalse(r.inside(9));
        assertTrue(r.inside(10));
        assertTrue(r.inside(20), "past the nested span's end, still inside the outer one");
        assertFalse(r.inside(40));
        assertFalse(r.inside(50), "an empty span holds no position");
        assertFalse(StructureRanges.of(List.of()).inside(0));
    }

    @Test
    void randomSpansAgreeWithTheScan() {
        Random rnd = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            List<StructureSpan> spans = new ArrayList<>();
            for (int k = rnd.nextInt(8); k > 0; k--) {
                int start = rnd.nextInt(100);
                spans.add(StructureSpan.of(start, start + rnd.nextInt(30), StructureKind.BOILERPLATE));
            }
            StructureRanges r = StructureRanges.of(spans);
            for (int pos = 0; pos < 140; pos++) {
                assertEquals(scan(spans, pos), r.inside(pos), spans + " at " + pos);
            }
        }
    }
}
