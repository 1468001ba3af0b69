package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every way a node finds its child (dense table, short scan, binary search) answers what a map of
 * the keys answers: for every key, every proper prefix, and strings one character off a key.
 */
class CharTrieTest {
    @Test
    void walksAgreeWithAMapOfTheKeys() {
        Random random = new Random(13);
        TreeSet<String> keys = new TreeSet<>();
        // dense nodes: all lower-case first letters, thousands of Han first characters;
        // scanned and binary-searched nodes: the sparse tails below them.
        String alphabet = "abcdefghijklmnopqrstuvwxyz'-";
        for (int i = 0; i < 5000; i++) {
            keys.add(word(random, alphabet, 1 + random.nextInt(8)));
        }
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int k = 0; k < length; k++) {
                b.append((char) (0x4E00 + random.nextInt(k == 0 ? 20_000 : 300)));
            }
            keys.add(b.toString());
        }
        keys.add("\u0000");
        keys.add("\uFFFF\uFFFF");
        keys.add("a\uFFFF");
        String[] sorted = keys.toArray(new String[0]);
        CharTrie trie = CharTrie.of(sorted);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            index.put(sorted[i], i);
        }
        for (String key : sorted) {
            for (int end = 1; end <= key.length(); end++) {
                String prefix = key.substring(0, end);
                assertEquals(index.getOrDefault(prefix, CharTrie.NONE), walk(trie, prefix), prefix);
                for (char c : new char[] {0, 1, 'a', 'z' + 1, 0x4DFF, 0x4E00, 0x9FFF, 0xFFFF,
                        (char) (prefix.charAt(end - 1) + 1), (char) (prefix.charAt(end - 1) - 1)}) {
                    String probe = prefix.substring(0, end - 1) + c;
                    assertEquals(index.getOrDefault(probe, CharTrie.NONE), walk(trie, probe), () -> Arrays.toString(probe.toCharArray()));
                }
            }
        }
    }

    @Test
    void anEmptyTrieHasOnlyItsRoot() {
        CharTrie trie = CharTrie.of(new String[0]);
        assertEquals(CharTrie.NONE, trie.step(trie.root(), 'a'));
        assertEquals(CharTrie.NONE, trie.value(trie.root()));
    }

    private static int walk(CharTrie trie, String s) {
        int node = trie.root();
        for (int i = 0; i < s.length() && node != CharTrie.NONE; i++) {
            node = trie.step(node, s.charAt(i));
        }
        return node == CharTrie.NONE ? CharTrie.NONE : trie.value(node);
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
