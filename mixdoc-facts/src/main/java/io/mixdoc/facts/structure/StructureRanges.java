package io.mixdoc.facts.structure;

import io.mixdoc.Span;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a position falls inside one of some spans (boilerplate, captions), asked once per line: a binary search
 * over the starts, not a scan of every span, since a long document has as many captions or boilerplate lines as it
 * has lines to ask about (the scan made the paragraph stage 4× dearer per MB at 10 MB than at 10 KB).
 */
final class StructureRanges {
    private final int[] starts;
    /** The furthest end of the spans up to each index, in start order: spans may overlap or nest. */
    private final int[] furthestEnds;

    private StructureRanges(int[] starts, int[] furthestEnds) {
        this.starts = starts;
        this.furthestEnds = furthestEnds;
    }

    static StructureRanges of(List<? extends Span> spans) {
        Span[] sorted = spans.toArray(Span[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        int[] starts = new int[sorted.length];
        int[] furthest = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            furthest[i] = Math.max(sorted[i].end(), i > 0 ? furthest[i - 1] : Integer.MIN_VALUE);
        }
        return new StructureRanges(starts, furthest);
    }

    /** Whether some span has {@code start <= pos < end}. */
    boolean inside(int pos) {
        int lo = 0;
        int hi = starts.length; // the first index whose start is past pos
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && furthestEnds[lo - 1] > pos;
    }
}
