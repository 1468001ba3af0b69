package io.mixdoc;

/**
 * Anything that points into a {@link Document}'s text.
 *
 * <p>Offset contract: {@code start} and {@code end} are 0-based UTF-16 indices into
 * {@link Document#text()}, half-open {@code [start, end)}. The public JSON converts them to
 * Unicode code points at the edge ({@link io.mixdoc.json.ResultJson}).
 */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean overlaps(int otherStart, int otherEnd) {
        return start() < otherEnd && otherStart < end();
    }

    /** Checks an offset pair at construction time: misuse throws at once. */
    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
