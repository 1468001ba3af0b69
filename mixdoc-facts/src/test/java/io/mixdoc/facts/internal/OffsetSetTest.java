package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OffsetSetTest {
    @Test
    void behavesAsAHashSetOfTheSameOffsets() {
        Random r = new Random(5);
        Set<Integer> expected = new HashSet<>();
        OffsetSet set = new OffsetSet(50);
        for (int k = 0; k < 300; k++) {
            int o = r.nextInt(120); // past the length given: it grows
            assertEquals(expected.add(o), set.add(o), "add " + o);
        }
        assertEquals(expected, set);
        assertEquals(expected.size(), set.size());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(set));
        assertEquals(List.copyOf(new TreeSet<>(expected)), List.copyOf(set), "ascending order");
        for (int o = -3; o < 130; o++) {
            assertEquals(expected.contains(o), set.contains(o), "contains " + o);
        }
        assertFalse(set.contains("3"));
        assertTrue(new OffsetSet(0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> set.add(-1));
    }
}
