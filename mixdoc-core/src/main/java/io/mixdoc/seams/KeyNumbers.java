package io.mixdoc.seams;

/**
 * Keys numbered in the order they first come, each with a count: a map from text to a number that is asked with a
 * reused {@link StringBuilder} (or any {@link CharSequence}), so a key already met costs no {@code String}. Only a new
 * key is copied out, and a short one not even then when another document made it already ({@link SharedKeys}). Open
 * addressing over the keys' {@link String#hashCode} (computed on the characters in place).
 */
final class KeyNumbers {
    private String[] keys = new String[16];
    private int[] counts = new int[16];
    private int size;
    /** Slot -> key number + 1, 0 for empty; always at most half full. */
    private int[] slots = new int[32];

    /** The key's number, counted once more; the key is copied out only the first time. */
    int count(CharSequence key) {
        int hash = hash(key);
        int slot = slot(key, hash);
        int id = slots[slot] - 1;
        if (id < 0) {
            id = size++;
            if (id == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * id);
                counts = java.util.Arrays.copyOf(counts, 2 * id);
            }
            keys[id] = SharedKeys.of(key, hash); // a short key's string is often made already
            slots[slot] = id + 1;
            if (2 * size > slots.length) {
                rehash();
            }
        }
        counts[id]++;
        return id;
    }

    /** Counts the key {@code times} times at once (a name the document defines counts as a term written so often). */
    int add(CharSequence key, int times) {
        int id = count(key);
        counts[id] += times - 1;
        return id;
    }

    /** The key's number, or -1 if it never came. */
    int idOf(CharSequence key) {
        return slots[slot(key, hash(key))] - 1;
    }

    int countOf(int id) {
        return counts[id];
    }

    String key(int id) {
        return keys[id];
    }

    int size() {
        return size;
    }

    private int slot(CharSequence key, int hash) {
        int mask = slots.length - 1;
        int at = spread(hash) & mask;
        while (slots[at] != 0 && !equal(keys[slots[at] - 1], key)) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void rehash() {
        int[] bigger = new int[2 * slots.length];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int at = spread(keys[id].hashCode()) & mask;
            while (bigger[at] != 0) {
                at = (at + 1) & mask;
            }
            bigger[at] = id + 1;
        }
        slots = bigger;
    }

    /** {@link String#hashCode} of the characters, without making the string. */
    private static int hash(CharSequence key) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean equal(String s, CharSequence key) {
        return s.contentEquals(key);
    }
}
