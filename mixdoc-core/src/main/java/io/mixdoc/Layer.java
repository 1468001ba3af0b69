package io.mixdoc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A named, immutable list of spans sorted by (start, end). Spans point into the document text and
 * never copy it. Offsets are UTF-16 indices, half-open (see {@link Span}).
 */
public final class Layer<T extends Span> {
    private static final Comparator<Span> ORDER =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final LayerKey<T> key;
    private final List<T> spans;

    /** True when ends never decrease along the sorted spans (no span inside another), enabling binary search. */
    private final boolean tiles;

    private Layer(LayerKey<T> key, List<T> spans) {
        this.key = key;
        this.spans = spans;
        boolean monotone = true;
        for (int i = 1; i < spans.size() && monotone; i++) {
            monotone = spans.get(i).end() >= spans.get(i - 1).end();
        }
        this.tiles = monotone;
    }

    public static <T extends Span> Layer<T> of(LayerKey<T> key, List<? extends T> spans) {
        List<T> sorted = new ArrayList<>(spans);
        if (!inOrder(sorted)) {
            sorted.sort(ORDER); // stable: a list already in order stays as it is, so it is not sorted again
        }
        return new Layer<>(key, Collections.unmodifiableList(sorted));
    }

    /** Is every span at or after the one before it by (start, end)? Taggers mostly give their spans so. */
    static boolean inOrder(List<? extends Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (ORDER.compare(spans.get(i - 1), spans.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    public LayerKey<T> key() {
        return key;
    }

    public List<T> spans() {
        return spans;
    }

    public int size() {
        return spans.size();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Spans that overlap {@code [start, end)}, in order. */
    public List<T> overlapping(int start, int end) {
        List<T> out = new ArrayList<>();
        // Layers whose spans do not nest (most) can skip ahead; others are scanned from the start.
        int from = tiles ? firstEndingAfter(start) : 0;
        for (int i = from; i < spans.size(); i++) {
            T s = spans.get(i);
            if (s.start() >= end) {
                break;
            }
            if (s.overlaps(start, end)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Index of the first span with end > offset, for layers whose ends rise with their starts. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first span containing {@code offset}, or null when none does (internal use). */
    T at(int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            T s = spans.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return key + spans.toString();
    }
}
