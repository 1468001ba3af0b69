package io.mixdoc.facts.internal;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of offsets into one text (0 to its length), one bit per offset: what a {@code HashSet<Integer>} of
 * the segmenter's word edges holds, without a map entry and a boxed integer per edge (a word edge is
 * added twice per word and asked for at almost every Chinese character). Iterates in ascending order.
 */
public final class OffsetSet extends AbstractSet<Integer> {
    private final BitSet bits;
    private int size;

    /** An empty set for the offsets of a text of {@code length} characters (it grows past that if need be). */
    public OffsetSet(int length) {
        bits = new BitSet(length + 1);
    }

    /** Whether {@code offset} is in the set; false for a negative one. */
    public boolean has(int offset) {
        return offset >= 0 && bits.get(offset);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && has(i);
    }

    @Override
    public boolean add(Integer offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (bits.get(offset)) {
            return false;
        }
        bits.set(offset);
        size++;
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next = bits.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Integer next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                int current = next;
                next = bits.nextSetBit(current + 1);
                return current;
            }
        };
    }
}
