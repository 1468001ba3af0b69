package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link AsciiWordTable} answers as a walk of a {@link CharTrie} over the same sorted list, lower-casing ASCII capitals
 * as it goes (how the English lexicon looked words up before): every word of the lexicon, its capitalised and
 * upper-case forms, its prefixes, and random spans of letters, digits, capitals and non-ASCII characters.
 */
class AsciiWordTableTest {
    @Test
    void answersAsTheTrieWalkOnTheLexicon() throws Exception {
        String[] keys = lexiconWords();
        CharTrie trie = CharTrie.of(keys);
        AsciiWordTable table = new AsciiWordTable(keys);
        int found = 0;
        for (String k : keys) {
            String capitalised = k.isEmpty() ? k : Character.toUpperCase(k.charAt(0)) + k.substring(1);
            for (String probe : List.of(k, capitalised, k.toUpperCase(java.util.Locale.ROOT), k.substring(0, k.length() / 2), k + "s")) {
                int expected = trieWalk(trie, probe, 0, probe.length());
                assertEquals(expected, table.indexOf(probe, 0, probe.length()), probe);
                found += expected >= 0 ? 1 : 0;
            }
        }
        assertTrue(found > keys.length, "the forms of most words are found: " + found);
        Random random = new Random(13);
        String alphabet = "eeaaiioonnrrsstlcdumpEAIOSTÉéü-'0.ñ中 ";
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < 200_000; n++) {
            b.setLength(0);
            b.append("x ");
            int len = random.nextInt(9);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(trieWalk(trie, b, 2, b.length()), table.indexOf(b, 2, b.length()), b.toString());
        }
    }

    @Test
    void aSmallListAndItsEdges() {
        String[] keys = {"", "a", "an", "and", "café", "zebra"};
        AsciiWordTable table = new AsciiWordTable(keys);
        assertEquals(0, table.indexOf("x", 0, 0), "the empty word");
        assertEquals(3, table.indexOf("AnD", 0, 3));
        assertEquals(AsciiWordTable.NONE, table.indexOf("ands", 0, 4));
        assertEquals(AsciiWordTable.NOT_ASCII, table.indexOf("café", 0, 4), "beyond ASCII: left to the caller");
        assertEquals(5, table.indexOf("the ZEBRA.", 4, 9));
    }

    /** The English lexicon's look-up as it was: a trie walk, ASCII capitals lower-cased, non-ASCII reported. */
    private static int trieWalk(CharTrie trie, CharSequence s, int start, int end) {
        int node = trie.root();
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return AsciiWordTable.NOT_ASCII;
            }
            if (node != CharTrie.NONE) {
                node = trie.step(node, c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return node == CharTrie.NONE ? CharTrie.NONE : trie.value(node);
    }

    private static String[] lexiconWords() throws Exception {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                AsciiWordTableTest.class.getResourceAsStream("/io/mixdoc/lexicon/en.tsv.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                words.add(line.substring(0, line.indexOf('\t')));
            }
        }
        String[] keys = words.toArray(new String[0]);
        Arrays.sort(keys);
        return keys;
    }
}
