package io.mixdoc;

import io.mixdoc.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Greedy overlap resolution shared by the stages that rank candidates (seams, quantities, dates):
 * walk the candidates best first, keep each one that overlaps none kept before it. The kept spans
 * are disjoint, so a sorted map of them answers "does this one overlap?" in O(log n): O(n log n)
 * in all, where comparing every candidate with every kept one took minutes on long documents.
 * Empty spans are points: they overlap a span that strictly contains them, never each other
 * (the rule of {@link Span#overlaps}).
 */
public final class NonOverlapping {
    private NonOverlapping() {
    }

    /** The candidates kept, in the order given (best first). */
    public static <T extends Span> List<T> greedy(List<T> ranked) {
        TreeMap<Integer, T> keptByStart = new TreeMap<>(); // non-empty kept spans, disjoint
        TreeSet<Integer> keptPoints = new TreeSet<>(); // offsets of kept empty spans
        List<T> kept = new ArrayList<>();
        for (T s : ranked) {
            boolean empty = s.start() == s.end();
            // The kept span starting last before s ends is the only one that can reach into s.
            Map.Entry<Integer, T> before = keptByStart.lowerEntry(empty ? s.start() : s.end());
            boolean clash = before != null && before.getValue().overlaps(s.start(), s.end());
            if (!clash && !empty) {
                Integer point = keptPoints.higher(s.start());
                clash = point != null && point < s.end();
            }
            if (!clash) {
                kept.add(s);
                if (empty) {
                    keptPoints.add(s.start());
                } else {
                    keptByStart.put(s.start(), s);
                }
            }
        }
        return kept;
    }
}
