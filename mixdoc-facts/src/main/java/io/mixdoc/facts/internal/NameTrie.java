package io.mixdoc.facts.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/**
 * A set of names as a character trie, read in one walk from a position of the text: the longest name
 * starting there, with no substring or map lookup per candidate length. Immutable once built.
 */
final class NameTrie {
    private final char[] keys;
    private final NameTrie[] children;
    private final boolean end;

    private NameTrie(char[] keys, NameTrie[] children, boolean end) {
        this.keys = keys;
        this.children = children;
        this.end = end;
    }

    static NameTrie of(Collection<String> names) {
        Builder root = new Builder();
        for (String n : names) {
            Builder b = root;
            for (int i = 0; i < n.length(); i++) {
                b = b.children.computeIfAbsent(n.charAt(i), c -> new Builder());
            }
            b.end = true;
        }
        return root.build();
    }

    /**
     * The length of the longest name starting at {@code pos} with {@code min} to {@code max} characters,
     * or 0 when there is none.
     */
    int longestAt(CharSequence text, int pos, int min, int max) {
        NameTrie node = this;
        int best = 0;
        for (int len = 1; len <= max && pos + len <= text.length(); len++) {
            int k = Arrays.binarySearch(node.keys, text.charAt(pos + len - 1));
            if (k < 0) {
                break;
            }
            node = node.children[k];
            if (node.end && len >= min) {
                best = len;
            }
        }
        return best;
    }

    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        boolean end;

        NameTrie build() {
            char[] keys = new char[children.size()];
            NameTrie[] kids = new NameTrie[children.size()];
            int i = 0;
            for (var e : children.entrySet()) {
                keys[i] = e.getKey();
                kids[i++] = e.getValue().build();
            }
            return new NameTrie(keys, kids, end);
        }
    }
}
