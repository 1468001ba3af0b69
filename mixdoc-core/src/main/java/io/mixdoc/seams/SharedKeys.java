package io.mixdoc.seams;

/**
 * The strings of short keys that documents keep meeting ({@code the}, {@code and}, {@code http}), shared across
 * documents: a key new to one document is often one the last document made already, so its {@code String} is taken
 * from here instead of copied out again. A fixed table indexed by the key's hash, one string a slot, the last one
 * made winning: no lock, no growth. Threads may race on a slot; each reads a whole immutable {@code String} or
 * {@code null} and makes its own on a miss, so the answer is always a string equal to the key. Nothing compares these
 * strings by identity, so sharing one changes no output.
 */
final class SharedKeys {
    /** Longer keys are rarely met twice: they are copied out as before and kept out of the table. */
    static final int MAX_LENGTH = 16;
    private static final int SLOTS = 1 << 14;
    private static final String[] TABLE = new String[SLOTS];

    private SharedKeys() {
    }

    /** A string equal to {@code key}, whose {@link String#hashCode} is {@code hash}; made only on a miss. */
    static String of(CharSequence key, int hash) {
        if (key.length() > MAX_LENGTH) {
            return key.toString();
        }
        int at = (hash ^ (hash >>> 14)) & (SLOTS - 1);
        String kept = TABLE[at];
        if (kept != null && kept.hashCode() == hash && kept.contentEquals(key)) {
            return kept;
        }
        String made = key.toString();
        TABLE[at] = made;
        return made;
    }
}
