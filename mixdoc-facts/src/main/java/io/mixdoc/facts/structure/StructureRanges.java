package io.mixdoc.facts.structure;

import io.mixdoc.Span;
import java.util.List;

/** Whether a position falls inside one of a few spans (boilerplate, captions): a linear scan, as they are few. */
final class StructureRanges {
    private StructureRanges() {
    }

    static boolean inside(List<? extends Span> spans, int pos) {
        for (Span s : spans) {
            if (pos >= s.start() && pos < s.end()) {
                return true;
            }
        }
        return false;
    }
}
